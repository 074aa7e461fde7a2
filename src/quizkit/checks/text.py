"""Small helpers that read quiz text the way a learner reads it, for the wording checks."""

from __future__ import annotations

import re

_MARKUP = re.compile(r"[*_`]+")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[\w'’-]+")


def plain(text: str) -> str:
    """Text without Markdown emphasis or code marks and with single spaces."""
    return _SPACE.sub(" ", _MARKUP.sub("", text)).strip()


def normalised(text: str) -> str:
    """A key for comparing two texts: plain, case-folded, without end punctuation."""
    return plain(text).casefold().rstrip(".!?;:, ")


def words(text: str) -> list[str]:
    return _WORD.findall(plain(text))
