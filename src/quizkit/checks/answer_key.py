"""Is the answer key complete and unambiguous? One small strategy per question type."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..model import Problem, Question, Quiz
from . import at, at_field

MIN_CHOICES, MAX_CHOICES = 3, 6


def check_answer_key(quiz: Quiz, question: Question) -> Iterator[Problem]:
    """Errors that make the question unanswerable or its key wrong."""
    check = _BY_TYPE.get(question.type)
    if check is not None:  # an unknown type was already reported by the reader
        yield from check(quiz, question)


def _choice_shape(quiz: Quiz, question: Question) -> Iterator[Problem]:
    if "answer" in question.spans:
        yield at_field(
            quiz,
            question,
            "answer",
            "field-not-for-type",
            f"`answer:` is only for true-false questions; on a {question.type} question mark the "
            "correct choices with `correct: true`",
        )
    if "choices" not in question.spans:
        yield at_field(
            quiz, question, "id", "missing-field", f"this {question.type} question has no `choices:`"
        )
        return
    count = len(question.choices)
    if not MIN_CHOICES <= count <= MAX_CHOICES:
        yield at_field(
            quiz,
            question,
            "choices",
            "choice-count",
            f"a {question.type} question needs {MIN_CHOICES} to {MAX_CHOICES} choices; this one has {count}",
        )


def _single(quiz: Quiz, question: Question) -> Iterator[Problem]:
    yield from _choice_shape(quiz, question)
    keys = sum(choice.correct for choice in question.choices)
    if question.choices and keys != 1:
        found = "none is" if keys == 0 else f"{keys} are"
        yield at_field(
            quiz,
            question,
            "choices",
            "single-needs-one-key",
            f"a single-answer question needs exactly one choice with `correct: true`; {found}. "
            "Use `type: multiple` if several are right",
        )


def _multiple(quiz: Quiz, question: Question) -> Iterator[Problem]:
    yield from _choice_shape(quiz, question)
    if question.choices and not any(choice.correct for choice in question.choices):
        yield at_field(
            quiz,
            question,
            "choices",
            "multiple-needs-a-key",
            "a multiple-answer question needs at least one choice with `correct: true`",
        )


def _true_false(quiz: Quiz, question: Question) -> Iterator[Problem]:
    if "choices" in question.spans:
        yield at_field(
            quiz,
            question,
            "choices",
            "field-not-for-type",
            "a true-false question takes `answer: true` or `answer: false`, not `choices:`",
        )
    if "answer" not in question.spans:
        yield at(
            quiz,
            (question.line, question.col),
            "true-false-needs-answer",
            "this true-false question has no `answer:`; add `answer: true` or `answer: false`",
        )


_BY_TYPE: dict[str, Callable[[Quiz, Question], Iterator[Problem]]] = {
    "single": _single,
    "multiple": _multiple,
    "true-false": _true_false,
}
