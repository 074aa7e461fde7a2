"""The review queue across days, with the browser's clock under the test's control: a question missed
in a lesson quiz is due one day later (not before), a right answer in review moves it to three
days, a wrong one starts it over; and the review page passes axe-core."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect

from conftest import ROOT, describe_violations, open_context, run_axe
from quizkit.validate import load_and_check

pytestmark = pytest.mark.browser

LESSON = "lessons/01-what-is-the-alliance/"
REVIEW = "practice/review/"
KEY = "ta-course:v1:/"  # scoped to the site root (store.js)
MONDAY = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)


def midnight(day: int) -> int:
    """Milliseconds at 00:00 UTC on 2025-03-`day` (the context runs in UTC)."""
    return int(datetime(2025, 3, day, tzinfo=UTC).timestamp() * 1000)


def keys_of(qid: str) -> set[int]:
    for quiz in load_and_check([ROOT / "quizzes"]).quizzes:
        for q in quiz.questions:
            if q.id == qid:
                return {i for i, c in enumerate(q.options()) if c.correct}
    raise AssertionError(f"no question {qid!r} in the banks")


def radio_with(group, wanted):
    """The group's first radio whose value (the choice's index in the bank) is `wanted`, found by
    that value: a question's set-up may shuffle its choices, so the nth radio can change."""
    values = group.get_by_role("radio").evaluate_all("radios => radios.map((r) => Number(r.value))")
    value = next(v for v in values if wanted(v))
    return group.locator(f'input[type="radio"][value="{value}"]')


def first_question(page):
    return page.get_by_role("group", name=re.compile(r"^Question 1\."))


def answer_and_check(page, right: bool) -> str:
    """Answer the first question on the page by keyboard (right or wrong), press Check; its id."""
    group = first_question(page)
    qid = group.get_attribute("data-id")
    radio_with(group, lambda value: (value in keys_of(qid)) == right).focus()
    page.keyboard.press("Space")
    group.get_by_role("button", name="Check").focus()
    page.keyboard.press("Enter")
    expect(group.get_by_text("Correct." if right else "Not quite.", exact=True)).to_be_visible()
    return qid


def queue_entry(page, qid: str) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))["review"][qid]


def open_review(page, base_url: str, when: datetime) -> None:
    page.clock.set_system_time(when)
    page.goto(base_url + REVIEW)


@pytest.fixture
def utc_page(browser):
    context = open_context(browser, timezone_id="UTC")
    page = context.new_page()
    page.clock.install(time=MONDAY)
    yield page
    assert context.log.console_errors == []
    context.close()


def test_a_missed_question_is_due_after_a_day_promoted_when_right_reset_when_wrong(utc_page, base_url):
    page = utc_page
    page.goto(base_url + LESSON)
    qid = answer_and_check(page, right=False)
    assert queue_entry(page, qid) == {"step": 0, "due": midnight(4)}

    open_review(page, base_url, MONDAY.replace(hour=23, minute=59))  # same day: not yet
    expect(first_question(page)).to_have_count(0)
    expect(
        page.get_by_text(re.compile(r"^Nothing else is due today\. Next review: .*\(1 question\)\.$"))
    ).to_be_visible()

    open_review(page, base_url, datetime(2025, 3, 4, 0, 1, tzinfo=UTC))  # the next day: due
    expect(page.get_by_text("1 question due today; 0 answered so far.")).to_be_visible()
    assert first_question(page).get_attribute("data-id") == qid
    answer_and_check(page, right=True)
    expect(page.get_by_text(re.compile(r"^Next review: .*, in 3 days\.$"))).to_be_visible()
    assert queue_entry(page, qid) == {"step": 1, "due": midnight(7)}

    open_review(page, base_url, datetime(2025, 3, 6, 23, 59, tzinfo=UTC))  # two days on: not yet
    expect(first_question(page)).to_have_count(0)
    open_review(page, base_url, datetime(2025, 3, 7, 8, 0, tzinfo=UTC))  # three days on: due
    answer_and_check(page, right=False)
    expect(page.get_by_text("It starts over and comes back tomorrow.")).to_be_visible()
    assert queue_entry(page, qid) == {"step": 0, "due": midnight(8)}


def test_right_answers_after_one_three_and_seven_days_master_a_question(utc_page, base_url):
    page = utc_page
    page.goto(base_url + LESSON)
    qid = answer_and_check(page, right=False)
    day = MONDAY
    for wait in (1, 3, 7):
        day += timedelta(days=wait)
        open_review(page, base_url, day)
        answer_and_check(page, right=True)
    # exact: the live region's announcement can hold the same sentence once it has been spoken.
    expect(page.get_by_text("Mastered: this question leaves your review queue.", exact=True)).to_be_visible()
    assert queue_entry(page, qid) == {"step": 3, "due": None}
    open_review(page, base_url, day + timedelta(days=30))
    expect(page.get_by_text(re.compile(r"^Your review queue is empty\."))).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_review_page_passes_axe(browser, base_url, scheme):
    # No fake clock here: Material lays out its sidebar in animation frames, which a paused clock holds.
    context = open_context(browser, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(base_url + REVIEW)
        assert not (v := run_axe(page)), f"empty queue:\n{describe_violations(v)}"
        due = {
            "version": 1,
            "questions": {},
            "quizzes": {},
            "review": {"l01-definition-core": {"step": 0, "due": 0}},
        }
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(due)])
        page.reload()
        assert not (v := run_axe(page)), f"one due:\n{describe_violations(v)}"
        answer_and_check(page, right=True)
        page.evaluate("Promise.all(document.getAnimations().map((a) => a.finished))")  # fade-ins done
        assert not (v := run_axe(page)), f"answered:\n{describe_violations(v)}"
        assert context.log.console_errors == []
    finally:
        context.close()


def seed(page, base_url: str, review: dict) -> None:
    page.goto(base_url + REVIEW)
    data = {"version": 1, "questions": {}, "quizzes": {}, "review": review}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(data)])
    page.reload()


def test_check_keeps_the_question_in_place_on_a_phone(browser, base_url):
    context = open_context(browser, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        seed(page, base_url, {"l01-definition-core": {"step": 0, "due": 0}})
        group = first_question(page)
        keys = keys_of("l01-definition-core")
        wrong = radio_with(group, lambda value: value not in keys)
        wrong.focus()
        page.keyboard.press("Space")
        group.get_by_role("button", name="Check").focus()
        before = wrong.bounding_box()["y"]
        page.keyboard.press("Enter")
        expect(group.get_by_text("Not quite.", exact=True)).to_be_visible()
        # The chosen answer stays where it was on the screen; its feedback appears beneath it.
        assert abs(wrong.bounding_box()["y"] - before) <= 2, "the chosen answer moved on Check"
        box = wrong.bounding_box()  # the chosen answer has not been scrolled out of sight
        assert box["y"] >= 0 and box["y"] + box["height"] <= 740
        assert "Not quite." in page.evaluate("document.activeElement.textContent")  # focus on the verdict
        assert context.log.console_errors == []
    finally:
        context.close()


def test_queue_keys_named_like_object_methods_do_not_break_the_page(page, context, base_url):
    due = {"step": 0, "due": 0}
    seed(page, base_url, {"toString": due, "constructor": due, "valueOf": due, "l01-definition-core": due})
    expect(page.get_by_text("1 question due today; 0 answered so far.")).to_be_visible()
    assert first_question(page).get_attribute("data-id") == "l01-definition-core"
    assert context.log.console_errors == []
