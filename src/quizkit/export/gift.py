"""GIFT, Moodle's plain-text question format: one `$CATEGORY:` per bank, Markdown kept.

Moodle reads `~` as a wrong choice, `=` as the key, `#` as feedback, `####` as general
feedback, `{}` around the answers and `::` around the name; each of them, and the backslash,
is escaped wherever quiz text goes, and a newline becomes `\\n` (a blank line ends a question).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_DOWN, Decimal

from ..model import Question, Quiz
from .common import ExportedFile, ExportOptions, explanation_markdown

_ESCAPES = str.maketrans(
    {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n"}
)
_STEP = Decimal("0.00001")  # Moodle matches a weight to its grade list within 1e-5 of a fraction


def escape_gift(text: str) -> str:
    """Quiz text as GIFT text: every special character escaped, newlines as `\\n`."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_ESCAPES)


def split_percent(total: int, parts: int) -> list[str]:
    """`total` shared out in `parts` weights Moodle accepts, summing to `total` exactly.

    50/50, 33.33333/33.33333/33.33334...: each is within Moodle's tolerance of a grade it lists.
    """
    share = (Decimal(abs(total)) / parts).quantize(_STEP, rounding=ROUND_DOWN)
    shares = [share] * (parts - 1) + [Decimal(abs(total)) - share * (parts - 1)]
    sign = "-" if total < 0 else ""
    return [sign + format(s.normalize(), "f") for s in shares]


def _category_path(options: ExportOptions, quiz: Quiz) -> str:
    # Moodle splits category paths on "/"; a literal slash in a name is written "//".
    names = [" ".join(name.split()) for name in (options.course, quiz.title or quiz.name)]
    return "$course$/top/" + "/".join(name.replace("/", "//") for name in names)


def _choice_lines(question: Question) -> list[str]:
    options = question.options()
    if question.type == "true-false":
        return []
    lines = []
    if question.type == "multiple":
        keys = [i for i, choice in enumerate(options) if choice.correct]
        wrong = [i for i, choice in enumerate(options) if not choice.correct]
        weights = dict(zip(keys, split_percent(100, len(keys)), strict=True))
        if wrong:
            weights.update(zip(wrong, split_percent(-100, len(wrong)), strict=True))
        for i, choice in enumerate(options):
            lines.append(f"\t~%{weights[i]}%{escape_gift(choice.text)}#{escape_gift(choice.feedback)}")
    else:
        for choice in options:
            mark = "=" if choice.correct else "~"
            lines.append(f"\t{mark}{escape_gift(choice.text)}#{escape_gift(choice.feedback)}")
    return lines


def question_gift(question: Question, options: ExportOptions) -> str:
    """One question: its id as Moodle's name and idnumber, topic and difficulty as tags."""
    tags = " ".join(f"[tag:{tag}]" for tag in (question.topic, question.difficulty) if tag)
    head = [f"// [id:{question.id}]"] + ([f"// {tags}"] if tags else [])
    stem = f"::{escape_gift(question.id)}::[markdown]{escape_gift(question.prompt)}"
    general = f"\t####{escape_gift(explanation_markdown(question, options))}"
    if question.type == "true-false":
        answer = "TRUE" if question.answer else "FALSE"
        return "\n".join([*head, f"{stem}{{{answer}", general, "}"])
    return "\n".join([*head, stem + "{", *_choice_lines(question), general, "}"])


def bank_gift(quizzes: Sequence[Quiz], options: ExportOptions) -> str:
    blocks = [f"// {options.course}: exported from the quiz banks, edit those rather than this file."]
    for quiz in quizzes:
        blocks.append(f"$CATEGORY: {_category_path(options, quiz)}")
        blocks.extend(question_gift(q, options) for q in quiz.questions)
    return "\n\n".join(blocks) + "\n"


def export_gift(quizzes: Sequence[Quiz], stem: str, options: ExportOptions) -> list[ExportedFile]:
    return [ExportedFile(f"{stem}.gift", bank_gift(quizzes, options).encode("utf-8"))]
