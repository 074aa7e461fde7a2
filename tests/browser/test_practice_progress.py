"""The progress page: export then import restores progress exactly; a malformed, foreign, oversized
or polluting file is refused and changes nothing; an import asks before it replaces or merges, leaves
out what this course lacks and reports a failed save; reset asks first; the table reads on a phone;
the page says so when storage is unavailable; and axe-core finds nothing (dialogs open included)."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from conftest import ROOT, describe_violations, open_context, run_axe
from quizkit.validate import load_and_check

pytestmark = pytest.mark.browser

LESSON = "lessons/01-what-is-the-alliance/"
PROGRESS = "practice/progress/"
KEY = "ta-course:v1:/"  # scoped to the site root (store.js)
# Exports carry the course's name (mkdocs.yml's site_name); an import must carry the same.
COURSE = re.search(r"^site_name:\s*(.+?)\s*(#.*)?$", (ROOT / "mkdocs.yml").read_text(), re.M).group(1)
NOT_IMPORTED = (
    "was not imported: it is not a progress file from this course, or it is damaged. "
    "Your progress is unchanged."
)


def stored(page):
    text = page.evaluate(f"localStorage.getItem('{KEY}')")
    return json.loads(text) if text else None


def lesson_one():
    return next(q for q in load_and_check([ROOT / "quizzes"]).quizzes if q.name == "01-what-is-the-alliance")


def make_progress(page, base_url: str, answers=((1, True), (2, False))) -> None:
    """Answer lesson 1's questions as a learner would: by default the first right, the second wrong."""
    quiz = lesson_one()
    page.goto(base_url + LESSON)
    for number, right in answers:
        group = page.get_by_role("group", name=f"Question {number}.")
        options = quiz.questions[number - 1].options()
        value = next(i for i, c in enumerate(options) if c.correct == right)
        # By its value, not its place: the question's set-up (lazy.js) may shuffle the choices
        # between finding a radio and checking it, and the nth radio is then another one.
        group.locator(f'input[type="radio"][value="{value}"]').check()
        group.get_by_role("button", name="Check").click()
    page.evaluate(
        "([key]) => { const d = JSON.parse(localStorage.getItem(key)); d.practice.target = 80;"
        " localStorage.setItem(key, JSON.stringify(d)); }",
        [KEY],
    )


RECORD = {"quiz": "01-what-is-the-alliance", "attempts": 1, "wrong": 0, "last": [0], "correct": True, "at": 5}


def progress_file(progress: dict, course: str = COURSE) -> bytes:
    return json.dumps({"format": "ta-course-progress", "course": course, "progress": progress}).encode()


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
    # The bank's size comes from the bank, so adding questions does not break this test.
    expect(row.get_by_role("cell").first).to_have_text(f"1 of {len(lesson_one().questions)}")

    with page.expect_download() as download:
        page.get_by_role("button", name="Export progress").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name.startswith("course-progress-") and saved.suffix == ".json"
    exported = json.loads(saved.read_text())
    assert exported["progress"] == before and exported["course"] == COURSE

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
    # The bank's size comes from the bank, so adding questions does not break this test.
    expect(row.get_by_role("cell").first).to_have_text(f"1 of {len(lesson_one().questions)}")
    page.reload()
    assert stored(page) == before  # valid on the next read too: nothing dropped


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b'{"some": "other app"}',
        progress_file({"version": 2}),
        progress_file({"version": 1, "questions": {}, "quizzes": {}, "review": {"x": {"step": 9}}}),
        progress_file({"version": 1, "questions": {}, "elsewhere": 1}),
        # JSON's 1e999 parses as Infinity; a record's time used to pass and be saved back as null.
        progress_file({"version": 1, "questions": {"q1": RECORD}, "quizzes": {}}).replace(
            b'"at": 5', b'"at": 1e999'
        ),
        # A valid record under "__proto__" used to pass validation and become the prototype of the map.
        progress_file({"version": 1, "questions": {"__proto__": RECORD}, "quizzes": {}}),
    ],
    ids=["not-json", "foreign", "future-version", "bad-queue-entry", "unknown-section", "infinity", "proto"],
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


def review_only(*ids: str) -> dict:
    return {"version": 1, "questions": {}, "quizzes": {}, "review": {i: {"step": 0, "due": 0} for i in ids}}


def test_an_import_names_what_it_would_replace_and_cancel_keeps_everything(page, base_url):
    make_progress(page, base_url)
    page.goto(base_url + PROGRESS)
    before = stored(page)
    import_file(page, "other.json", progress_file(review_only(lesson_one().questions[5].id)))
    dialog = page.get_by_role("dialog", name="Import this progress?")
    expect(dialog).to_contain_text(
        "This browser holds 2 answered questions, 1 question in the review queue and 0 practice exams."
    )
    expect(dialog).to_contain_text(
        "The file holds 0 answered questions, 1 question in the review queue and 0 practice exams."
    )
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()
    expect(page.get_by_role("status")).to_have_text(
        "“other.json” was not imported. Your progress is unchanged."
    )
    assert stored(page) == before


@pytest.mark.parametrize("choice", ["Replace", "Merge"])
def test_an_import_replaces_or_merges_as_the_learner_chooses(page, base_url, choice):
    make_progress(page, base_url)
    page.goto(base_url + PROGRESS)
    before = stored(page)
    other = lesson_one().questions[5].id
    import_file(page, "other.json", progress_file(review_only(other)))
    page.get_by_role("dialog", name="Import this progress?").get_by_role("button", name=choice).click()
    after = stored(page)
    if choice == "Replace":
        expect(page.get_by_role("status")).to_have_text("Progress imported from “other.json”.")
        assert after["questions"] == {} and set(after["review"]) == {other}
    else:
        expect(page.get_by_role("status")).to_have_text(
            "Progress from “other.json” was merged with this browser’s."
        )
        assert after["questions"] == before["questions"]
        assert set(after["review"]) == set(before["review"]) | {other}
        assert after["practice"]["target"] == 80


@pytest.mark.parametrize(
    ("course", "why"),
    [
        ("Another fork", "it is progress from another course."),
        (
            None,
            "it does not say which course it comes from (files exported before this version do not), "
            "so it cannot be checked.",
        ),
    ],
    ids=["other-course", "no-course"],
)
def test_progress_from_another_course_is_refused(page, base_url, course, why):
    make_progress(page, base_url)
    page.goto(base_url + PROGRESS)
    before = stored(page)
    content = json.loads(progress_file(review_only(lesson_one().questions[5].id), course=course))
    if course is None:
        del content["course"]
    import_file(page, "fork.json", json.dumps(content).encode())
    expect(page.get_by_role("status")).to_have_text(
        f"“fork.json” was not imported: {why} Your progress is unchanged."
    )
    assert stored(page) == before


def test_entries_for_questions_this_course_lacks_are_left_out_and_counted(page, base_url):
    page.goto(base_url + PROGRESS)
    import_file(page, "fork.json", progress_file(review_only(*(f"fork-{i}" for i in range(10)))))
    expect(page.get_by_role("status")).to_have_text(
        "Progress imported from “fork.json”. "
        "10 entries for questions this course does not have were left out."
    )
    expect(
        page.get_by_text("Review queue: 0 due today, 0 waiting for a later day, 0 mastered.")
    ).to_be_visible()
    assert stored(page)["review"] == {}


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(page, base_url):
    make_progress(page, base_url)
    page.goto(base_url + PROGRESS)
    before = stored(page)
    big = progress_file(review_only(*(f"x-{i:06d}" for i in range(180_000))))  # valid, and over 6 MB
    assert len(big) > 6_000_000
    import_file(page, "big.json", big)
    expect(page.get_by_role("status")).to_have_text(
        "“big.json” was not imported: it is larger than 1 MB, far more than any progress file. "
        "Your progress is unchanged."
    )
    assert stored(page) == before


# From now on every write fails, as when the browser's storage for the site is full.
FILL_STORAGE = (
    "() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; }"
)


def test_an_import_that_cannot_be_saved_says_so(page, base_url):
    page.goto(base_url + PROGRESS)
    page.evaluate(FILL_STORAGE)
    import_file(page, "mine.json", progress_file(review_only(lesson_one().questions[5].id)))
    expect(page.get_by_role("status")).to_have_text(
        "“mine.json” could not be saved in this browser (its storage may be full or blocked). "
        "Your progress is unchanged."
    )


def test_a_best_score_of_zero_shows_as_zero(page, base_url):
    make_progress(page, base_url, answers=((1, False),))
    page.goto(base_url + PROGRESS)
    row = page.get_by_role("row", name="What the therapeutic alliance is")
    expect(row.get_by_role("cell").first).to_have_text(f"0 of {len(lesson_one().questions)}")


# Words of a lesson title that the layout split across two lines (one Range, two line boxes).
SPLIT_WORDS = """(table) => [...table.querySelectorAll("th a")].flatMap((a) => {
  const text = a.firstChild;
  return [...text.data.matchAll(/\\S+/g)].filter((m) => {
    const range = document.createRange();
    range.setStart(text, m.index);
    range.setEnd(text, m.index + m[0].length);
    return range.getClientRects().length > 1;
  }).map((m) => m[0]);
})"""


def test_the_progress_table_fits_a_phone_without_breaking_words(browser, base_url):
    context = open_context(browser, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(base_url + PROGRESS)
        table = page.get_by_role("table", name="Progress by lesson")
        expect(table.get_by_role("rowheader").first).to_be_visible()
        cells = table.get_by_role("rowheader").all() + table.get_by_role("cell").all()
        assert len(cells) > 5
        for cell in cells:
            box = cell.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 360, f"{cell.inner_text()!r} is cut off"
        assert table.evaluate(SPLIT_WORDS) == []
    finally:
        context.close()
