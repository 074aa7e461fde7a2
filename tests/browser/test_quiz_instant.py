"""With Material's instant navigation (pages swapped without a reload) the quiz still comes to
life: the theme override then puts the quiz assets on every page, and quiz.js runs on each `document$`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from quiz_site import FIXTURE_CONFIG, question

from conftest import ROOT, build_site, serve_directory

pytestmark = pytest.mark.browser


def instant_site(folder: Path, config: Path, docs: Path, quizzes: Path):
    """Builds `config`'s site with instant navigation on, as a teacher may turn it on, and serves
    it; the course file beside the new config (the extension looks there) names `docs` and `quizzes`."""
    (folder / "site").mkdir()
    url, server = serve_directory(folder / "site")  # first, so site_url can name the real port
    (folder / "mkdocs.yml").write_text(
        f"INHERIT: {config}\n"
        f"docs_dir: {docs}\n"
        f"site_url: {url}\n"  # instant navigation only follows links its sitemap lists
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\n  features: [navigation.instant]\n",
        encoding="utf-8",
    )
    course = (config.parent / "course.yml").read_text(encoding="utf-8")
    course = re.sub(r"(?m)^quizzes: \S+", f"quizzes: {quizzes}", course)
    (folder / "course.yml").write_text(re.sub(r"(?m)^docs: \S+", f"docs: {docs}", course), "utf-8")
    build = build_site(folder / "site", "-f", str(folder / "mkdocs.yml"))
    assert build.returncode == 0, build.log
    return url, server


@pytest.fixture(scope="module")
def instant_url(tmp_path_factory):
    fixture = FIXTURE_CONFIG.parent
    url, server = instant_site(
        tmp_path_factory.mktemp("instant"), FIXTURE_CONFIG, fixture / "docs", fixture / "banks"
    )
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
    """The real course, practice pages and all."""
    url, server = instant_site(
        tmp_path_factory.mktemp("instant-course"), ROOT / "mkdocs.yml", ROOT / "docs", ROOT / "quizzes"
    )
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
