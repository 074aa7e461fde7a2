"""The checks that run on typed quiz data, after `structure.py` has read it.

Each module holds one family of rules and yields `Problem`s; `validate.py` runs them all.
"""

from __future__ import annotations

from ..model import Problem, Question, Quiz
from ..rules import make_problem


def at(quiz: Quiz, where: tuple[int, int], rule: str, message: str) -> Problem:
    """A problem in `quiz`'s file at a (line, col) taken from a span."""
    return make_problem(quiz.path, where[0], where[1], rule, message)


def at_field(quiz: Quiz, question: Question, field: str, rule: str, message: str) -> Problem:
    """A problem pointing at one field of a question (at the question when the field is absent)."""
    return at(quiz, question.spans.get(field, (question.line, question.col)), rule, message)
