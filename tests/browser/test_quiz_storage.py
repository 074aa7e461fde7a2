"""Progress in localStorage: one versioned key, validated on read; bad data is dropped with a
notice and no console error, and a browser that refuses storage still runs the quiz."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect
from quiz_site import HOSTILE, LESSON, STORAGE_KEY, question, quiz_form, quiz_site, quiz_url  # noqa: F401

from conftest import open_context, serve_directory

pytestmark = pytest.mark.browser

KEY_1 = "The collaborative working relationship of client and therapist"
DROPPED = "Saved progress in this browser could not be read in full, so the unreadable part was cleared."
WRONG_1 = "The rules that set how sessions are scheduled"
GOOD_RECORD = {"quiz": "sample", "attempts": 1, "wrong": 0, "last": [1], "correct": True, "at": 1}


def seed(page, url: str, value: str) -> None:
    """Open the site, write `value` under the course's key, then load the lesson."""
    page.goto(url)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, value])
    page.goto(url + LESSON)


def stored(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')"))


def answer_first_question(page) -> None:
    question(page, 1).get_by_role("radio", name=KEY_1).check()
    question(page, 1).get_by_role("button", name="Check").click()
    expect(question(page, 1).get_by_text("Your answer: correct")).to_be_visible()


@pytest.mark.parametrize(
    "value",
    [
        "{not json",
        "null",
        "[1, 2, 3]",
        json.dumps({"version": 99, "questions": {}}),
        json.dumps({"version": 1, "questions": {"fx-definition": {"attempts": "many"}}}),
        json.dumps({"version": 1, "questions": [], "quizzes": {}}),
    ],
    ids=["not-json", "null", "array", "future-version", "bad-record", "wrong-type"],
)
def test_corrupt_or_foreign_data_is_dropped_with_a_notice(page, context, quiz_url, value):  # noqa: F811
    seed(page, quiz_url, value)
    expect(quiz_form(page).get_by_role("note")).to_have_text(DROPPED)
    answer_first_question(page)
    data = stored(page)
    assert data["version"] == 1 and data["questions"]["fx-definition"]["correct"] is True
    page.reload()
    expect(quiz_form(page).get_by_role("note")).to_have_count(0)  # dropped once, not every visit
    assert context.log.console_errors == []


def test_good_records_survive_next_to_a_bad_one(page, quiz_url):  # noqa: F811
    data = {
        "version": 1,
        "questions": {"fx-definition": GOOD_RECORD, "fx-parts": {"last": "x"}},
        "quizzes": {},
    }
    seed(page, quiz_url, json.dumps(data))
    expect(quiz_form(page).get_by_role("note")).to_have_text(DROPPED)
    expect(question(page, 1).get_by_role("radio", name=KEY_1)).to_be_checked()
    assert "fx-parts" not in stored(page)["questions"]


def test_sections_of_other_scripts_are_kept(page, context, quiz_url):  # noqa: F811
    data = {"version": 1, "questions": {}, "quizzes": {}, "reviews": {"fx-definition": {"due": 3}}}
    seed(page, quiz_url, json.dumps(data))
    expect(quiz_form(page).get_by_role("note")).to_have_count(0)
    answer_first_question(page)
    assert stored(page)["reviews"] == {"fx-definition": {"due": 3}}
    assert context.log.console_errors == []


def test_a_record_that_no_longer_fits_the_bank_is_ignored(page, quiz_url):  # noqa: F811
    record = dict(GOOD_RECORD, last=[7])  # a choice the question no longer has
    seed(page, quiz_url, json.dumps({"version": 1, "questions": {"fx-definition": record}, "quizzes": {}}))
    expect(question(page, 1).get_by_role("button", name="Check")).to_be_visible()
    expect(quiz_form(page).get_by_text("Answered 0 of 4, 0 correct.")).to_be_visible()


# Storage switched off (as with cookies blocked): touching localStorage throws.
BLOCK_STORAGE = """
Object.defineProperty(window, "localStorage", {
  get() { throw new DOMException("The user has blocked storage", "SecurityError"); },
});
"""


def test_without_storage_the_quiz_still_works_and_says_so(browser, quiz_url):  # noqa: F811
    context = open_context(browser)
    context.add_init_script(BLOCK_STORAGE)
    try:
        page = context.new_page()
        page.goto(quiz_url + LESSON)
        expect(quiz_form(page).get_by_role("note")).to_contain_text("progress will not be kept")
        question(page, 1).get_by_role("radio", name=WRONG_1).check()
        question(page, 1).get_by_role("button", name="Check").click()
        expect(quiz_form(page).get_by_text("Answered 1 of 4, 0 correct.")).to_be_visible()
        question(page, 1).get_by_role("button", name="Try again").click()
        expect(quiz_form(page).get_by_text("Answered 0 of 4, 0 correct.")).to_be_visible()
        quiz_errors = [e for e in context.log.console_errors if "assets/quiz/" in e]
        assert quiz_errors == []
    finally:
        context.close()


def test_a_failed_save_is_reported_in_the_quiz(page, quiz_url):  # noqa: F811
    page.goto(quiz_url + LESSON)
    page.evaluate(  # from now on every write fails, as when the site's storage is full
        "() => { Storage.prototype.setItem = () => {"
        " throw new DOMException('full', 'QuotaExceededError'); }; }"
    )
    answer_first_question(page)
    expect(quiz_form(page).get_by_role("alert")).to_contain_text(
        "Your latest progress could not be saved: this browser's storage for the site is full."
    )


def test_a_proto_section_in_storage_is_dropped_and_the_quiz_works(page, context, quiz_url):  # noqa: F811
    seed(page, quiz_url, '{"version": 1, "__proto__": {"questions": {"fx-definition": "x"}, "quizzes": {}}}')
    expect(quiz_form(page).get_by_role("note")).to_have_text(DROPPED)
    answer_first_question(page)
    assert stored(page)["questions"]["fx-definition"]["correct"] is True
    assert context.log.console_errors == []


def test_a_question_id_named_like_an_object_member_is_saved(page, context, quiz_url):  # noqa: F811
    page.goto(quiz_url + HOSTILE)
    q2 = question(page, 2)
    q2.get_by_role("radio", name="False").check()
    q2.get_by_role("button", name="Check").click()
    expect(q2.get_by_text("Your answer: incorrect")).to_be_visible()
    page.reload()
    expect(question(page, 2).get_by_role("radio", name="False")).to_be_checked()
    assert stored(page)["questions"]["constructor"]["correct"] is False
    assert context.log.console_errors == []


OLD_KEY = "ta-course:v1"  # the one key every course on a host shared before keys were scoped


def test_progress_under_the_old_key_moves_to_the_scoped_key_once(page, quiz_url):  # noqa: F811
    old = {"version": 1, "questions": {"fx-definition": GOOD_RECORD}, "quizzes": {}}
    page.goto(quiz_url)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [OLD_KEY, json.dumps(old)])
    page.goto(quiz_url + LESSON)
    expect(question(page, 1).get_by_role("radio", name=KEY_1)).to_be_checked()
    assert stored(page)["questions"] == old["questions"]
    page.get_by_role("button", name="Reset").click()
    page.get_by_role("dialog", name="Reset this quiz?").get_by_role("button", name="Reset answers").click()
    page.reload()  # the old copy is not read again: the reset holds
    expect(quiz_form(page).get_by_text("Answered 0 of 4, 0 correct.")).to_be_visible()


@pytest.fixture(scope="module")
def two_courses(quiz_site, tmp_path_factory):  # noqa: F811
    """Two copies of the course on one host, as two forks at user.github.io/a/ and /b/."""
    top = tmp_path_factory.mktemp("host")
    for name in ("a", "b"):
        (top / name).symlink_to(quiz_site, target_is_directory=True)
    url, server = serve_directory(top)
    yield url
    server.shutdown()


def test_two_courses_on_one_host_keep_their_progress_apart(page, two_courses):
    page.goto(two_courses + "a/" + LESSON)
    answer_first_question(page)
    page.goto(two_courses + "b/" + LESSON)
    expect(quiz_form(page).get_by_text("Answered 0 of 4, 0 correct.")).to_be_visible()
    page.goto(two_courses + "a/" + LESSON)
    expect(quiz_form(page).get_by_text("Answered 1 of 4, 1 correct.")).to_be_visible()
