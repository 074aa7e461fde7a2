"""The practice pages: a practice exam, a review queue and a progress page, drawn from every bank.

A page asks for one with `<!-- practice: exam -->` (or `review`, `progress`);
docs/assets/quiz/practice.js makes it work.

The exam and review pages need any question of the course, rendered by quizkit.render, the one
renderer (no second renderer in JavaScript). Inlined, that is the whole course in both pages:
fine at 160 questions, 513 KB gzipped each at 4,161, all parsed by a phone before an exam starts.
So the pages carry no questions when the MkDocs plugin writes the pool as files
(quizkit.pool: per bank, content-hashed, fetched and cached by the browser): it sets this
extension's `pool` option to the index's path, and the page names that index; a page stays
the same size (a few KB) however many questions there are. Without the option (Zensical, which
runs no MkDocs plugin; the offline copy, whose file:// pages cannot fetch), every question is
inlined in an inert <template>: the browser neither lays it out nor runs anything in it (as live
markup, 7,000 elements cost the exam page most of its Lighthouse performance score), and
docs/assets/quiz/pool.js reads either source the same way.
The progress page counts each lesson's questions, so it reads the same pool (its index only, to
group the ids by lesson; inlined the same way where nothing can be fetched), and it too stays
the same size however many questions there are.
Readers without JavaScript get the lesson quizzes, which work without it.
"""

from __future__ import annotations

import html
from pathlib import Path

from ..config import Course
from ..i18n import Words, words
from ..island import island
from ..model import Quiz
from ..pool import lesson_of, render_pool
from ..render import LinkFor
from ..urls import page_url, relative_url
from .lesson_page import read_lesson_page

__all__ = ["lesson_of", "render_practice"]


def render_practice(
    kind: str,
    quizzes: list[Quiz],
    course: Course,
    link_for: LinkFor,
    src_path: str | None,
    use_directory_urls: bool,
    site_name: str = "",
    t: Words | None = None,
    pool: str | None = None,
) -> str:
    """The practice tool `kind` as HTML: data for practice.js, a no-JS note, and the question pool:
    inlined, or (`pool`, the site-relative path of the pool's index file that the MkDocs plugin
    writes) named for the browser to fetch."""
    t = t or words()
    here = page_url(src_path, use_directory_urls) if src_path else None
    data = {
        # No per-question data: every page reads it from the pool, so its size does not grow with it.
        "lessons": _lessons(quizzes, course.docs_dir, here, use_directory_urls),
        "topics": list(course.topics),
        "topicLabels": course.topics,
        # Names the course in exported progress; an import from another course is refused.
        "course": site_name,
    }
    data["total"] = sum(len(quiz.questions) for quiz in quizzes)
    if pool:
        data["pool"] = relative_url(pool, here) if here is not None else pool
    # The pool, when inlined, is kept out of the site search (`data-search-exclude`, honoured by
    # Material's and Zensical's search), which would otherwise list every question twice.
    parts = [
        f'<div class="ta-practice" data-practice="{kind}">',
        island(data, "ta-practice__data"),
        f'<p class="ta-practice__nojs">{html.escape(t[f"nojs_{kind}"])}</p>',
    ]
    if not pool:
        questions = render_pool(quizzes, link_for, t)
        parts.append(f'<template class="ta-practice__pool" data-search-exclude>\n{questions}\n</template>')
    parts.append("</div>")
    return "\n".join(parts)


def _lessons(quizzes: list[Quiz], docs_dir: Path, here: str | None, use_directory_urls: bool) -> list[dict]:
    paths = {lesson_of(quiz, question) for quiz in quizzes for question in quiz.questions}
    lessons = []
    for path in sorted(paths):
        quiz = next((b for b in quizzes if b.lesson == path), None)
        exists = (docs_dir / path).is_file()
        url = relative_url(page_url(path, use_directory_urls), here) if exists and here is not None else ""
        lessons.append(
            {
                "path": path,
                "title": read_lesson_page(docs_dir / path).title or path,
                "url": url,
                "quiz": quiz.name if quiz else None,
                "quizTotal": len(quiz.questions) if quiz else 0,
            }
        )
    return lessons
