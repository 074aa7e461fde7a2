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


def test_home_page_links_to_every_lesson(page, base_url):
    page.goto(base_url)
    lesson_links = page.locator("article a[href*='lessons/']")
    hrefs = {link.get_attribute("href").split("#")[0] for link in lesson_links.all()}
    # One link per lesson file (nine since issue 12), so a new lesson must reach the course map.
    assert len(hrefs) == len(LESSONS) == 9
