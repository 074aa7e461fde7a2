"""What a reader notices on a lesson page: its reading time, the header's colour without
JavaScript, and diagrams that sit on a card in the dark scheme."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import open_context

pytestmark = pytest.mark.browser

LESSON = Path(__file__).resolve().parents[2] / "docs" / "lessons" / "03-the-evidence.md"
# The header colour site.css gives Material's teal (darker, for contrast), as rgb().
TEAL = "rgb(0, 122, 108)"


def _minutes(path: Path) -> int:
    front = re.match(r"---\n(.*?)\n---", path.read_text(encoding="utf-8"), re.S).group(1)
    return yaml.safe_load(front)["minutes"]


def test_a_lesson_shows_its_reading_time_above_its_title(page, base_url):
    page.goto(base_url + "lessons/03-the-evidence/")
    line = page.locator("article .ta-reading-time")
    assert line.inner_text() == f"{_minutes(LESSON)} min read"
    title = page.get_by_role("heading", level=1)
    assert line.bounding_box()["y"] < title.bounding_box()["y"]


def test_pages_without_minutes_show_no_reading_time(page, base_url):
    page.goto(base_url)
    assert page.locator(".ta-reading-time").count() == 0


def test_without_javascript_the_header_keeps_the_course_colour(browser, base_url):
    context = open_context(browser, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + "lessons/03-the-evidence/")
        colour = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
        assert colour == TEAL
    finally:
        context.close()


def test_diagrams_sit_on_a_light_card_in_the_dark_scheme(browser, base_url):
    context = open_context(browser, color_scheme="dark")
    try:
        page = context.new_page()
        page.goto(base_url + "lessons/03-the-evidence/")
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        style = page.evaluate(
            """() => { const s = getComputedStyle(document.querySelector('article img[src$=".svg"]'));
                       return [s.backgroundColor, parseFloat(s.paddingTop), s.boxShadow]; }"""
        )
        background, padding, rim = style
        assert background == "rgb(255, 255, 255)"
        assert padding >= 8
        assert rim != "none"
    finally:
        context.close()
