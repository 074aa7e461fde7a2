"""Choices that break the answer key: duplicates, "all of the above" and combined options.

A learner cannot tell which answer is meant when two choices say the same thing, or when one
choice is true only because others are ("all of the above", "both A and B").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Problem, Question, Quiz
from . import at
from .text import normalised, plain

_OTHERS = (
    r"(?:the\s+)?(?:above|previous|preceding|these|those|others?|options|choices|answers|three|four|five)\b"
)
ALL_OF_THE_ABOVE = re.compile(rf"^(?:all|any)\s+(?:of\s+)?{_OTHERS}", re.IGNORECASE)
NONE_OF_THE_ABOVE = re.compile(rf"^none\s+(?:of\s+)?{_OTHERS}", re.IGNORECASE)
# "Both of the above", "Neither of these": combined options without letters.
_BOTH_NEITHER = re.compile(
    r"^(?:both|neither)\s+(?:of\s+)?(?:the\s+)?(?:above|these|those|two)\b", re.IGNORECASE
)
# "A and B", "both (a) and (c)", "options 1, 2 and 4 only": the letters or numbers of other choices.
_LABEL = r"(?:[A-F]|[1-6]|\([a-fA-F1-6]\)|[a-f]\))"
_COMBINED = re.compile(
    rf"^(?:(?:[Bb]oth|[Nn]either|[Oo]nly)\s+)?(?:(?:[Oo]ptions?|[Cc]hoices?|[Aa]nswers?)\s+)?"
    rf"{_LABEL}(?:\s*,\s*{_LABEL})*,?\s+(?:and|&|or|nor|plus)\s+{_LABEL}"
    r"(?:\s+(?:only|(?:are\s+)?(?:both\s+)?(?:correct|right|true)))?[.!]?$"
)


def is_combined(text: str) -> bool:
    shown = plain(text)
    return bool(_COMBINED.match(shown) or _BOTH_NEITHER.match(shown))


def check_choices(quiz: Quiz, question: Question) -> Iterator[Problem]:
    """Errors in the wording of a question's choices."""
    first_seen: dict[str, int] = {}
    for number, choice in enumerate(question.choices, start=1):
        where = (choice.line, choice.col)
        if not choice.text:
            continue
        key = normalised(choice.text)
        if key in first_seen:
            yield at(
                quiz,
                where,
                "duplicate-choice",
                f"choice {number} repeats choice {first_seen[key]}; every choice needs its own text",
            )
        else:
            first_seen[key] = number
        shown = plain(choice.text)
        if ALL_OF_THE_ABOVE.match(shown):
            yield at(
                quiz,
                where,
                "all-of-the-above",
                f'choice {number} is "all of the above"; write a question with `type: multiple` instead',
            )
        elif is_combined(choice.text):
            yield at(
                quiz,
                where,
                "combined-choice",
                f"choice {number} combines other choices; use `type: multiple` so each can be chosen",
            )
