"""With Material's instant navigation (pages swapped without a reload) the quiz still comes to
life: the theme override then puts the quiz assets on every page, and quiz.js runs on each `document$`."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from quiz_site import FIXTURE_CONFIG, question

from conftest import ROOT, build_site, serve_directory

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def instant_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("instant")
    (folder / "site").mkdir()
    url, server = serve_directory(folder / "site")  # first, so site_url can name the real port
    fixture = FIXTURE_CONFIG.parent
    (folder / "mkdocs.yml").write_text(
        f"INHERIT: {FIXTURE_CONFIG}\n"
        f"docs_dir: {fixture / 'docs'}\n"
        f"site_url: {url}\n"  # instant navigation only follows links its sitemap lists
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\n  features: [navigation.instant]\n",
        encoding="utf-8",
    )
    # The course file beside that config (the extension looks there), naming the fixture's folders.
    course = (fixture / "course.yml").read_text(encoding="utf-8")
    course = course.replace("quizzes: banks", f"quizzes: {fixture / 'banks'}")
    (folder / "course.yml").write_text(course.replace("docs: docs", f"docs: {fixture / 'docs'}"), "utf-8")
    build = build_site(folder / "site", "-f", str(folder / "mkdocs.yml"))
    assert build.returncode == 0, build.log
    yield url
    server.shutdown()


def test_quiz_works_after_an_instant_navigation(page, context, instant_url):
    page.goto(instant_url)
    loads = []
    page.on("load", lambda _: loads.append(page.url))
    page.get_by_role("link", name="sample lesson", exact=True).click()
    page.wait_for_url("**/lessons/sample/")
    q1 = question(page, 1)
    q1.get_by_role("radio", name="The rules that set how sessions are scheduled").check()
    q1.get_by_role("button", name="Check").click()
    expect(q1.get_by_text("Your answer: incorrect")).to_be_visible()
    assert loads == [], "the click should have been an instant navigation, not a page load"
    assert context.log.console_errors == []


@pytest.fixture(scope="module")
def instant_course_url(tmp_path_factory):
    """The real course with instant navigation on, as a teacher may turn it on."""
    folder = tmp_path_factory.mktemp("instant-course")
    (folder / "site").mkdir()
    url, server = serve_directory(folder / "site")
    (folder / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"docs_dir: {ROOT / 'docs'}\n"
        f"site_url: {url}\n"
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\n  features: [navigation.instant]\n",
        encoding="utf-8",
    )
    course = (ROOT / "course.yml").read_text(encoding="utf-8")
    course = course.replace("quizzes: quizzes", f"quizzes: {ROOT / 'quizzes'}")
    (folder / "course.yml").write_text(course.replace("docs: docs", f"docs: {ROOT / 'docs'}"), "utf-8")
    build = build_site(folder / "site", "-f", str(folder / "mkdocs.yml"))
    assert build.returncode == 0, build.log
    yield url
    server.shutdown()


def test_the_practice_exam_works_after_an_instant_navigation(page, context, instant_course_url):
    # The page's data (lesson names, the pool's address) must survive the swap: an inline JSON
    # <script> is re-created as an executable one, which the CSP blocks and which left no data.
    page.goto(instant_course_url)
    loads = []
    page.on("load", lambda _: loads.append(page.url))
    page.locator(".md-content a[href$='practice/exam/']").first.click()
    page.wait_for_url("**/practice/exam/")
    page.get_by_role("button", name="Start exam").click()
    expect(page.locator(".ta-q").first).to_be_visible()
    assert page.locator(".ta-q").count() >= 10
    assert loads == [], "the click should have been an instant navigation, not a page load"
    assert context.log.console_errors == []
