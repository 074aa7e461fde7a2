"""A lesson quiz sets each question up as it nears the viewport, or when the page is idle (lazy.js),
so a long quiz never blocks the page while it loads (issue 16: Lighthouse's total blocking time).
A question the reader scrolls, links, or tabs to is ready when they get there, with its saved
answer, and taking its controls moves nothing on the page.

A small window (400 x 300) puts the fixture lesson's quiz more than a screen below the top. Most
tests stop the idle slices (requestIdleCallback never calls back), so only what the reader does
sets a question up."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect
from quiz_site import LESSON, STORAGE_KEY, question, quiz_form, quiz_site, quiz_url  # noqa: F401

pytestmark = pytest.mark.browser

SMALL = {"width": 400, "height": 300}
NEVER_IDLE = "window.requestIdleCallback = () => 0;"
# Layout shifts as the page reports them, from the start (buffered), less those that follow the
# reader's own input (as Lighthouse's cumulative layout shift counts them).
WATCH_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => {
  if (!e.hadRecentInput) window.__shifts.push(e.value);
})).observe({type: "layout-shift", buffered: true});
"""
LAST = 4  # the fixture quiz's last question
KEY_1 = "The collaborative working relationship of client and therapist"
KEY_LAST = "Asking the client what they want to be different"


@pytest.fixture
def small(context):
    page = context.new_page()
    page.set_viewport_size(SMALL)
    return page


def check_button(page, number: int):
    return question(page, number).get_by_role("button", name="Check")


def heights(page) -> list[float]:
    return page.evaluate(
        "[...document.querySelectorAll('fieldset.ta-q')].map((q) => q.getBoundingClientRect().height)"
    )


def test_far_questions_wait_until_the_reader_scrolls_to_them_and_nothing_moves(small, context, quiz_url):  # noqa: F811
    small.add_init_script(NEVER_IDLE + WATCH_SHIFTS)
    small.goto(quiz_url + LESSON)
    # Set-up alone is measured: a question out of sight keeps a placeholder's height until shown
    # (content-visibility in quiz.css; tests/browser/test_quiz_offscreen.py), not its own.
    small.evaluate(
        "document.querySelectorAll('fieldset.ta-q').forEach((q) => (q.style.contentVisibility = 'visible'))"
    )
    expect(quiz_form(small)).to_have_class("ta-quiz ta-quiz--js")
    small.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    for number in range(1, LAST + 1):
        expect(check_button(small, number)).to_have_count(0)
    before = heights(small)

    small.mouse.wheel(0, 4000)  # a reader's scroll, down to the end of the quiz
    expect(check_button(small, LAST)).to_be_visible()
    check_button(small, LAST).scroll_into_view_if_needed()
    question(small, LAST).get_by_role("radio", name=KEY_LAST).check()
    check_button(small, LAST).click()
    expect(question(small, LAST).get_by_text("Your answer: correct")).to_be_visible()
    # Every question set up on the way kept the height it had before (the room for Check was kept).
    after = heights(small)
    pairs = enumerate(zip(before, after, strict=True), start=1)
    grown = [number for number, (a, b) in pairs if abs(a - b) > 0.5 and number != LAST]
    assert grown == [], f"questions {grown} changed height when set up"
    assert sum(small.evaluate("window.__shifts")) < 0.001
    assert context.log.console_errors == []


def test_saved_answers_count_at_once_and_show_when_their_question_is_reached(small, quiz_url):  # noqa: F811
    record = {"quiz": "sample", "attempts": 1, "wrong": 0, "last": [1], "correct": True, "at": 1}
    small.goto(quiz_url)
    small.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        [STORAGE_KEY, json.dumps({"version": 1, "questions": {"fx-definition": record}, "quizzes": {}})],
    )
    small.add_init_script(NEVER_IDLE)
    small.goto(quiz_url + LESSON)
    expect(quiz_form(small).get_by_text("Answered 1 of 4, 1 correct.")).to_be_visible()
    expect(question(small, 1).get_by_text("Your answer: correct")).to_have_count(0)  # not set up yet
    question(small, 1).scroll_into_view_if_needed()
    expect(question(small, 1).get_by_text("Your answer: correct")).to_be_visible()
    expect(question(small, 1).get_by_role("radio", name=KEY_1)).to_be_checked()


def test_a_link_to_a_question_lands_on_a_ready_question(small, quiz_url):  # noqa: F811
    small.add_init_script(NEVER_IDLE)
    small.goto(quiz_url + LESSON + "#q-fx-markdown")
    expect(check_button(small, LAST)).to_be_visible()
    expect(check_button(small, 1)).to_have_count(0)  # more than a screen above the link's target
    # A link followed within the page: the question is ready by the time the page says the hash
    # changed (this listener runs after quiz.js's own).
    ready = small.evaluate(
        """() => new Promise((done) => {
             const ready = () => !!document.querySelector("#q-fx-definition .ta-q__actions");
             addEventListener("hashchange", () => done(ready()), {once: true});
             location.hash = "#q-fx-definition";
           })"""
    )
    assert ready


def test_keyboard_focus_sets_a_question_up_and_keeps_the_focused_choice(small, quiz_url):  # noqa: F811
    small.add_init_script(NEVER_IDLE)
    small.goto(quiz_url + LESSON)
    expect(quiz_form(small)).to_have_class("ta-quiz ta-quiz--js")
    # Focus without scrolling: no observer sees the question come near, only the focus does.
    state = small.evaluate(
        """() => { const input = document.querySelector("#q-fx-parts input");
                   input.focus({preventScroll: true});
                   const ready = !!document.querySelector("#q-fx-parts .ta-q__actions");
                   return [ready, document.activeElement === input]; }"""
    )
    assert state == [True, True]
    small.keyboard.press("Space")
    expect(question(small, 2).get_by_role("checkbox").first).to_be_checked()


def test_idle_moments_set_up_every_question_without_scrolling(small, context, quiz_url):  # noqa: F811
    small.goto(quiz_url + LESSON)
    for number in range(1, LAST + 1):
        expect(check_button(small, number)).to_have_count(1)
    assert small.evaluate("scrollY") == 0
    assert context.log.console_errors == []


def test_a_hash_that_names_nothing_leaves_the_quiz_working(page, context, quiz_url):  # noqa: F811
    page.goto(quiz_url + LESSON + "#%E0%A4%A")  # not valid percent-encoding
    question(page, 1).get_by_role("radio", name=KEY_1).check()
    check_button(page, 1).click()
    expect(question(page, 1).get_by_text("Your answer: correct")).to_be_visible()
    assert context.log.console_errors == []


ORDER = "(q) => [...q.querySelectorAll('.ta-choice')].map((li) => Number(li.dataset.index))"


def test_a_question_on_screen_when_set_up_keeps_its_order_one_set_up_ahead_is_shuffled(small, quiz_url):  # noqa: F811
    # A known shuffle (Math.random always 0 moves every choice), so "shuffled" is certain.
    small.add_init_script(NEVER_IDLE + "Math.random = () => 0;")
    small.goto(quiz_url + LESSON + "#q-fx-markdown")
    expect(check_button(small, LAST)).to_be_visible()
    # The link landed on it: the reader may be reading it, so its choices did not move.
    linked = question(small, LAST).evaluate(ORDER)
    assert linked == sorted(linked) and len(linked) >= 3
    # Question 1, a screen and more above, is set up as the reader scrolls towards it, before
    # it shows: shuffled, as a lesson's questions are.
    expect(check_button(small, 1)).to_have_count(0)
    for _ in range(60):
        if check_button(small, 1).count():
            break
        small.mouse.wheel(0, -60)
        small.wait_for_timeout(50)
    first = question(small, 1).evaluate(ORDER)
    assert first != sorted(first)
