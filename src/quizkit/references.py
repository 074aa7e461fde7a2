"""The course's reference list (docs/references.md) as ids and short citations.

Each entry there is an APA paragraph followed by an attribute line `{ #id }`; the id is what a
question's `refs:` names and the anchor its link lands on. The short citation ("Bordin (1979)",
"Butler & Roediger (2008)", "Flückiger et al. (2018)") is derived from the entry, so a renamed or
corrected entry changes every quiz that cites it.
"""

from __future__ import annotations

import re
from pathlib import Path

REFERENCES_PAGE = "references.md"
# An entry: one or more non-blank lines, then `{ #id }` alone on its line.
_ENTRY = re.compile(r"(?P<text>(?:^[^\n{][^\n]*\n)+)^\{\s*#(?P<id>[A-Za-z0-9_-]+)\s*\}\s*$", re.MULTILINE)
_AUTHORS_YEAR = re.compile(r"^(?P<authors>.+?)\s*\((?P<year>\d{4}[a-z]?|n\.\s?d\.)[^)]*\)")
# "Surname, I. I." — a surname is what stands before the comma that precedes the initials.
_SURNAME = re.compile(r"(?:^|,\s*(?:&\s*)?|&\s*)([^,&]+?),\s*(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][a-z]?\.-)")

_cache: dict[Path, tuple[tuple[int, int], dict[str, str]]] = {}


def read_references(docs_dir: Path) -> dict[str, str]:
    """{id: short citation} for every entry of `docs_dir`/references.md ({} when there is none)."""
    page = (docs_dir / REFERENCES_PAGE).resolve()
    try:
        stat = page.stat()
    except OSError:
        return {}
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(page)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    text = page.read_text(encoding="utf-8-sig")
    found = {m.group("id"): short_citation(m.group("text")) for m in _ENTRY.finditer(text)}
    _cache[page] = (stamp, found)
    return found


def short_citation(entry: str) -> str:
    """ "Author (year)", "A & B (year)" or "A et al. (year)" for one APA entry."""
    entry = " ".join(entry.split())
    match = _AUTHORS_YEAR.match(entry)
    if match is None:  # not author–date: the title alone, without Markdown emphasis
        return entry.split(". ")[0].strip("*_ ")
    authors, year = match.group("authors").strip(), match.group("year")
    case = re.match(r"\*([^*]+)\*", authors)  # a court case: its italic name, not its reporter cites
    if case:
        return f"{case.group(1)} ({year})"
    surnames = [name.strip() for name in _SURNAME.findall(authors)]
    if not surnames:  # a body such as "American Psychological Association."
        return f"{authors.rstrip('.')} ({year})"
    if len(surnames) == 1:
        return f"{surnames[0]} ({year})"
    if len(surnames) == 2:
        return f"{surnames[0]} & {surnames[1]} ({year})"
    return f"{surnames[0]} et al. ({year})"
