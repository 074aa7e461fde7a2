"""What a reader notices on a lesson page: its reading time, the header's colour without
JavaScript, and diagrams that sit on a card in the dark scheme."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import open_context
from quizkit.config import load_course

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


# A diagram's smallest label on a 360 px phone, in CSS pixels: the SVG's smallest font-size scaled
# by the width the image is drawn at over its viewBox width (an <img> scales its SVG as one picture).
# Lesson 8's old flow chart (viewBox 680 wide, labels of 14 px) drew them at 6.8 px. The floor is
# the course policy diagram_label_min_px (course.yml).
COURSE = load_course(Path(__file__).resolve().parents[2] / "course.yml")
DOCS = Path(__file__).resolve().parents[2] / "docs"
LESSON_FILES = sorted((DOCS / "lessons").glob("[0-9][0-9]-*.md"))


def _smallest_label(svg: Path) -> tuple[float, float]:
    """(viewBox width, smallest font-size of any text) of an SVG file."""
    text = svg.read_text(encoding="utf-8")
    width = float(re.search(r'<svg[^>]*viewBox="[\d.]+ [\d.]+ ([\d.]+)', text).group(1))
    sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)"', text)]
    return width, min(sizes)


@pytest.mark.parametrize("lesson", LESSON_FILES, ids=lambda p: p.stem)
def test_diagram_labels_are_readable_on_a_phone(browser, base_url, lesson):
    context = open_context(browser, viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        page.goto(base_url + f"lessons/{lesson.stem}/")
        images = page.locator('article img[src$=".svg"]')
        assert images.count() >= 1
        for image in images.all():
            image.scroll_into_view_if_needed()
            drawn = image.evaluate(
                """img => { const s = getComputedStyle(img);
                            const padding = parseFloat(s.paddingLeft) + parseFloat(s.paddingRight);
                            return img.clientWidth - padding; }"""
            )
            svg = DOCS / "assets" / "diagrams" / Path(image.get_attribute("src")).name
            view_width, smallest = _smallest_label(svg)
            rendered = smallest * drawn / view_width
            floor = COURSE.policy("diagram_label_min_px")
            assert rendered >= floor, (
                f"{svg.name}: its {smallest:g} px labels render at {rendered:.1f} px on a 360 px screen "
                f"(drawn {drawn:.0f} px wide from a viewBox {view_width:g} wide); the course policy "
                f"`diagram_label_min_px: {floor}` in {COURSE.shown()} asks for at least that: "
                "narrow the viewBox or enlarge the labels (or change the value there)"
            )
    finally:
        context.close()
