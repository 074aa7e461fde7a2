"""The course map, `<!-- course-map -->`: a table of the lessons, built from the site's navigation.

Each lesson is a page in the docs' `lessons/` folder, in the order `nav:` lists it (file-name order
when the config has no `nav:`), shown with its title (as the navigation shows it: the nav entry's
own title, else the page's), its reading time (front matter `minutes:`) and its quiz's size (the
bank whose `lesson:` is that page). A lesson added to `nav:` appears on the map with no edit to
the page that holds the marker.
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..i18n import Words
from ..model import Quiz
from ..render import LinkFor
from .lesson_page import read_lesson_page

LESSONS_FOLDER = "lessons/"


@dataclass(frozen=True)
class LessonEntry:
    path: str  # docs-relative, e.g. "lessons/01-what-is-the-alliance.md"
    title: str
    minutes: int | None
    questions: int  # in its quiz; 0 without one


def nav_pages(nav) -> Iterator[tuple[str | None, str]]:
    """(title given in the nav or None, docs-relative page) for every page in `nav`, in order.

    Entries are written `- page.md`, `- Title: page.md` or `- Section: [entries]`, as MkDocs
    keeps them; Zensical hands over each entry as {"title", "url", "children"}.
    """
    for item in nav or ():
        if isinstance(item, str):
            yield None, item
        elif isinstance(item, dict) and "children" in item and "url" in item:  # Zensical
            if isinstance(item["url"], str):
                yield item.get("title"), item["url"]
            yield from nav_pages(item["children"])
        elif isinstance(item, list):
            yield from nav_pages(item)
        elif isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, str):
                    yield str(title), value
                elif isinstance(value, list):
                    yield from nav_pages(value)


def course_lessons(nav, docs_dir: Path, quizzes: list[Quiz]) -> list[LessonEntry]:
    """The lessons in navigation order, each with its title, reading time and quiz size."""
    pages = [(title, posixpath.normpath(path.strip())) for title, path in nav_pages(nav) if "://" not in path]
    lessons = [(title, path) for title, path in pages if path.startswith(LESSONS_FOLDER)]
    if not nav:  # no `nav:`: the generators list pages by file name
        folder = docs_dir / LESSONS_FOLDER
        lessons = [(None, f"{LESSONS_FOLDER}{p.name}") for p in sorted(folder.glob("*.md"))]
    sizes = {quiz.lesson: len(quiz.questions) for quiz in quizzes}
    entries = []
    for title, path in lessons:
        page = read_lesson_page(docs_dir / path)
        entries.append(LessonEntry(path, title or page.title or path, page.minutes, sizes.get(path, 0)))
    return entries


def render_course_map(lessons: list[LessonEntry], link_for: LinkFor, t: Words) -> str:
    """The map as an HTML table (Material styles it as any Markdown table)."""
    rows = []
    for lesson in lessons:
        minutes = t.count("map_minutes", lesson.minutes) if lesson.minutes else ""
        quiz = t.count("map_questions", lesson.questions) if lesson.questions else ""
        rows.append(
            f'<tr><td><a href="{html.escape(link_for(lesson.path))}">{html.escape(lesson.title)}</a></td>'
            f"<td>{html.escape(minutes)}</td><td>{html.escape(quiz)}</td></tr>"
        )
    head = "".join(
        f'<th scope="col">{html.escape(t[key])}</th>' for key in ("map_lesson", "map_reading", "map_quiz")
    )
    return (
        f'<div class="ta-course-map"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
