"""The progress page: export then import restores progress exactly, a malformed or foreign file is
refused and changes nothing, reset asks first, the page says so when storage is unavailable, and
axe-core finds nothing (dialog open included)."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from conftest import ROOT, describe_violations, open_context, run_axe
from quizkit.validate import load_and_check

pytestmark = pytest.mark.browser

LESSON = "lessons/01-what-is-the-alliance/"
PROGRESS = "practice/progress/"
KEY = "ta-course:v1:/"  # scoped to the site root (store.js)
NOT_IMPORTED = (
    "was not imported: it is not a progress file from this course, or it is damaged. "
    "Your progress is unchanged."
)


def stored(page):
    text = page.evaluate(f"localStorage.getItem('{KEY}')")
    return json.loads(text) if text else None


def make_progress(page, base_url: str) -> None:
    """Answer lesson 1's first two questions, one right and one wrong, as a learner would."""
    quiz = next(q for q in load_and_check([ROOT / "quizzes"]).quizzes if q.name == "01-what-is-the-alliance")
    page.goto(base_url + LESSON)
    for number, right in ((1, True), (2, False)):
        group = page.get_by_role("group", name=f"Question {number}.")
        keys = {i for i, c in enumerate(quiz.questions[number - 1].options()) if c.correct}
        for radio in group.get_by_role("radio").all():
            if (int(radio.get_attribute("value")) in keys) == right:
                radio.check()
                break
        group.get_by_role("button", name="Check").click()
    page.evaluate(
        "([key]) => { const d = JSON.parse(localStorage.getItem(key)); d.practice.target = 80;"
        " localStorage.setItem(key, JSON.stringify(d)); }",
        [KEY],
    )


def import_file(page, name: str, content: bytes) -> None:
    page.get_by_label("Import progress from a file").set_input_files(
        files=[{"name": name, "mimeType": "application/json", "buffer": content}]
    )


def test_export_then_import_restores_progress_exactly(page, base_url, tmp_path):
    make_progress(page, base_url)
    page.goto(base_url + PROGRESS)
    before = stored(page)
    assert before["review"] and before["practice"]["best"] == {"01-what-is-the-alliance": 1}
    row = page.get_by_role("row", name="What the therapeutic alliance is")
    expect(row.get_by_role("cell").first).to_have_text("1 of 15")

    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name.startswith("course-progress-") and saved.suffix == ".json"
    assert json.loads(saved.read_text())["progress"] == before

    page.get_by_role("button", name="Reset all progress…").click()
    dialog = page.get_by_role("dialog", name="Reset all progress?")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Reset everything").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_role("status")).to_have_text("All progress in this browser was reset.")
    assert stored(page) == {"version": 1, "questions": {}, "quizzes": {}}
    expect(row.get_by_role("cell").first).to_have_text("Not yet")

    page.get_by_label("Import progress from a file").set_input_files(saved)
    expect(page.get_by_role("status")).to_have_text(f"Progress imported from “{saved.name}”.")
    assert stored(page) == before
    expect(row.get_by_role("cell").first).to_have_text("1 of 15")
    page.reload()
    assert stored(page) == before  # valid on the next read too: nothing dropped


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"some": "other app"}',
        json.dumps({"format": "ta-course-progress", "progress": {"version": 2}}).encode(),
        json.dumps(
            {
                "format": "ta-course-progress",
                "progress": {"version": 1, "questions": {}, "quizzes": {}, "review": {"x": {"step": 9}}},
            }
        ).encode(),
        json.dumps(
            {"format": "ta-course-progress", "progress": {"version": 1, "questions": {}, "elsewhere": 1}}
        ).encode(),
    ],
    ids=["not-json", "foreign", "future-version", "bad-queue-entry", "unknown-section"],
)
def test_a_malformed_or_foreign_import_is_refused_and_changes_nothing(page, base_url, content):
    make_progress(page, base_url)
    page.goto(base_url + PROGRESS)
    before = stored(page)
    import_file(page, "progress.json", content)
    expect(page.get_by_role("status")).to_have_text(f"“progress.json” {NOT_IMPORTED}")
    assert stored(page) == before


def test_cancelling_reset_keeps_everything(page, base_url):
    make_progress(page, base_url)
    page.goto(base_url + PROGRESS)
    before = stored(page)
    opener = page.get_by_role("button", name="Reset all progress…")
    opener.click()
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog", name="Reset all progress?")).to_be_hidden()
    expect(opener).to_be_focused()
    assert stored(page) == before


def test_without_storage_the_page_says_progress_will_not_be_kept(browser, base_url):
    context = open_context(browser)
    refuse = "get() { throw new DOMException('blocked', 'SecurityError'); }"
    context.add_init_script(f"Object.defineProperty(window, 'localStorage', {{{refuse}}});")
    page = context.new_page()
    try:
        page.goto(base_url + PROGRESS)
        expect(page.get_by_role("note")).to_contain_text("your progress will not be kept")
        expect(page.get_by_role("table", name="Progress by lesson")).to_be_visible()
        # Material's own scripts log the blocked storage on every page; nothing else may fail.
        assert set(context.log.console_errors) <= {"blocked"}
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_progress_page_passes_axe(browser, base_url, scheme):
    context = open_context(browser, color_scheme=scheme)
    page = context.new_page()
    try:
        make_progress(page, base_url)
        page.goto(base_url + PROGRESS)
        assert not (v := run_axe(page)), f"progress:\n{describe_violations(v)}"
        page.get_by_role("button", name="Reset all progress…").click()
        assert not (v := run_axe(page)), f"reset dialog:\n{describe_violations(v)}"
        assert context.log.console_errors == []
        assert context.log.external_requests() == []
    finally:
        context.close()
