"""GIFT, Moodle's plain-text question format: one `$CATEGORY:` per bank, text as the site's HTML.

Every text goes to Moodle as `[html]` followed by what the site shows (`render_inline`: raw HTML
typed into a quiz escaped, the rest sanitised), so Moodle displays the same words and links as
the course and never runs HTML an author typed. The explicit `[html]` on every choice and
feedback also keeps a text that itself starts with `%50%` or `[markdown]` from being read as a
weight or a format. Moodle reads `~` as a wrong choice, `=` as the key, `#` as feedback, `####`
as general feedback, `{}` around the answers and `::` around the name; each of them, and the
backslash, is escaped wherever text goes, and a newline becomes `\\n` (a blank line ends a
question). The rendered HTML holds no `&&`, so Moodle's `&&058;`-style placeholders never
turn a literal sequence into another character.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..markup import render_inline
from ..model import Question, Quiz
from ..names import file_names
from .common import (
    ExportedFile,
    ExportOptions,
    choice_weights,
    explanation_markdown,
    per_question,
    split_percent,
)

__all__ = ["bank_gift", "escape_gift", "export_gift", "split_percent"]

_ESCAPES = str.maketrans(
    {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n"}
)


def escape_gift(text: str) -> str:
    """Quiz text as GIFT text: every special character escaped, newlines as `\\n`."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_ESCAPES)


def gift_text(markdown: str) -> str:
    """Quiz Markdown as a GIFT text: the site's HTML, marked `[html]`, escaped."""
    return "[html]" + escape_gift(render_inline(markdown))


def category_name(name: str) -> str:
    """One level of a category path, written so Moodle reads `name` back.

    Moodle removes one backslash of each pair in the category line (its GIFT escapes), splits
    the path on single slashes, turns `//` into `/` and trims each name; so backslashes are
    doubled, slashes doubled, and a name starting or ending in a slash padded with a space
    (what Moodle's own GIFT export does)."""
    name = " ".join(name.split()).replace("\\", "\\\\").replace("/", "//")
    if name.startswith("/"):
        name = " " + name
    if name.endswith("/"):
        name += " "
    return name


def _category_path(options: ExportOptions, quiz: Quiz) -> str:
    return "$course$/top/" + "/".join(
        category_name(name) for name in (options.course, quiz.title or quiz.name)
    )


def _choice_lines(question: Question) -> list[str]:
    options = question.options()
    if question.type == "true-false":
        return []
    lines = []
    if question.type == "multiple":
        for weight, choice in zip(choice_weights(question), options, strict=True):
            lines.append(f"\t~%{weight}%{gift_text(choice.text)}#{gift_text(choice.feedback)}")
    else:
        for choice in options:
            mark = "=" if choice.correct else "~"
            lines.append(f"\t{mark}{gift_text(choice.text)}#{gift_text(choice.feedback)}")
    return lines


@per_question
def question_gift(question: Question, options: ExportOptions) -> str:
    """One question: its id as Moodle's name and idnumber, topic and difficulty as tags."""
    tags = " ".join(f"[tag:{tag}]" for tag in (question.topic, question.difficulty) if tag)
    head = [f"// [id:{question.id}]"] + ([f"// {tags}"] if tags else [])
    stem = f"::{escape_gift(question.id)}::{gift_text(question.prompt)}"
    general = f"\t####{gift_text(explanation_markdown(question, options))}"
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
    (name,) = file_names("gift", stem)
    return [ExportedFile(name, bank_gift(quizzes, options).encode("utf-8"))]
