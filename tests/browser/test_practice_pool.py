"""The question pool fetched in a real browser (issue 16): the exam and review pages load the pool's
index and only the banks they need, from the site's own origin, and the progress page the index
only; a reload resumes an exam from its banks; a fetch that fails says so, keeps what was saved
(the exam, the progress), and Try again recovers."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from playwright.sync_api import expect

from conftest import describe_violations, run_axe

# The practice page's data: an inert <template> island (quizkit/island.py).
PRACTICE_DATA = "JSON.parse(document.querySelector('template.ta-practice__data').content.textContent)"

pytestmark = pytest.mark.browser

EXAM = "practice/exam/"
REVIEW = "practice/review/"
PROGRESS = "practice/progress/"
KEY = "ta-course:v1:/"  # scoped to the site root (store.js)
POOL = re.compile(r"/assets/quiz/pool/(?:banks/)?(?P<name>[^/.]+)\.[0-9a-f]{12}\.json$")
POOL_FILES = "**/assets/quiz/pool/**"  # the same files, as a route pattern
FAILED = "The questions could not be loaded."


def pool_requests(context) -> list[str]:
    """The pool files the pages asked for, by name ("index" or a bank's name), in order."""
    return [m.group("name") for url in context.log.requests if (m := POOL.search(url))]


def press(page, locator, key: str = "Enter") -> None:
    locator.focus()
    page.keyboard.press(key)


def drawn_banks(page) -> set[str]:
    script = "all => all.map((f) => f.dataset.quiz)"
    found = page.eval_on_selector_all(".ta-exam__stage fieldset.ta-q", script)
    return set(found)


def stored(page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')") or "{}")


def saved_exam(page) -> dict:
    """The exam in progress as saved, but for when it was saved (leaving the page saves it again)."""
    exam = stored(page)["exam"]
    return {k: v for k, v in exam.items() if k != "at"}


def test_the_exam_fetches_the_index_and_its_questions_banks_only_when_it_starts(page, context, base_url):
    page.goto(base_url + EXAM)
    expect(page.get_by_role("heading", name="Set up your practice exam")).to_be_visible()
    expect(page.get_by_role("radio", name=re.compile(r"^All \d+ questions$"))).to_have_count(1)
    assert pool_requests(context) == []  # setting up needs no question
    assert page.locator("template.ta-practice__pool").count() == 0
    press(page, page.get_by_role("button", name="Start exam"))
    expect(page.get_by_role("heading", name="Question 1 of 20")).to_be_focused()
    fetched = pool_requests(context)
    assert fetched[0] == "index" and fetched.count("index") == 1
    assert set(fetched[1:]) == drawn_banks(page) and len(fetched[1:]) == len(set(fetched[1:]))
    # A question's links were relative to its bank's file; in the page they still land on the lesson.
    href = page.locator(".ta-exam__stage .ta-source").first.evaluate("a => a.href")
    assert href.startswith(base_url + "lessons/") and ".md" not in href

    press(page, page.get_by_role("button", name="Review and submit"))
    press(page, page.get_by_role("button", name="Submit exam"))
    expect(page.get_by_role("heading", name="Your results")).to_be_focused()
    expect(page.get_by_role("group", name=re.compile(r"^Question \d+\."))).to_have_count(20)
    press(page, page.get_by_role("button", name="Retry the 20 missed questions"))
    expect(page.get_by_role("heading", name="Question 1 of 20")).to_be_focused()
    assert pool_requests(context) == fetched  # the retry's questions are already here
    assert context.log.console_errors == []
    assert context.log.external_requests() == []


def test_the_review_page_fetches_only_the_bank_of_the_due_question(page, context, base_url):
    page.clock.install(time=datetime(2025, 3, 3, 9, 0, tzinfo=UTC))
    page.goto(base_url + REVIEW)
    expect(page.get_by_text(re.compile(r"^Your review queue is empty"))).to_be_visible()
    assert pool_requests(context) == []  # an empty queue needs no pool
    data = page.evaluate(PRACTICE_DATA)
    index = page.evaluate("(url) => fetch(url).then((r) => r.json())", data["pool"])
    bank = next(b for b in index["banks"] if b["name"] == "03-the-evidence")
    qid = bank["questions"][2][0]
    due = int(datetime(2025, 3, 2, tzinfo=UTC).timestamp() * 1000)
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        [
            KEY,
            json.dumps(
                {"version": 1, "questions": {}, "quizzes": {}, "review": {qid: {"step": 0, "due": due}}}
            ),
        ],
    )
    context.log.requests.clear()
    page.reload()
    expect(page.get_by_text("1 question due today; 0 answered so far.")).to_be_visible()
    group = page.get_by_role("group", name=re.compile(r"^Question 1\."))
    expect(group).to_have_attribute("data-id", qid)
    assert pool_requests(context) == ["index", "03-the-evidence"]
    assert context.log.console_errors == []


def test_a_failed_fetch_says_so_keeps_the_saved_exam_and_try_again_resumes_it(page, context, base_url):
    page.goto(base_url + EXAM)
    press(page, page.get_by_role("button", name="Start exam"))
    expect(page.get_by_role("heading", name="Question 1 of 20")).to_be_focused()
    first = page.get_by_role("group", name=re.compile(r"^Question 1\."))
    qid = first.get_attribute("data-id")
    press(page, first.get_by_role("radio").or_(first.get_by_role("checkbox")).first, "Space")
    press(page, page.get_by_role("button", name="Next"))
    expect(page.get_by_role("heading", name="Question 2 of 20")).to_be_focused()
    saved = saved_exam(page)

    # The site is out of reach now (offline, or a deploy removed the files): every pool fetch fails.
    page.route(POOL_FILES, lambda route: route.abort())
    page.on("dialog", lambda dialog: dialog.accept())
    page.reload()
    expect(page.get_by_role("heading", name="You have a practice exam in progress")).to_be_visible()
    press(page, page.get_by_role("button", name="Resume the exam"))
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text(FAILED)
    expect(alert).to_contain_text("Nothing you saved is lost.")
    retry = page.get_by_role("button", name="Try again")
    expect(retry).to_be_visible()
    assert saved_exam(page) == saved  # the exam in progress is kept, untouched
    violations = run_axe(page)
    assert not violations, describe_violations(violations)

    press(page, retry)  # still failing: the same message, still kept
    expect(page.get_by_role("alert")).to_contain_text(FAILED)
    assert saved_exam(page) == saved

    page.unroute(POOL_FILES)
    press(page, page.get_by_role("button", name="Try again"))
    expect(page.get_by_role("heading", name="Question 2 of 20")).to_be_focused()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_text("Answered 1 of 20.")).to_be_visible()
    press(page, page.get_by_role("button", name="Previous"))
    checked = page.locator(f"fieldset[data-id='{qid}'] input:checked")
    expect(checked).to_have_count(1)
    assert checked.get_attribute("value") == str(saved["answers"][qid][0])


def test_a_bank_that_fails_to_load_leaves_the_setup_and_try_again_starts(page, context, base_url):
    banks = "**/assets/quiz/pool/banks/**"
    page.route(banks, lambda route: route.abort())  # the index arrives, the banks do not
    page.goto(base_url + EXAM)
    press(page, page.get_by_role("button", name="Start exam"))
    expect(page.get_by_role("alert")).to_contain_text(FAILED)
    expect(page.get_by_role("heading", name="Set up your practice exam")).to_be_visible()
    assert "exam" not in stored(page)
    assert pool_requests(context)[0] == "index" and len(pool_requests(context)) > 1
    page.unroute(banks)
    press(page, page.get_by_role("button", name="Try again"))
    expect(page.get_by_role("heading", name="Question 1 of 20")).to_be_focused()


def test_while_the_pool_loads_the_page_says_so_and_starts_one_exam(page, context, base_url):
    held = []
    page.route(POOL_FILES, lambda route: held.append(route))  # the request waits for the test
    page.goto(base_url + EXAM)
    start = page.get_by_role("button", name="Start exam")
    press(page, start)
    loading = page.get_by_text("Loading the questions…")
    expect(loading).to_be_visible()
    expect(loading.locator("xpath=..")).to_have_attribute("aria-live", "polite")  # announced
    expect(page.locator(".ta-exam__stage")).to_have_attribute("aria-busy", "true")
    press(page, start)  # pressed again while loading: still one load
    expect(page.get_by_text("Loading the questions…")).to_have_count(1)
    assert pool_requests(context) == ["index"] and len(held) == 1
    page.unroute(POOL_FILES)  # lets the held request go on, and the rest through
    expect(page.get_by_role("heading", name="Question 1 of 20")).to_be_focused()
    expect(page.get_by_text("Loading the questions…")).to_have_count(0)
    expect(page.locator(".ta-exam__stage")).not_to_have_attribute("aria-busy", "true")
    assert pool_requests(context).count("index") == 1


def test_a_saved_exam_whose_questions_left_the_course_is_set_aside(page, base_url):
    page.goto(base_url + EXAM)
    gone = {"ids": ["no-such-question"], "answers": {}, "flags": [], "pos": 0, "timed": False}
    page.evaluate(
        "([key, exam]) => localStorage.setItem(key, JSON.stringify({version: 1, questions: {}, exam}))",
        [KEY, {**gone, "left": None, "retry": False, "at": 1}],
    )
    page.reload()
    expect(page.get_by_role("heading", name="Set up your practice exam")).to_be_visible()
    expect(page.get_by_role("heading", name="You have a practice exam in progress")).to_be_hidden()
    assert "exam" not in stored(page)


def test_the_progress_page_reads_the_index_only_and_counts_each_lesson_from_it(page, context, base_url):
    page.goto(base_url + PROGRESS)
    data = page.evaluate(PRACTICE_DATA)
    assert all("questions" not in lesson for lesson in data["lessons"])  # no id in the page
    index = page.evaluate("(url) => fetch(url).then((r) => r.json())", data["pool"])
    lesson = next(b for b in index["banks"] if b["name"] == "03-the-evidence")
    path = index["lessons"][lesson["questions"][0][1]]
    # Every question that teaches the lesson counts, whichever bank holds it (the exam pool too).
    count = sum(1 for bank in index["banks"] for q in bank["questions"] if index["lessons"][q[1]] == path)
    title = next(item["title"] for item in data["lessons"] if item["path"] == path)
    row = page.get_by_role("row", name=title)
    expect(row.get_by_role("cell").nth(2)).to_have_text(f"0 of {count}")
    assert [n for n in pool_requests(context) if n == "index"] and set(pool_requests(context)) == {"index"}
    assert context.log.console_errors == []


def test_the_progress_page_says_when_the_index_fails_keeps_what_was_saved_and_try_again_shows_it(
    page, context, base_url
):
    page.goto(base_url + PROGRESS)
    page.evaluate(
        "([key, value]) => localStorage.setItem(key, value)",
        [KEY, json.dumps({"version": 1, "questions": {}, "quizzes": {}, "practice": {"target": 80}})],
    )
    saved = stored(page)
    held = []
    page.route(POOL_FILES, lambda route: held.append(route))  # the index waits for the test
    page.reload()
    loading = page.get_by_text("Loading the questions…")
    expect(loading).to_be_visible()
    expect(loading.locator("xpath=..")).to_have_attribute("aria-live", "polite")  # announced
    expect(page.locator(".ta-practice [aria-busy='true']")).to_have_count(1)
    held[0].abort()  # then it fails, as offline
    page.unroute(POOL_FILES)
    page.route(POOL_FILES, lambda route: route.abort())
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text(FAILED)
    expect(alert).to_contain_text("Nothing you saved is lost.")
    expect(page.get_by_role("table")).to_have_count(0)
    expect(page.locator(".ta-practice [aria-busy='true']")).to_have_count(0)
    assert stored(page) == saved
    violations = run_axe(page)
    assert not violations, describe_violations(violations)

    page.unroute(POOL_FILES)
    press(page, page.get_by_role("button", name="Try again"))
    expect(page.get_by_role("table")).to_have_count(1)
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_text("Your study target: 80%", exact=False)).to_be_visible()
    assert stored(page) == saved
