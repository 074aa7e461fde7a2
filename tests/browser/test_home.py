"""The home page in a real browser: it loads, asks nothing of other origins, logs no error."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

LESSONS = sorted((Path(__file__).resolve().parents[2] / "docs" / "lessons").glob("[0-9][0-9]-*.md"))


def test_home_page_stays_on_its_own_origin(context, base_url):
    page = context.new_page()
    page.goto(base_url, wait_until="networkidle")
    assert page.get_by_role("heading", level=1).first.is_visible()
    assert context.log.requests, "the page should have been recorded loading at least itself"
    assert context.log.external_requests() == []
    assert context.log.console_errors == []


def test_home_page_course_map_is_a_table_of_every_lesson(page, base_url):
    # Built from the navigation (<!-- course-map -->), so its size follows the lessons, not a count.
    page.goto(base_url)
    course_map = page.get_by_role("table").filter(has=page.get_by_role("columnheader", name="Reading time"))
    rows = course_map.get_by_role("row")
    assert rows.count() == len(LESSONS) + 1  # the header row, then one row per lesson
    first = rows.nth(1).get_by_role("link")
    assert first.inner_text().startswith("Lesson 1: ")
    first.click()
    page.wait_for_url(f"**/lessons/{LESSONS[0].stem}/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Lesson 1: ")
