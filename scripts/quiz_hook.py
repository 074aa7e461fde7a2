"""MkDocs hook: check every quiz bank once per build, then render each page's quiz marker.

A page asks for a quiz with a line of its own, `<!-- quiz: NAME -->`, naming quizzes/NAME.yml
(the folder is `extra.quizzes_dir` in mkdocs.yml, relative to that file; default `quizzes`).
Checks are quizkit.validate's (the CLI's), run once per build by site_banks.py; HTML is
quizkit.render's; this file only connects them.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from practice_pages import render_practice_page
from quizkit.model import Quiz
from quizkit.render import lesson_link_maker, render_quiz
from site_banks import banks_by_name, checked_banks, quizzes_dir

log = logging.getLogger("mkdocs.hooks.quiz")

# Any comment starting with the word "quiz" is meant as a marker, so a typo fails loudly.
_MARKER = re.compile(r"<!--\s*quiz\b(?P<body>.*?)-->", re.DOTALL)
_NAME = re.compile(r"\s*:\s*(?P<name>[\w][\w.-]*)\s*")
_banks: dict[str, Quiz] = {}


def on_pre_build(config) -> None:
    result = checked_banks(config)  # raises with the validator's file:line lines on any error
    log.info("Quiz banks: %s (`make validate` lists the warnings).", result.summary())
    _banks.clear()
    _banks.update(banks_by_name(config))


def on_serve(server, config, builder):
    server.watch(str(quizzes_dir(config)))  # an edited bank rebuilds the site
    return server


def on_page_content(html: str, page, config, files) -> str | None:
    # Instant navigation never reloads scripts, so every page must carry the quiz assets then.
    if "navigation.instant" in config.theme.get("features", []):
        page.meta["quiz_assets"] = True
    if "<!--" not in html or not _MARKER.search(html):
        return None
    link_for = lesson_link_maker(page.url, config.use_directory_urls)
    seen: set[str] = set()

    def render_marker(match: re.Match) -> str:
        where = _where(page, match.group(0))
        name_match = _NAME.fullmatch(match.group("body"))
        if not name_match:
            raise PluginError(f"{where}: malformed quiz marker {match.group(0)!r}; write <!-- quiz: NAME -->")
        name = name_match.group("name")
        if name not in _banks:
            known = ", ".join(sorted(_banks)) or "none"
            raise PluginError(f"{where}: unknown quiz {name!r} (no {name}.yml among the banks: {known})")
        if name in seen:
            raise PluginError(f"{where}: quiz {name!r} appears twice on this page")
        seen.add(name)
        return render_quiz(_banks[name], link_for=link_for)

    page.meta["quiz_assets"] = True
    return _MARKER.sub(render_marker, html)


def on_page_context(context, page, config, nav):
    # The practice pages (exam, review queue, progress) draw on every checked bank: practice_pages.py.
    render_practice_page(page, config, nav, _banks)
    return context


def _where(page, marker: str) -> str:
    """`docs/path.md:LINE` of a marker, for error messages an author can jump to."""
    path = f"{Path(page.file.src_dir or '').name}/{page.file.src_uri}"
    for number, line in enumerate(page.file.content_string.splitlines(), start=1):
        if marker in line:
            return f"{path}:{number}"
    return path
