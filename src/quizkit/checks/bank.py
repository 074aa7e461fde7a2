"""Checks that need more than one question: across a quiz file, and across all quiz files.

Each finding comes with its owner (the question or the quiz it belongs to), so an `allow:` on
that owner can acknowledge it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Course
from ..model import Problem, Question, Quiz
from ..names import ALL_BANKS, is_quiz_name, name_clashes
from ..rules import quote
from . import at, at_field
from .text import normalised, plain

Finding = tuple[Question | Quiz, Problem]

# Key position bias: a position holds more keys than max(POSITION_FLOOR, POSITION_FACTOR x its
# fair share). A balanced bank of 12 four-choice questions has a fair share of 3 per position,
# so up to 6 keys in one place pass and 7 warn (random placement does that in about 5% of banks).
POSITION_FACTOR, POSITION_FLOOR = 2.0, 3
# Key longest too often: in more than `key_longest_max_share` of a bank's single-answer questions
# (chance is a quarter with four choices), judged from banks of `key_longest_min_questions` such
# questions. Both are course policies (course.yml), read here and nowhere else, so `--strict` and
# the content tests fail on the same banks; these values apply when the course file omits them.
LONGEST_POLICIES = {"key_longest_max_share": 1 / 3, "key_longest_min_questions": 6}
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")


def check_quiz_names(quizzes: list[Quiz]) -> Iterator[Finding]:
    """Each bank's name (its file stem) must be one a marker can name, and its export files
    must be its own: not the combined set's, not another bank's."""
    named = []
    for quiz in quizzes:
        if not is_quiz_name(quiz.name):
            message = (
                f"the file name {quote(quiz.name)} is not a quiz name: rename the file using "
                "lowercase letters, digits, - and _ (a page's marker names a quiz by it)"
            )
            yield quiz, at(quiz, (1, 1), "bad-quiz-name", message)
        else:
            named.append(quiz)
    clashes = name_clashes(quiz.name for quiz in named)
    for quiz in named:
        if quiz.name not in clashes:
            continue
        owner, file = clashes[quiz.name]
        if owner == ALL_BANKS:
            message = (
                f"the name {quote(quiz.name)} is kept for the combined export files ({file}); rename the file"
            )
            yield quiz, at(quiz, (1, 1), "reserved-quiz-name", message)
        else:
            path = next(q.path for q in named if q.name == owner)
            message = f"this bank and {path} would both export {file}; rename one of the files"
            yield quiz, at(quiz, (1, 1), "export-name-collision", message)


def check_across_files(quizzes: list[Quiz]) -> Iterator[Finding]:
    """Duplicate ids, quiz names and prompts anywhere in the banks checked together."""
    yield from check_quiz_names(quizzes)
    names: dict[str, Quiz] = {}
    ids: dict[str, str] = {}
    prompts: dict[str, str] = {}
    for quiz in quizzes:
        if quiz.name in names:
            message = f"{names[quiz.name].path} has the same file name; a quiz marker must name one file"
            yield quiz, at(quiz, (1, 1), "duplicate-quiz-name", message)
        names.setdefault(quiz.name, quiz)
        for question in quiz.questions:
            here = f"{quiz.path}:{question.line}:{question.col}"
            if question.id and ids.setdefault(question.id, here) != here:
                message = f'id "{question.id}" is already used at {ids[question.id]}; ids must be unique'
                yield question, at_field(quiz, question, "id", "duplicate-id", message)
            prompt = normalised(question.prompt)
            if prompt and prompts.setdefault(prompt, here) != here:
                message = f"the same prompt is asked at {prompts[prompt]}; reword one or drop it"
                yield question, at_field(quiz, question, "prompt", "duplicate-prompt", message)


def check_bank(quiz: Quiz, course: Course | None = None) -> Iterator[Finding]:
    """Warnings about the pattern of keys across one quiz file (`course`: its key-length policies)."""
    keyed = [q for q in quiz.questions if q.type == "single" and sum(c.correct for c in q.choices) == 1]
    where = quiz.spans.get("questions", (1, 1))
    yield from _position_bias(quiz, keyed, where)
    yield from _longest_often(quiz, keyed, where, course)


def _position_bias(quiz: Quiz, keyed: list[Question], where: tuple[int, int]) -> Iterator[Finding]:
    counts: dict[int, int] = {}
    fair: dict[int, float] = {}
    for question in keyed:
        size = len(question.choices)
        counts[_key_index(question)] = counts.get(_key_index(question), 0) + 1
        for position in range(size):
            fair[position] = fair.get(position, 0.0) + 1 / size
    for position, count in sorted(counts.items()):
        limit = max(POSITION_FLOOR, POSITION_FACTOR * fair[position])
        if count > limit:
            name = _ORDINALS[position] if position < len(_ORDINALS) else f"number {position + 1}"
            yield (
                quiz,
                at(
                    quiz,
                    where,
                    "key-position-bias",
                    f"{count} of {len(keyed)} correct choices are the {name} choice (a fair share is about "
                    f"{fair[position]:.0f}); move some keys to other positions",
                ),
            )


def longest_policies(course: Course | None) -> dict[str, float]:
    """The key-length policies: the course file's values, else the defaults above."""
    given = course.policies if course is not None else {}
    return {name: given.get(name, default) for name, default in LONGEST_POLICIES.items()}


def _longest_often(
    quiz: Quiz, keyed: list[Question], where: tuple[int, int], course: Course | None
) -> Iterator[Finding]:
    policies = longest_policies(course)
    share = policies["key_longest_max_share"]
    if len(keyed) < policies["key_longest_min_questions"]:
        return
    longest = sum(_key_is_longest(question) for question in keyed)
    if longest > share * len(keyed):
        # Name the policy and its file: an author then knows what to change if the course differs.
        setting = f"`key_longest_max_share: {share:.4g}`"
        if course is not None and "key_longest_max_share" in course.policies:
            setting += f" in {course.shown()}"
        yield (
            quiz,
            at(
                quiz,
                where,
                "key-longest-often",
                f"the correct choice is the longest in {longest} of {len(keyed)} single-answer "
                f"questions ({longest / len(keyed):.0%}; the course policy {setting} allows at most "
                f"{share:.0%}); test-wise learners pick the longest, so lengthen some wrong choices",
            ),
        )


def _key_index(question: Question) -> int:
    return next(i for i, choice in enumerate(question.choices) if choice.correct)


def _key_is_longest(question: Question) -> bool:
    key = next(len(plain(c.text)) for c in question.choices if c.correct)
    return all(key > len(plain(c.text)) for c in question.choices if not c.correct)
