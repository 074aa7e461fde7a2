"""The offline copy works the way a reader uses it: `make offline` builds dist/course-offline.zip;
unzipped and opened from file:// in Chromium, a reader can follow a link to a lesson, search the
course and answer a quiz, and nothing is fetched from anywhere but the unzipped folder.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect
from site_html import read_page
from site_pages import lands_on_the_term

from conftest import ROOT, open_context

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def offline_copy(tmp_path_factory) -> Path:
    """The unzipped offline copy, built by the real `make offline` (into a temp zip, not dist/)."""
    out = tmp_path_factory.mktemp("offline")
    archive = out / "course-offline.zip"
    proc = subprocess.run(
        ["make", "--no-print-directory", "offline", f"OFFLINE_ZIP={archive}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, f"make offline failed:\n{proc.stdout}{proc.stderr}"
    with zipfile.ZipFile(archive) as zipped:
        assert {name.split("/")[0] for name in zipped.namelist()} == {"course-offline"}, "one top folder"
        zipped.extractall(out)
    return out / "course-offline"


def test_the_offline_copy_has_every_page_as_a_file(offline_copy):
    pages = sorted(offline_copy.rglob("*.html"))
    assert offline_copy / "index.html" in pages
    # No directory URLs: from file:// a link to "lessons/x/" opens a folder listing, not the page.
    folder_links = [
        f"{page.relative_to(offline_copy)}: {href}"
        for page in pages
        for href in read_page(page.read_text(encoding="utf-8")).links
        if not urlsplit(href).scheme and urlsplit(href).path.endswith("/")
    ]
    assert folder_links == []
    assert (offline_copy / "search" / "search_index.js").is_file(), "offline search needs the inlined index"


def test_a_reader_can_browse_search_and_answer_a_quiz_offline(browser, offline_copy):
    context = open_context(browser)
    page = context.new_page()
    try:
        page.goto((offline_copy / "index.html").as_uri(), wait_until="load")
        expect(page.get_by_role("heading", level=1).first).to_be_visible()

        # Follow a link in the home page's text to a lesson.
        lesson_link = page.get_by_role("main").get_by_role("link").and_(page.locator("[href*='lessons/']"))
        lesson_link.first.click()
        expect(page).to_have_url(re.compile(r"^file://.*/lessons/[^/]+\.html(#.*)?$"))
        expect(page.get_by_role("heading", level=1).first).to_be_visible()
        lesson_url = page.url

        # Search works without a server: Material's index is inlined as a script.
        search = page.get_by_role("textbox", name="Search")
        search.click()
        # Material shows this once its search worker has the index; it reads keystrokes, not fill().
        expect(page.get_by_text("Type to start searching")).to_be_attached(timeout=10_000)
        search.press_sequentially("alliance", delay=30)
        results = page.get_by_role("search").get_by_role("link")
        expect(results.first).to_be_visible(timeout=10_000)
        results.first.click()
        expect(page).to_have_url(re.compile(r"^file://.*\.html(\?h=alliance)?(#.*)?$"))

        # Answer the lesson's quiz: choose a radio, press Check, get feedback.
        page.goto(lesson_url, wait_until="load")
        main = page.get_by_role("main")  # the header's colour-scheme switches are radios too
        main.get_by_role("radio").first.check()
        main.get_by_role("button", name="Check", exact=True).first.click()
        expect(main.get_by_text(re.compile(r"^(Correct\.|Not quite)")).first).to_be_visible()

        assert context.log.external_requests() == []
        assert [url for url in context.log.requests if not url.startswith(("file:", "data:", "blob:"))] == []
        assert context.log.console_errors == []
    finally:
        context.close()


def test_the_practice_exam_runs_offline_from_the_questions_in_its_page(browser, offline_copy):
    # file:// cannot fetch, so the offline copy has no pool files: its exam page carries the questions.
    assert not (offline_copy / "assets" / "quiz" / "pool").exists()
    context = open_context(browser)
    page = context.new_page()
    try:
        page.goto((offline_copy / "practice" / "exam.html").as_uri(), wait_until="load")
        page.get_by_role("button", name="Start exam").click()
        expect(page.get_by_role("heading", name="Question 1 of 20")).to_be_focused()
        expect(page.get_by_role("group", name=re.compile(r"^Question 1\."))).to_be_visible()
        expect(page.get_by_role("alert")).to_have_count(0)
        assert context.log.console_errors == []
    finally:
        context.close()


def test_the_progress_page_counts_each_lesson_offline_from_the_questions_in_its_page(browser, offline_copy):
    context = open_context(browser)
    page = context.new_page()
    try:
        page.goto((offline_copy / "practice" / "progress.html").as_uri(), wait_until="load")
        rows = page.get_by_role("table").get_by_role("rowgroup").last.get_by_role("row")
        expect(rows.first).to_be_visible()
        assert rows.count() > 1
        mastered = rows.first.get_by_role("cell").nth(2)  # Best, Last attempt, Mastered, Due
        expect(mastered).to_have_text(re.compile(r"^0 of [1-9]\d*$"))
        expect(page.get_by_role("alert")).to_have_count(0)
        assert context.log.console_errors == []
    finally:
        context.close()


def test_a_glossary_term_found_by_search_offline_lands_on_the_term(browser, offline_copy):
    context = open_context(browser, viewport={"width": 1350, "height": 940})
    try:
        page = context.new_page()
        page.goto((offline_copy / "about.html").as_uri(), wait_until="load")
        lands_on_the_term(page, "glossary.html")
        assert context.log.console_errors == []
    finally:
        context.close()
