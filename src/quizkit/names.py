"""Bank names and the export file names derived from them: one place that says which names
are allowed and which files a bank becomes, so no two banks can write the same file.

A bank's name is its file stem (`quizzes/NAME.yml`): a page's `<!-- quiz: NAME -->` marker,
the practice pool, Anki's Quiz field and tags and every export file carry it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Lowercase letters, digits, - and _ (the id alphabet): what a marker can name, what every
# file system and LMS keeps as typed, and what no case-insensitive file system can confuse.
QUIZ_NAME_PATTERN = r"[a-z0-9][a-z0-9_-]*"
_QUIZ_NAME = re.compile(QUIZ_NAME_PATTERN)

# The stem of the files that hold every bank at once (one import for a whole course).
ALL_BANKS = "all-quizzes"

# Each format's files for one stem. Exporters name their files from here, and the validator
# derives every bank's files from here to refuse two banks that would write the same file.
FILE_NAMES: dict[str, tuple[str, ...]] = {
    "gift": ("{stem}.gift",),
    "qti": ("{stem}-qti.zip",),
    "anki": ("{stem}.apkg", "{stem}-anki.csv"),
    "csv": ("{stem}.csv",),
}


def is_quiz_name(name: str) -> bool:
    return _QUIZ_NAME.fullmatch(name) is not None


def file_names(fmt: str, stem: str) -> tuple[str, ...]:
    """The files format `fmt` writes for the banks exported under `stem`."""
    return tuple(pattern.format(stem=stem) for pattern in FILE_NAMES[fmt])


def all_file_names(stem: str) -> list[str]:
    return [name for fmt in FILE_NAMES for name in file_names(fmt, stem)]


def name_clashes(stems: Iterable[str]) -> dict[str, tuple[str, str]]:
    """{stem: (owner, file)} for each stem that would write a file already written by an earlier
    stem or by the combined set (owner `ALL_BANKS`): `x` and `x-anki` both make `x-anki.csv`;
    `all-quizzes` and `all-quizzes-anki` clash with the combined set. A repeated stem is not a
    clash here (the validator reports it as a duplicate quiz name)."""
    owner = dict.fromkeys(all_file_names(ALL_BANKS), ALL_BANKS)
    clashes: dict[str, tuple[str, str]] = {}
    for stem in dict.fromkeys(stems):
        for name in all_file_names(stem):
            first = owner.setdefault(name, stem)
            if first != stem or stem == ALL_BANKS:
                clashes.setdefault(stem, (first, name))
    return clashes
