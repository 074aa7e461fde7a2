"""The course map (`<!-- course-map -->`): the lessons from the site's navigation, not a hand table."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from quizkit.banks import checked_banks
from quizkit.config import load_course
from quizkit.i18n import words
from quizkit.markdown import QuizError
from quizkit.markdown.course_map import course_lessons, nav_pages, render_course_map

FIXTURE_SITE = Path(__file__).resolve().parents[1] / "fixtures" / "site"
NAV = [
    {"Home": "index.md"},
    {"Lessons": ["lessons/02-b.md", {"Custom title": "lessons/01-a.md"}, {"Elsewhere": "https://x.org/"}]},
    "about.md",
]
# The same navigation as Zensical hands it to a Markdown extension.
ZENSICAL_NAV = [
    {"title": "Home", "url": "index.md", "children": []},
    {
        "title": "Lessons",
        "url": None,
        "children": [
            {"title": None, "url": "lessons/02-b.md", "children": []},
            {"title": "Custom title", "url": "lessons/01-a.md", "children": []},
            {"title": "Elsewhere", "url": "https://x.org/", "children": []},
        ],
    },
    {"title": None, "url": "about.md", "children": []},
]


def lesson(folder: Path, name: str, title: str, minutes: int | None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    meta = f'title: "{title}"\n' + (f"minutes: {minutes}\n" if minutes else "")
    (folder / name).write_text(f"---\n{meta}---\n\n# {title}\n", encoding="utf-8")


@pytest.fixture
def docs(tmp_path) -> Path:
    lesson(tmp_path / "lessons", "01-a.md", "Lesson 1: A", 7)
    lesson(tmp_path / "lessons", "02-b.md", "Lesson 2: B", None)
    return tmp_path


def test_mkdocs_and_zensical_navigations_give_the_same_pages():
    pages = [path for _, path in nav_pages(NAV)]
    assert pages == ["index.md", "lessons/02-b.md", "lessons/01-a.md", "https://x.org/", "about.md"]
    assert list(nav_pages(ZENSICAL_NAV)) == list(nav_pages(NAV))


def test_lessons_follow_the_nav_with_titles_minutes_and_quiz_sizes(docs):
    class Bank:  # what course_lessons reads of a quiz
        def __init__(self, lesson, n):
            self.lesson, self.questions = lesson, [object()] * n

    lessons = course_lessons(NAV, docs, [Bank("lessons/02-b.md", 3)])
    assert [(x.path, x.title, x.minutes, x.questions) for x in lessons] == [
        ("lessons/02-b.md", "Lesson 2: B", None, 3),
        ("lessons/01-a.md", "Custom title", 7, 0),  # the nav's own title, as the sidebar shows it
    ]
    # Without `nav:` the generators order pages by file name; so does the map.
    assert [x.path for x in course_lessons(None, docs, [])] == ["lessons/01-a.md", "lessons/02-b.md"]


def test_the_map_is_a_table_with_each_lesson_linked(docs):
    lessons = course_lessons(None, docs, [])
    html = render_course_map(lessons, lambda path: f"../{path}", words("en"))
    assert '<th scope="col">Lesson</th><th scope="col">Reading time</th><th scope="col">Quiz</th>' in html
    assert '<td><a href="../lessons/01-a.md">Lesson 1: A</a></td><td>7 minutes</td><td></td>' in html
    spanish = render_course_map(lessons, str, words("es"))
    assert "Tiempo de lectura" in spanish and "7 minutos" in spanish


def test_the_marker_renders_the_fixture_course_map():
    md = markdown.Markdown(
        extensions=["quizkit.markdown"],
        extension_configs={"quizkit.markdown": {"course": str(FIXTURE_SITE / "course.yml")}},
    )
    html = md.convert("# Home\n\n<!-- course-map -->\n")
    banks = checked_banks(load_course(FIXTURE_SITE / "course.yml")).quizzes
    sample = next(bank for bank in banks if bank.lesson == "lessons/sample.md")
    assert 'href="lessons/sample.md"' in html
    assert f"{len(sample.questions)} questions" in html and "<!-- course-map" not in html


@pytest.mark.parametrize("line", ["<!-- Course-map -->", "<!-- course-map: lessons -->"])
def test_a_mistyped_course_map_marker_names_the_line(line):
    md = markdown.Markdown(
        extensions=["quizkit.markdown"],
        extension_configs={"quizkit.markdown": {"course": str(FIXTURE_SITE / "course.yml")}},
    )
    with pytest.raises(QuizError, match="this page:3: .*<!-- course-map -->"):
        md.convert(f"# Home\n\n{line}\n")
