"""The question pool of the practice pages, as files the browser fetches.

The exam draws from every bank and the review page shows whatever is due, so both pages need any
question of the course, and the progress page which questions each lesson has; inlined, that is
the whole course in each page (513 KB gzipped at 4,161 questions). Built by the MkDocs plugin,
the pool is instead files beside the site's assets:

    assets/quiz/pool/index.HASH.json        which questions there are: per bank its file, and
                                            per question its id, lesson and topic (what the
                                            draw and the progress page need)
    assets/quiz/pool/banks/BANK.HASH.json   one bank's questions: {"bank": NAME, "html": the
                                            rendered <fieldset>s}

The page names the index; docs/assets/quiz/pool.js fetches it when an exam starts, questions
are due or the progress page opens, then only the banks that hold the questions it needs. Names
carry a hash of their content, so a browser may cache them for good: a changed bank gets a new
name. The questions are JSON, not .html files: a fragment is no page, and crawlers, validators
and link checkers that walk a site's HTML files should not take it for one.

Every fieldset comes from `render_pool`, the same function that fills the inlined <template>
of a page built without the plugin (Zensical; the offline copy, where file:// cannot fetch).
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from dataclasses import dataclass

from .i18n import Words
from .model import Question, Quiz
from .render import LinkFor, render_question
from .urls import page_url, relative_url

FOLDER = "assets/quiz/pool"
BANKS = "banks"  # the bank files' folder, inside FOLDER (bank names cannot clash with the index)
# One id prefix wherever the pool goes: an exam or review page holds no other copy of a question.
ID_PREFIX = "p-"


def lesson_of(quiz: Quiz, question: Question) -> str:
    """The page a question teaches: its `source` page, else its bank's lesson.

    Results "by lesson" and the progress page group by this, so questions from a bank that spans
    lessons (the exam pool) count under the lesson that teaches them.
    """
    path = question.source.partition("#")[0]
    return posixpath.normpath(path) if path else quiz.lesson


def render_pool(quizzes: list[Quiz], link_for: LinkFor, t: Words) -> str:
    """Every question of `quizzes` as a <fieldset> (quizkit.render), one per line group."""
    questions = [(quiz, q) for quiz in quizzes for q in quiz.questions]
    return "\n".join(
        render_question(q, number=n, link_for=link_for, id_prefix=ID_PREFIX, lesson=lesson_of(quiz, q), t=t)
        for n, (quiz, q) in enumerate(questions, start=1)
    )


@dataclass(frozen=True)
class PoolFiles:
    index: str  # the index's site-relative path, which the pages name
    files: dict[str, str]  # site-relative path -> content, the index among them


def pool_files(quizzes: list[Quiz], t: Words, use_directory_urls: bool) -> PoolFiles:
    """The pool as files under FOLDER: one per bank and the index naming them."""

    def link_for(target: str) -> str:
        # Relative to the bank's file; pool.js makes it absolute when it reads the file.
        path, hash_, anchor = target.partition("#")
        url = relative_url(page_url(posixpath.normpath(path), use_directory_urls), f"{FOLDER}/{BANKS}/")
        return url + (f"#{anchor}" if hash_ else "")

    files: dict[str, str] = {}
    lessons: list[str] = []
    topics: list[str] = []
    banks = []
    for quiz in quizzes:
        content = _json({"bank": quiz.name, "html": render_pool([quiz], link_for, t)})
        name = f"{BANKS}/{quiz.name}.{_digest(content)}.json"
        files[f"{FOLDER}/{name}"] = content
        rows = []
        for q in quiz.questions:
            lesson = lesson_of(quiz, q)
            if lesson not in lessons:
                lessons.append(lesson)
            if q.topic not in topics:
                topics.append(q.topic)
            rows.append([q.id, lessons.index(lesson), topics.index(q.topic)])
        banks.append({"name": quiz.name, "file": name, "questions": rows})
    # Lessons and topics by number: ids are most of the index, so repeated paths would double it.
    index = _json({"lessons": lessons, "topics": topics, "banks": banks})
    path = f"{FOLDER}/index.{_digest(index)}.json"
    files[path] = index
    return PoolFiles(index=path, files=files)


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
