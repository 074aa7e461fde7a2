"""A lesson page's title and reading time, as the practice pages and the course map show them."""

from __future__ import annotations

from quizkit.markdown.lesson_page import read_lesson_page


def test_title_and_minutes_come_from_the_front_matter(tmp_path):
    page = tmp_path / "l.md"
    page.write_text('---\ntitle: "Lesson 2: Where it comes from"\nminutes: 9\n---\n\n# Other\n', "utf-8")
    lesson = read_lesson_page(page)
    assert (lesson.title, lesson.minutes) == ("Lesson 2: Where it comes from", 9)


def test_a_comment_in_the_front_matter_is_not_the_title(tmp_path):
    # Without `title:`, the title is the page's # heading, never a YAML comment above it.
    page = tmp_path / "l.md"
    page.write_text("---\n# shown on the home page\nminutes: 5\n---\n\n# Lesson 3: Evidence\n", "utf-8")
    assert read_lesson_page(page).title == "Lesson 3: Evidence"


def test_a_missing_page_or_odd_minutes_give_nothing(tmp_path):
    assert read_lesson_page(tmp_path / "none.md").title is None
    page = tmp_path / "l.md"
    page.write_text("---\nminutes: soon\n---\n\nNo heading.\n", "utf-8")
    assert read_lesson_page(page) == type(read_lesson_page(page))(None, None)
