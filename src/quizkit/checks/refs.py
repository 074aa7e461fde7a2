"""Does a question whose topic needs evidence cite it? (course.yml `refs_topics`)."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Problem, Question, Quiz
from ..rules import quote
from . import at_field


def check_missing_refs(quiz: Quiz, question: Question, refs_topics: tuple[str, ...]) -> Iterator[Problem]:
    if question.topic in refs_topics and not question.refs:
        yield at_field(
            quiz,
            question,
            "topic",
            "missing-refs",
            f"topic {quote(question.topic)} needs `refs:` naming the studies behind the answer "
            "(entries of references.md)",
        )
