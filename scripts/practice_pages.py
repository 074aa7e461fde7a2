"""The practice pages: a practice exam, a review queue and a progress page, drawn from every bank.

A page asks for one with a marker line of its own: `<!-- practice: exam -->`, `<!-- practice: review -->`
or `<!-- practice: progress -->`; docs/assets/quiz/ exam.js, review.js and progress.js (with the
shared practice.js and transfer.js) make them work. quiz_hook.py calls
`render_practice_page` once every page has been read (the page-context event), so lesson titles are
known, the banks have been checked, and the site search has already indexed the page without the
question pool (it would otherwise list every question a second time).

Why every question is rendered into the page instead of shipped as data for the browser to draw:
the questions then come out of quizkit.render, the one renderer, so there is no second renderer
in JavaScript. The cost is size: about 80 KB gzipped for 160 questions, only on the exam and
review pages. Both keep the pool in an inert <template>: the browser neither lays it out nor runs
anything in it, so the page stays quick (as live markup, 7,000 elements cost the exam page most
of its Lighthouse performance score), and JavaScript moves in only the questions it draws.
Readers without JavaScript get the lesson quizzes, which work without it; the progress page
needs no questions at all.
"""

from __future__ import annotations

import html
import json
import posixpath
import re

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from quizkit.model import Question, Quiz
from quizkit.render import lesson_link_maker, render_question
from quizkit.rules import TOPICS

# Any comment starting with the word "practice" is meant as a marker, so a typo fails loudly.
_MARKER = re.compile(r"<!--\s*practice\b(?P<body>.*?)-->", re.DOTALL)
_NAME = re.compile(r"\s*:\s*(?P<name>exam|review|progress)\s*")
_POOL_PREFIX = {"exam": "x-", "review": "r-"}


def render_practice_page(page, config, nav, banks: dict[str, Quiz]) -> None:
    """Replace the page's practice marker (at most one) with its HTML; mark the page for the assets."""
    content = page.content or ""
    matches = list(_MARKER.finditer(content))
    if not matches:
        return
    where = f"docs/{page.file.src_uri}"
    if len(matches) > 1:
        raise PluginError(f"{where}: more than one practice marker; a page holds one practice tool")
    match = matches[0]
    name_match = _NAME.fullmatch(match.group("body"))
    if not name_match:
        raise PluginError(
            f"{where}: malformed practice marker {match.group(0)!r}; "
            "write <!-- practice: exam -->, <!-- practice: review --> or <!-- practice: progress -->"
        )
    kind = name_match.group("name")
    questions = [(quiz, q) for quiz in banks.values() for q in quiz.questions]
    lessons = _lessons(page, nav, banks, questions)
    page.content = (
        content[: match.start()] + _render(kind, page, config, questions, lessons) + content[match.end() :]
    )
    page.meta["quiz_assets"] = True  # strings, ui, store, queue and quiz (.js), quiz.css
    page.meta["practice_assets"] = True  # practice, transfer, exam, review and progress (.js), practice.css


def lesson_of(quiz: Quiz, question: Question) -> str:
    """The page a question teaches: its `source` page, else its bank's lesson.

    Results "by lesson" and the progress page group by this, so questions from a bank that spans
    lessons (the exam pool) count under the lesson that teaches them.
    """
    path = question.source.partition("#")[0]
    return posixpath.normpath(path) if path else quiz.lesson


def _lessons(page, nav, banks: dict[str, Quiz], questions) -> list[dict]:
    pages = {p.file.src_uri: p for p in nav.pages} if nav else {}
    by_path: dict[str, list[str]] = {}
    for quiz, question in questions:
        by_path.setdefault(lesson_of(quiz, question), []).append(question.id)
    lessons = []
    for path in sorted(by_path):
        target = pages.get(path)
        quiz = next((b for b in banks.values() if b.lesson == path), None)
        lessons.append(
            {
                "path": path,
                "title": (target.title if target and target.title else path),
                "url": get_relative_url(target.url, page.url) if target else "",
                "quiz": quiz.name if quiz else None,
                "quizTotal": len(quiz.questions) if quiz else 0,
                "questions": by_path[path],
            }
        )
    return lessons


def _render(kind: str, page, config, questions, lessons: list[dict]) -> str:
    # "course" names the course in exported progress; an import from another course is refused.
    data = {"lessons": lessons, "topics": list(TOPICS), "course": config.site_name}
    # JSON, not script: the CSP leaves non-executable types alone; "<" escaped so no tag can close it.
    island = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    parts = [
        f'<div class="ta-practice" data-practice="{kind}">',
        f'<script type="application/json" class="ta-practice__data">{island}</script>',
        f'<p class="ta-practice__nojs">{html.escape(_NO_JS[kind])}</p>',
    ]
    if kind in _POOL_PREFIX:
        pool = _render_pool(page, config, questions, _POOL_PREFIX[kind])
        parts.append(f'<template class="ta-practice__pool">\n{pool}\n</template>')
    parts.append("</div>")
    return "\n".join(parts)


def _render_pool(page, config, questions, prefix: str) -> str:
    link_for = lesson_link_maker(page.url, config.use_directory_urls)
    return "\n".join(
        render_question(q, number=n, link_for=link_for, id_prefix=prefix, lesson=lesson_of(quiz, q))
        for n, (quiz, q) in enumerate(questions, start=1)
    )


_NO_JS = {
    "exam": (
        "The practice exam needs JavaScript. Without it, use the quiz at the end of each lesson: "
        "it works without JavaScript and shows every answer with its explanation."
    ),
    "review": (
        "The review queue is kept in this browser by JavaScript, so it needs JavaScript turned on. "
        "The lesson quizzes work without it."
    ),
    "progress": "Your progress is kept in this browser by JavaScript, so this page needs JavaScript on.",
}
