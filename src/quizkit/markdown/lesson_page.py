"""What the practice pages and the course map show of a lesson page: its title and reading time.

Read from the page's source, once per page: the front matter (YAML between `---` lines) gives
`title:` and `minutes:`; without a `title:`, the page's first `#` heading is its title, as the
site's navigation shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_H1 = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$", re.MULTILINE)


@dataclass(frozen=True)
class LessonPage:
    title: str | None  # None: the page has neither a `title:` nor a # heading (or is missing)
    minutes: int | None  # front matter `minutes:`, when it is a whole number


def read_lesson_page(page: Path) -> LessonPage:
    try:
        text = page.read_text(encoding="utf-8-sig")
    except OSError:
        return LessonPage(None, None)
    front = _FRONT_MATTER.match(text)
    try:
        meta = yaml.safe_load(front.group(1)) if front else None
    except yaml.YAMLError:
        meta = None
    meta = meta if isinstance(meta, dict) else {}
    title = meta.get("title")
    if not isinstance(title, str) or not title.strip():
        heading = _H1.search(text[front.end() if front else 0 :])
        title = heading.group("title") if heading else None
    minutes = meta.get("minutes")
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        minutes = None
    return LessonPage(title.strip() if title else None, minutes)
