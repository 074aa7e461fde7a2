"""Taking a quiz as a learner does: by keyboard, by pointer, trying again, retrying the missed
questions, resetting, and coming back later (found by role and name, never by CSS class)."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect
from quiz_site import LESSON, STORAGE_KEY, choose_by_keyboard, question, quiz_form, quiz_url  # noqa: F401

from conftest import open_context

pytestmark = pytest.mark.browser

KEY_1 = "The collaborative working relationship of client and therapist"
WRONG_1 = "The rules that set how sessions are scheduled"


@pytest.fixture
def lesson(page, quiz_url):  # noqa: F811
    page.goto(quiz_url + LESSON)
    return page


def stored(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{STORAGE_KEY}')") or "{}")


def test_keyboard_only_nothing_is_marked_until_check(lesson, context):
    q1 = question(lesson, 1)
    live = quiz_form(lesson).get_by_role("status")
    lesson.get_by_role("heading", name="Check your understanding").get_by_role("link").focus()
    lesson.keyboard.press("Tab")
    assert lesson.evaluate("document.activeElement.type") == "radio"
    assert lesson.evaluate("document.activeElement.closest('fieldset').dataset.id") == "fx-definition"

    choose_by_keyboard(lesson, WRONG_1)
    expect(q1.get_by_role("radio", name=WRONG_1)).to_be_checked()
    expect(q1.get_by_text("Your answer")).to_have_count(0)
    expect(live).to_have_text("")
    assert stored(lesson) == {}

    lesson.keyboard.press("Enter")  # Enter on a choice is not a Check either
    expect(q1.get_by_text("Your answer")).to_have_count(0)

    lesson.keyboard.press("Tab")
    expect(q1.get_by_role("button", name="Check")).to_be_focused()
    lesson.keyboard.press("Enter")

    expect(q1.get_by_text("Your answer: incorrect")).to_be_visible()
    expect(q1.get_by_text("Correct answer", exact=True)).to_be_visible()
    expect(q1.get_by_text("Scheduling rules frame therapy").first).to_be_visible()
    expect(q1.get_by_role("link", name="Review in the lesson").first).to_have_attribute(
        "href", "#what-the-alliance-is"
    )
    expect(live).to_contain_text("Question 1: incorrect. Correct answer: " + KEY_1)
    # Focus waits on the verdict, inside the question, not on a button further down.
    assert "Not quite." in lesson.evaluate("document.activeElement.textContent")
    assert lesson.evaluate("document.activeElement.closest('fieldset').dataset.id") == "fx-definition"
    assert context.log.console_errors == []


def test_a_right_answer_by_keyboard(lesson):
    q4 = question(lesson, 4)
    q4.get_by_role("radio").first.focus()
    choose_by_keyboard(lesson, "Asking the client what they want to be different")
    lesson.keyboard.press("Tab")
    lesson.keyboard.press("Enter")
    expect(q4.get_by_text("Your answer: correct")).to_be_visible()
    expect(q4.get_by_text("The client names the goal, so it is shared.").first).to_be_visible()
    expect(quiz_form(lesson).get_by_role("status")).to_contain_text("Question 4: correct.")


def test_check_without_a_choice_asks_for_one(lesson):
    q3 = question(lesson, 3)
    q3.get_by_role("button", name="Check").click()
    expect(q3.get_by_text("Choose an answer first")).to_be_visible()
    expect(q3.get_by_role("button", name="Check")).to_be_visible()


def test_multiple_is_all_or_nothing_and_shows_what_was_missed(lesson):
    q2 = question(lesson, 2)
    q2.get_by_role("checkbox", name="Agreement on goals").check()
    q2.get_by_role("button", name="Check").click()
    expect(q2.get_by_text("Your answer: correct")).to_be_visible()
    expect(q2.get_by_text("Missed: correct answer")).to_be_visible()
    expect(q2.get_by_text("Not quite")).to_be_visible()

    q2.get_by_role("button", name="Try again").click()
    expect(q2.get_by_text("Your answer")).to_have_count(0)
    expect(q2.get_by_role("checkbox", name="Agreement on goals")).not_to_be_checked()
    assert lesson.evaluate("document.activeElement.type") == "checkbox"  # back on the first choice
    q2.get_by_role("checkbox", name="Agreement on goals").check()
    q2.get_by_role("checkbox", name="Agreement on tasks").check()
    q2.get_by_role("button", name="Check").click()
    expect(q2.get_by_text("Correct.", exact=True)).to_be_visible()
    expect(q2.get_by_text("Missed")).to_have_count(0)
    record = stored(lesson)["questions"]["fx-parts"]
    assert (record["attempts"], record["wrong"], record["correct"]) == (2, 1, True)


def answer_three(page):
    """Question 1 wrong, 3 right, 4 wrong; 2 left unanswered."""
    question(page, 1).get_by_role("radio", name=WRONG_1).check()
    question(page, 1).get_by_role("button", name="Check").click()
    question(page, 3).get_by_role("radio", name="True").check()
    question(page, 3).get_by_role("button", name="Check").click()
    question(page, 4).get_by_role("radio", name="Leaving goals unspoken until the final session").check()
    question(page, 4).get_by_role("button", name="Check").click()


def test_summary_retry_missed_and_reset(lesson):
    form = quiz_form(lesson)
    expect(form.get_by_role("button", name="Retry missed questions")).to_be_hidden()
    answer_three(lesson)
    expect(form.get_by_text("Answered 3 of 4, 1 correct.")).to_be_visible()

    form.get_by_role("button", name="Retry missed questions").click()
    for number in (1, 4):
        expect(question(lesson, number)).to_be_visible()
    for number in (2, 3):
        expect(question(lesson, number)).to_be_hidden()
    expect(question(lesson, 1).get_by_text("Your answer")).to_have_count(0)
    expect(question(lesson, 1).get_by_role("radio", name=KEY_1)).to_be_enabled()
    expect(form.get_by_role("status")).to_contain_text("Showing only the 2 questions you missed.")

    question(lesson, 1).get_by_role("radio", name=KEY_1).check()
    question(lesson, 1).get_by_role("button", name="Check").click()
    expect(  # the hidden question 3, answered right, is not counted while it is not shown
        form.get_by_text(
            "Answered 1 of the 2 questions you missed, 1 correct. Showing only the questions you missed."
        )
    ).to_be_visible()

    form.get_by_role("button", name="Show all questions").click()
    for number in range(1, 5):
        expect(question(lesson, number)).to_be_visible()

    form.get_by_role("button", name="Reset").click()
    form.get_by_role("dialog", name="Reset this quiz?").get_by_role("button", name="Reset answers").click()
    expect(form.get_by_text("Answered 0 of 4, 0 correct.")).to_be_visible()
    expect(form.get_by_text("Your answer")).to_have_count(0)
    assert not any(qid.startswith("fx-") for qid in stored(lesson)["questions"])


def test_try_again_shuffles_the_choices(lesson):
    q1 = question(lesson, 1)
    orders = set()
    for _ in range(8):
        orders.add(
            tuple(q1.get_by_role("radio").evaluate_all("els => els.map(e => e.labels[0].textContent)"))
        )
        q1.get_by_role("radio", name=WRONG_1).check()
        q1.get_by_role("button", name="Check").click()
        q1.get_by_role("button", name="Try again").click()
    assert len(orders) > 1, "eight attempts all had the same order"


def test_a_reload_keeps_answers_and_score(lesson):
    answer_three(lesson)
    form = quiz_form(lesson)
    form.get_by_role("button", name="Retry missed questions").click()
    lesson.reload()
    form = quiz_form(lesson)
    expect(
        form.get_by_text(
            "Answered 0 of the 2 questions you missed, 0 correct. Showing only the questions you missed."
        )
    ).to_be_visible()
    expect(question(lesson, 3)).to_be_hidden()
    form.get_by_role("button", name="Show all questions").click()
    expect(question(lesson, 3).get_by_role("radio", name="True")).to_be_checked()
    expect(question(lesson, 3).get_by_text("Your answer: correct")).to_be_visible()

    question(lesson, 1).get_by_role("radio", name=WRONG_1).check()
    question(lesson, 1).get_by_role("button", name="Check").click()
    lesson.reload()
    expect(quiz_form(lesson).get_by_text("Answered 2 of 4, 1 correct.")).to_be_visible()
    expect(question(lesson, 1).get_by_role("radio", name=WRONG_1)).to_be_checked()
    expect(question(lesson, 1).get_by_text("Your answer: incorrect")).to_be_visible()


def test_check_keeps_the_question_in_place_on_a_phone(browser, quiz_url):  # noqa: F811
    context = open_context(browser, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(quiz_url + LESSON)
        q2 = question(page, 2)
        choice = q2.get_by_role("checkbox", name="Agreement on goals")
        choice.focus()
        page.keyboard.press("Space")
        q2.get_by_role("button", name="Check").focus()
        before = choice.bounding_box()["y"]
        page.keyboard.press("Enter")
        expect(q2.get_by_text("Missed: correct answer")).to_be_visible()
        # The chosen answer stays where it was on the screen; its feedback appears beneath it.
        assert abs(choice.bounding_box()["y"] - before) <= 2, "the chosen answer moved on Check"
        box = choice.bounding_box()  # the chosen answer and its feedback stay in sight
        assert box["y"] >= 0 and box["y"] + box["height"] <= 740
        assert "Not quite" in page.evaluate("document.activeElement.textContent")  # the verdict has focus
        assert page.evaluate("document.activeElement.closest('fieldset').dataset.id") == "fx-parts"
        expect(quiz_form(page).get_by_role("status")).to_contain_text("Question 2: incorrect.")
    finally:
        context.close()


def test_the_score_is_shown_above_the_first_question(lesson):
    form = quiz_form(lesson)
    score = form.get_by_text("Answered 0 of 4, 0 correct.")
    expect(score).to_be_visible()
    assert score.bounding_box()["y"] < question(lesson, 1).bounding_box()["y"]
    answer_three(lesson)
    expect(score).to_have_count(0)
    expect(form.get_by_text("Answered 3 of 4, 1 correct.")).to_be_visible()
    expect(form.get_by_text("Your score: 1 of 4 correct.")).to_be_visible()  # again by the buttons


def test_reset_asks_first_and_cancel_keeps_the_answers(lesson):
    form = quiz_form(lesson)
    answer_three(lesson)
    reset = form.get_by_role("button", name="Reset")
    reset.click()
    dialog = lesson.get_by_role("dialog", name="Reset this quiz?")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()
    expect(reset).to_be_focused()
    expect(form.get_by_text("Answered 3 of 4, 1 correct.")).to_be_visible()
    assert stored(lesson)["questions"]["fx-evidence"]["correct"] is True


def test_no_try_again_after_a_right_answer(lesson):
    q1 = question(lesson, 1)
    q1.get_by_role("radio", name=KEY_1).check()
    q1.get_by_role("button", name="Check").click()
    expect(q1.get_by_text("Your answer: correct")).to_be_visible()
    expect(q1.get_by_role("button", name="Try again")).to_have_count(0)
    lesson.reload()
    expect(question(lesson, 1).get_by_text("Your answer: correct")).to_be_visible()
    expect(question(lesson, 1).get_by_role("button", name="Try again")).to_have_count(0)


def test_feedback_under_a_missed_key_does_not_say_right(lesson):
    q2 = question(lesson, 2)
    q2.get_by_role("checkbox", name="Agreement on goals").check()
    q2.get_by_role("button", name="Check").click()
    missed = q2.get_by_role("listitem").filter(has_text="Missed: correct answer")
    expect(missed).to_have_count(1)
    expect(missed).to_contain_text("Tasks are one of the three parts.")
    expect(missed).not_to_contain_text("Right.")
    chosen = q2.get_by_role("listitem").filter(has_text="Your answer: correct")
    # The key the learner chose keeps its opening word.
    expect(chosen).to_contain_text("Right. Goals are one of the three parts.")
