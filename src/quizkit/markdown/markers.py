"""The marker lines a page uses to ask for a quiz or a practice tool, and their mistakes.

    <!-- quiz: NAME -->        the bank quizzes/NAME.yml, rendered where the line stands
    <!-- practice: exam -->    the practice exam (also `review`, `progress`), at most one a page
    <!-- course-map -->        the table of lessons, from the site's navigation (course_map.py)

A marker is a line of its own. Any comment line starting with the word "quiz" or "practice", in
any letter case, is taken as meant for a marker, so a typo is an error naming the page and line
instead of a comment that silently shows nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CANDIDATE = re.compile(r"^<!--\s*(?P<kind>quiz|practice|course-map)\b(?P<body>.*?)-->\s*$", re.IGNORECASE)
_NAME = re.compile(r"\s*:\s*(?P<name>[\w][\w.-]*)\s*")
_BANK_SUFFIX = re.compile(r"\.ya?ml$", re.IGNORECASE)
PRACTICE_KINDS = ("exam", "review", "progress")


class MarkerError(Exception):
    """A marker an author got wrong: `docs/page.md:LINE: what to write instead`."""


@dataclass(frozen=True)
class Marker:
    kind: str  # "quiz", "practice" or "course-map"
    name: str  # the bank's name, or the practice tool ("" for the course map)
    line: int  # 1-based, in the text it was found in
    text: str


def candidate(line: str) -> bool:
    return bool(_CANDIDATE.match(line))


def read_marker(line: str, number: int, where: str) -> Marker:
    """The marker on `line` (a candidate); MarkerError naming `where`:LINE when it is malformed."""
    match = _CANDIDATE.match(line)
    text = line.strip()
    kind, body = match.group("kind"), match.group("body")
    usage = {
        "quiz": "<!-- quiz: NAME -->",
        "practice": "<!-- practice: exam|review|progress -->",
        "course-map": "<!-- course-map -->",
    }[kind.lower()]
    at = f"{where}:{number}"
    if kind != kind.lower():
        raise MarkerError(f"{at}: marker {text!r} must be written in lowercase: {usage}")
    if kind == "course-map":
        if body.strip():
            raise MarkerError(f"{at}: the course map takes no name; write {usage}")
        return Marker(kind=kind, name="", line=number, text=text)
    name_match = _NAME.fullmatch(body)
    if not name_match:
        raise MarkerError(f"{at}: malformed {kind} marker {text!r}; write {usage}")
    name = name_match.group("name")
    if kind == "quiz" and _BANK_SUFFIX.search(name):
        bare = _BANK_SUFFIX.sub("", name)
        raise MarkerError(
            f"{at}: marker {text!r} names a file; name the bank without .yml: <!-- quiz: {bare} -->"
        )
    if kind == "practice" and name not in PRACTICE_KINDS:
        raise MarkerError(f"{at}: unknown practice tool {name!r}; write {usage}")
    return Marker(kind=kind, name=name, line=number, text=text)


def find_markers(text: str, where: str) -> list[Marker]:
    """Every marker line of a page's Markdown, checked (one quiz once, one practice tool a page).

    Lines inside fenced code blocks are examples, not markers, and are skipped.
    """
    markers: list[Marker] = []
    fence = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip()
        opener = re.match(r"(`{3,}|~{3,})", stripped)
        if opener and (fence is None or stripped.startswith(fence)):
            fence = None if fence else opener.group(1)
            continue
        if fence is None and candidate(line):
            markers.append(read_marker(line, number, where))
    check_page(markers, where)
    return markers


def check_page(markers: list[Marker], where: str) -> None:
    seen: set[str] = set()
    practice = [m for m in markers if m.kind == "practice"]
    if len(practice) > 1:
        raise MarkerError(f"{where}:{practice[1].line}: more than one practice marker; a page holds one")
    for marker in markers:
        if marker.kind == "quiz" and marker.name in seen:
            raise MarkerError(f"{where}:{marker.line}: quiz {marker.name!r} appears twice on this page")
        seen.add(marker.name)


def unknown_quiz(where: str, marker: Marker, banks) -> MarkerError:
    known = ", ".join(sorted(banks)) or "none"
    return MarkerError(
        f"{where}:{marker.line}: unknown quiz {marker.name!r} (no {marker.name}.yml among the banks: {known})"
    )
