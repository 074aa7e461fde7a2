"""The course works the same whichever generator builds it (issue 13): built by MkDocs and by
Zensical, a lesson quiz answers, its "Review in the lesson" link lands on the lesson's heading,
and the practice exam starts with questions whose lesson links land too."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from quiz_site import LESSON, question

from conftest import ROOT, served
from quizkit.config import read_site_config

# The practice page's data: an inert <template> island (quizkit/island.py).
PRACTICE_DATA = "JSON.parse(document.querySelector('template.ta-practice__data').content.textContent)"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def fixture_url(generator) -> str:
    return served(f"fixture-{generator}")


@pytest.fixture(scope="session")
def course_url(generator) -> str:
    return served(f"course-{generator}")


def test_a_lesson_quiz_answers(page, context, fixture_url):
    page.goto(fixture_url + LESSON)
    first = question(page, 1)
    first.get_by_role("radio", name="The collaborative working relationship of client and therapist").check()
    first.get_by_role("button", name="Check").click()
    expect(first.get_by_text("Your answer: correct")).to_be_visible()
    assert context.log.console_errors == []


def follow(page, link) -> None:
    """Go where a quiz's link points (it sits in the answer details) and find its heading."""
    href = link.evaluate("a => a.href")  # resolved: pool questions' links come absolute (pool.js)
    assert ".md" not in href, f"the generator left a source link unrewritten: {href}"
    page.goto(href)
    anchor = href.partition("#")[2]
    expect(page.locator(f"[id='{anchor}']")).to_have_count(1)


def test_a_quizs_lesson_link_lands_on_the_heading(page, fixture_url):
    page.goto(fixture_url + "hostile/")
    link = question(page, 1).locator(".ta-source").first
    assert link.get_attribute("href") == "../lessons/sample/#what-the-alliance-is"
    follow(page, link)


def test_the_practice_exam_starts_and_its_links_land(page, context, course_url):
    page.goto(course_url + "practice/exam/")
    data = page.evaluate(PRACTICE_DATA)
    assert data["course"] == read_site_config(ROOT / "mkdocs.yml")["site_name"]  # from either generator
    page.get_by_role("button", name="Start exam").click()
    expect(page.get_by_role("heading", name="Question 1 of 20")).to_be_visible()
    link = page.locator(".ta-q .ta-source").first
    assert link.evaluate("a => a.href").startswith(course_url + "lessons/")
    errors = list(context.log.console_errors)
    follow(page, link)
    assert errors == []


def test_the_home_page_course_map_lists_the_nav_lessons_and_links_land(page, course_url):
    # Drawn by the Markdown extension from the config's nav, which each generator hands over in
    # its own form (MkDocs as written, Zensical converted).
    nav = read_site_config(ROOT / "mkdocs.yml")["nav"]
    lessons = next(
        section["Lessons"] for section in nav if isinstance(section, dict) and "Lessons" in section
    )
    page.goto(course_url)
    links = page.locator(".ta-course-map").get_by_role("link")
    expect(links).to_have_count(len(lessons))
    expect(links.first).to_have_text(re.compile(r"^Lesson 1: "))
    links.last.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"Lesson {len(lessons)}: ")
