"""The practice pages: a practice exam, a review queue and a progress page, drawn from every bank.

A page asks for one with `<!-- practice: exam -->` (or `review`, `progress`);
docs/assets/quiz/practice.js makes it work.

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
from pathlib import Path

from ..config import Course
from ..i18n import Words, words
from ..model import Question, Quiz
from ..render import LinkFor, render_question
from ..urls import page_url, relative_url

_POOL_PREFIX = {"exam": "x-", "review": "r-"}
_FRONT_TITLE = re.compile(r"\A---\s*\n(?:.*\n)*?title:\s*(?P<title>.+?)\s*\n(?:.*\n)*?---\s*\n")
_H1 = re.compile(r"^#\s+(?P<title>.+?)\s*#*\s*$", re.MULTILINE)


def render_practice(
    kind: str,
    quizzes: list[Quiz],
    course: Course,
    link_for: LinkFor,
    src_path: str | None,
    use_directory_urls: bool,
    site_name: str = "",
    t: Words | None = None,
) -> str:
    """The practice tool `kind` as HTML: data for practice.js, a no-JS note, the question pool."""
    t = t or words()
    questions = [(quiz, q) for quiz in quizzes for q in quiz.questions]
    data = {
        "lessons": _lessons(quizzes, questions, course.docs_dir, src_path, use_directory_urls),
        "topics": list(course.topics),
        "topicLabels": course.topics,
        # Names the course in exported progress; an import from another course is refused.
        "course": site_name,
    }
    # JSON, not script: the CSP leaves non-executable types alone; "<" escaped so no tag can close it.
    island = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    # The data and the pool are kept out of the site search (`data-search-exclude`, honoured by
    # Material's and Zensical's search), which would otherwise list every question twice.
    parts = [
        f'<div class="ta-practice" data-practice="{kind}">',
        f'<script type="application/json" class="ta-practice__data" data-search-exclude>{island}</script>',
        f'<p class="ta-practice__nojs">{html.escape(t[f"nojs_{kind}"])}</p>',
    ]
    if kind in _POOL_PREFIX:
        pool = "\n".join(
            render_question(
                q,
                number=n,
                link_for=link_for,
                id_prefix=_POOL_PREFIX[kind],
                lesson=lesson_of(quiz, q),
                t=t,
            )
            for n, (quiz, q) in enumerate(questions, start=1)
        )
        parts.append(f'<template class="ta-practice__pool" data-search-exclude>\n{pool}\n</template>')
    parts.append("</div>")
    return "\n".join(parts)


def lesson_of(quiz: Quiz, question: Question) -> str:
    """The page a question teaches: its `source` page, else its bank's lesson.

    Results "by lesson" and the progress page group by this, so questions from a bank that spans
    lessons (the exam pool) count under the lesson that teaches them.
    """
    path = question.source.partition("#")[0]
    return posixpath.normpath(path) if path else quiz.lesson


def _lessons(
    quizzes, questions, docs_dir: Path, src_path: str | None, use_directory_urls: bool
) -> list[dict]:
    by_path: dict[str, list[str]] = {}
    for quiz, question in questions:
        by_path.setdefault(lesson_of(quiz, question), []).append(question.id)
    here = page_url(src_path, use_directory_urls) if src_path else None
    lessons = []
    for path in sorted(by_path):
        quiz = next((b for b in quizzes if b.lesson == path), None)
        exists = (docs_dir / path).is_file()
        url = relative_url(page_url(path, use_directory_urls), here) if exists and here is not None else ""
        lessons.append(
            {
                "path": path,
                "title": page_title(docs_dir / path) or path,
                "url": url,
                "quiz": quiz.name if quiz else None,
                "quizTotal": len(quiz.questions) if quiz else 0,
                "questions": by_path[path],
            }
        )
    return lessons


def page_title(page: Path) -> str | None:
    """A page's title as the site's navigation shows it: front matter `title:`, else its # heading."""
    try:
        text = page.read_text(encoding="utf-8-sig")
    except OSError:
        return None
    match = _FRONT_TITLE.match(text) or _H1.search(text)
    return match.group("title").strip().strip("\"'") if match else None
