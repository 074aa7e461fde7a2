"""The practice exam in a real browser: a whole exam by keyboard whose results agree with the
answers given (keys read from the banks through quizkit, never written here), the timer under a
controlled clock, and axe-core on every view of the exam."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from conftest import ROOT, describe_violations, open_context, run_axe
from quizkit.config import load_course
from quizkit.markdown.practice import lesson_of
from quizkit.validate import load_and_check

TOPIC_LABELS = load_course(ROOT / "course.yml").topics

pytestmark = pytest.mark.browser

EXAM = "practice/exam/"
KEY = "ta-course:v1:/"  # scoped to the site root (store.js)


def bank_questions() -> dict[str, dict]:
    """Every question by id: its key (file-order choice indexes), topic and lesson."""
    result = load_and_check([ROOT / "quizzes"])
    return {
        q.id: {
            "keys": {i for i, c in enumerate(q.options()) if c.correct},
            "size": len(q.options()),
            "type": q.type,
            "topic": q.topic,
            "lesson": lesson_of(quiz, q),
        }
        for quiz in result.quizzes
        for q in quiz.questions
    }


def press(page, locator, key: str = "Enter") -> None:
    """Operate a control the way a keyboard user does: focus it, then press a key."""
    locator.focus()
    page.keyboard.press(key)


def current_question(page, number: int):
    return page.get_by_role("group", name=re.compile(rf"^Question {number}\."))


def answer(page, group, info: dict, right: bool) -> list[int]:
    """Choose the key (or a wrong choice) with the keyboard: focus a choice, press Space."""
    wanted = sorted(info["keys"]) if right else [min(set(range(info["size"])) - info["keys"])]
    for choice in group.get_by_role("radio").all() + group.get_by_role("checkbox").all():
        if int(choice.get_attribute("value")) in wanted and not choice.is_checked():
            press(page, choice, "Space")
    return wanted


def start_exam(page, base_url: str, *, timed: bool = False) -> None:
    page.goto(base_url + EXAM)
    if timed:
        press(page, page.get_by_role("radio", name="Timed: about one minute per question"), "Space")
    press(page, page.get_by_role("button", name="Start exam"))
    expect(page.get_by_role("heading", name="Question 1 of 20")).to_be_focused()


def test_whole_exam_by_keyboard_and_results_agree_with_the_answers(page, base_url):
    bank = bank_questions()
    start_exam(page, base_url)
    progress = page.get_by_role("progressbar", name="Question 1 of 20")
    expect(progress).to_have_attribute("value", "1")
    given: dict[int, tuple[str, bool]] = {}  # question number -> (id, answered right)
    for n in range(1, 21):
        group = current_question(page, n)
        qid = group.get_attribute("data-id")
        if n != 7:  # question 7 is left for the confirmation step to find
            right = n % 4 != 0
            answer(page, group, bank[qid], right)
            given[n] = (qid, right)
        if n == 3:
            flag = page.get_by_role("button", name="Flag for review")
            press(page, flag)
            expect(flag).to_have_attribute("aria-pressed", "true")
        if n == 5:  # go back and change question 4's answer to the key
            press(page, page.get_by_role("button", name="Previous"))
            expect(page.get_by_role("heading", name="Question 4 of 20")).to_be_focused()
            qid4 = current_question(page, 4).get_attribute("data-id")
            group4 = current_question(page, 4)
            for box in group4.get_by_role("checkbox").all():
                if box.is_checked():
                    press(page, box, "Space")
            answer(page, group4, bank[qid4], True)
            given[4] = (qid4, True)
            press(page, page.get_by_role("button", name="Next"))
            expect(page.get_by_role("heading", name="Question 5 of 20")).to_be_focused()
        if n < 20:
            press(page, page.get_by_role("button", name="Next"))
            expect(page.get_by_role("heading", name=re.compile(rf"^Question {n + 1} of 20"))).to_be_focused()
    expect(page.get_by_text("Answered 19 of 20.")).to_be_visible()
    expect(page.get_by_text("Your answer: correct")).to_have_count(0)  # no feedback before Submit

    press(page, page.get_by_role("button", name="Review and submit"))
    expect(page.get_by_role("heading", name="Before you submit")).to_be_focused()
    expect(page.get_by_role("heading", name="Unanswered questions (1)")).to_be_visible()
    expect(page.get_by_role("heading", name="Flagged questions (1)")).to_be_visible()
    expect(page.get_by_role("button", name="Go to question 3")).to_be_visible()
    press(page, page.get_by_role("button", name="Go to question 7"))
    expect(page.get_by_role("heading", name="Question 7 of 20")).to_be_focused()
    qid7 = current_question(page, 7).get_attribute("data-id")
    answer(page, current_question(page, 7), bank[qid7], False)
    given[7] = (qid7, False)
    press(page, page.get_by_role("button", name="Review and submit"))
    expect(page.get_by_text("You have answered every question.")).to_be_visible()
    press(page, page.get_by_role("button", name="Submit exam"))

    expect(page.get_by_role("heading", name="Your results")).to_be_focused()
    right = sum(ok for _, ok in given.values())
    expect(page.get_by_text(f"You answered {right} of 20 questions correctly")).to_be_visible()
    expected: dict[str, Counter] = {}
    for qid, ok in given.values():
        # Rows carry the topic's label from course.yml, as readers know it, not its id.
        row = expected.setdefault(TOPIC_LABELS[bank[qid]["topic"]], Counter())
        row["total"] += 1
        row["right"] += ok
    shown = {}
    for row in page.get_by_role("table", name="Results by topic").get_by_role("row").all()[1:]:
        cells = row.get_by_role("cell").all()
        share = int(re.search(r"(\d+)%", cells[1].inner_text()).group(1))
        shown[row.get_by_role("rowheader").inner_text()] = (cells[0].inner_text(), share)
    assert shown == {
        topic: (f"{c['right']} of {c['total']}", math.floor(100 * c["right"] / c["total"] + 0.5))
        for topic, c in expected.items()
    }
    # Every question comes back with its verdict, the learner's answer and the key.
    review = page.get_by_role("group", name=re.compile(r"^Question \d+\."))
    expect(review).to_have_count(20)
    expect(page.get_by_text("Correct.", exact=True)).to_have_count(right)
    missed = 20 - right
    expect(
        page.get_by_role("button", name=f"Retry the {missed} missed question{'s' if missed != 1 else ''}")
    ).to_be_visible()


def test_timer_can_pause_and_submits_the_exam_when_time_runs_out(page, base_url):
    page.clock.install(time=datetime(2025, 3, 3, 9, 0, tzinfo=UTC))
    start_exam(page, base_url, timed=True)
    timer = page.get_by_role("timer")
    expect(timer).to_have_text("Time left: 20:00")
    press(page, page.get_by_role("button", name="Pause timer"))
    page.clock.fast_forward("05:00")
    expect(timer).to_have_text("Time left: 20:00 (paused)")
    press(page, page.get_by_role("button", name="Resume timer"))
    page.clock.fast_forward("10:00")
    page.clock.run_for(500)
    expect(timer).to_have_text("Time left: 10:00")
    expect(page.get_by_role("status")).to_have_text("Half your time is left: 10 minutes.")
    answer(
        page,
        current_question(page, 1),
        bank_questions()[current_question(page, 1).get_attribute("data-id")],
        True,
    )
    page.clock.fast_forward("10:00")
    page.clock.run_for(500)
    expect(page.get_by_role("heading", name="Your results")).to_be_focused()
    expect(page.get_by_role("note")).to_have_text(
        "Time is up: the exam was submitted with the answers you had given."
    )
    expect(page.get_by_text("You answered 1 of 20 questions correctly: 5%.")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text(
        "Time is up. Your exam was submitted with the answers you had given."
    )


def assert_no_axe_violations(page, where: str) -> None:
    page.evaluate("Promise.all(document.getAnimations().map((a) => a.finished))")  # fade-ins done
    violations = run_axe(page)
    assert not violations, f"{where}:\n{describe_violations(violations)}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_view_of_the_exam_passes_axe(browser, base_url, scheme):
    context = open_context(browser, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(base_url + EXAM)
        assert_no_axe_violations(page, "setup")
        start_exam(page, base_url, timed=True)
        press(page, page.get_by_role("button", name="Flag for review"))
        assert_no_axe_violations(page, "in progress")
        press(page, page.get_by_role("button", name="Review and submit"))
        assert_no_axe_violations(page, "before submitting")
        press(page, page.get_by_role("button", name="Submit exam"))
        expect(page.get_by_role("heading", name="Your results")).to_be_focused()
        assert_no_axe_violations(page, "results")
        assert context.log.console_errors == []
        assert context.log.external_requests() == []
    finally:
        context.close()


def stored(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')") or "{}")


def test_an_exam_in_progress_survives_a_reload_and_resumes_where_it_was(page, base_url):
    bank = bank_questions()
    page.clock.install(time=datetime(2025, 3, 3, 9, 0, tzinfo=UTC))
    start_exam(page, base_url, timed=True)
    given = {}
    for n in (1, 2):
        group = current_question(page, n)
        given[group.get_attribute("data-id")] = answer(
            page, group, bank[group.get_attribute("data-id")], n == 1
        )
        if n == 2:
            press(page, page.get_by_role("button", name="Flag for review"))
        press(page, page.get_by_role("button", name="Next"))
    expect(page.get_by_role("heading", name="Question 3 of 20")).to_be_focused()
    page.clock.fast_forward("02:00")  # two minutes spent on question 3
    page.on("dialog", lambda dialog: dialog.accept())  # "Leave site?": yes, this time
    page.reload()

    expect(page.get_by_role("heading", name="You have a practice exam in progress")).to_be_visible()
    assert_no_axe_violations(page, "resume an exam in progress")
    expect(
        page.get_by_text(
            re.compile(r"^You were on question 3 of 20 and had answered 2\. Time left: 1[78]:\d\d\.$")
        )
    ).to_be_visible()
    press(page, page.get_by_role("button", name="Resume the exam"))
    expect(page.get_by_role("heading", name="Question 3 of 20")).to_be_focused()
    expect(page.get_by_text("Answered 2 of 20.")).to_be_visible()
    expect(page.get_by_role("timer")).to_have_text(re.compile(r"^Time left: 1[78]:\d\d$"))
    press(page, page.get_by_role("button", name="Previous"))
    expect(page.get_by_role("heading", name="Question 2 of 20 (flagged)")).to_be_focused()
    press(page, page.get_by_role("button", name="Previous"))
    for qid, chosen in given.items():
        group = page.locator(f"fieldset[data-id='{qid}']")
        for choice in group.get_by_role("radio").all() + group.get_by_role("checkbox").all():
            assert choice.is_checked() == (int(choice.get_attribute("value")) in chosen)


def test_a_saved_exam_can_be_discarded(page, base_url):
    start_exam(page, base_url)
    page.on("dialog", lambda dialog: dialog.accept())
    page.reload()
    press(page, page.get_by_role("button", name="Discard it and start over"))
    expect(page.get_by_role("heading", name="Set up your practice exam")).to_be_visible()
    assert "exam" not in stored(page)
    page.reload()
    expect(page.get_by_role("heading", name="Set up your practice exam")).to_be_visible()


def test_leaving_mid_exam_asks_first_and_the_footer_links_are_not_beside_the_exam(page, base_url):
    page.goto(base_url + "practice/review/")
    expect(page.get_by_role("link", name=re.compile(r"^Next: "))).to_have_count(1)  # other pages keep them
    start_exam(page, base_url)
    expect(page.get_by_role("link", name=re.compile(r"^(Next|Previous): "))).to_have_count(0)
    asked = []

    def stay(dialog):
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", stay)
    page.get_by_role("navigation", name="Navigation").get_by_role("link", name="Review queue").first.click(
        no_wait_after=True
    )
    expect(page.get_by_role("heading", name="Question 1 of 20")).to_be_visible()
    assert asked == ["beforeunload"]


def test_results_caution_small_rows_filter_the_misses_and_a_retry_is_not_an_exam(page, base_url):
    bank = bank_questions()
    start_exam(page, base_url)
    group = current_question(page, 1)
    answer(page, group, bank[group.get_attribute("data-id")], True)
    press(page, page.get_by_role("button", name="Review and submit"))
    press(page, page.get_by_role("button", name="Submit exam"))
    expect(page.get_by_role("heading", name="Your results")).to_be_focused()

    # 20 questions over many topics: rows of 1 to 4 questions are too few to call "below target".
    expect(
        page.get_by_text(re.compile(r"^A row with fewer than 5 questions is marked “too few to judge”"))
    ).to_be_visible()
    for row in page.get_by_role("table", name="Results by topic").get_by_role("row").all()[1:]:
        total = int(re.search(r"of (\d+)", row.get_by_role("cell").first.inner_text()).group(1))
        note = "too few to judge" if total < 5 else "below target"
        expect(row.get_by_role("cell").nth(1)).to_contain_text(note)

    questions = page.get_by_role("group", name=re.compile(r"^Question \d+\."))
    expect(questions).to_have_count(20)
    press(page, page.get_by_role("checkbox", name="Show only the questions I missed"), "Space")
    expect(questions).to_have_count(19)

    press(page, page.get_by_role("button", name="Retry the 19 missed questions"))
    expect(page.get_by_role("heading", name="Question 1 of 19")).to_be_focused()
    press(page, page.get_by_role("button", name="Review and submit"))
    press(page, page.get_by_role("button", name="Submit exam"))
    expect(page.get_by_role("heading", name="Your results: missed questions retried")).to_be_focused()
    exams = stored(page)["practice"]["exams"]
    assert [(e["total"], e["correct"]) for e in exams] == [(20, 1)]
    page.goto(base_url + "practice/progress/")
    expect(page.get_by_role("listitem").filter(has_text=re.compile(r": 1 of 20 \(5%\)$"))).to_have_count(1)
    expect(page.get_by_text(re.compile(r": 0 of 19"))).to_have_count(0)


def test_a_result_that_cannot_be_saved_is_reported(page, base_url):
    start_exam(page, base_url)
    page.evaluate(  # from now on every write fails, as when the site's storage is full
        "() => { Storage.prototype.setItem = () => {"
        " throw new DOMException('full', 'QuotaExceededError'); }; }"
    )
    press(page, page.get_by_role("button", name="Review and submit"))
    press(page, page.get_by_role("button", name="Submit exam"))
    expect(page.get_by_role("alert")).to_contain_text("Your latest progress could not be saved")
