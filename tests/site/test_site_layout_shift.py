"""Nothing moves while a page loads (issue 16: Lighthouse's cumulative layout shift), on a lesson, the
practice exam, the review queue (empty, and with questions due) and the progress page (a first
visit, and a learner's), on a phone (Lighthouse's mobile screen) and a desktop screen.

The practice pages build their first view in JavaScript after the page has shown; the root keeps
that view's room from the start (practice.css) and its own top in place: the exam's set-up, or, where
the view grows with the learner's data and the course (the questions due, a row per lesson), a
screen's height, with nothing visible after it. The lesson quiz sets its questions up below the
fold (lazy.js). To make "after the page has shown" certain, the quiz scripts
are held back until the page has painted; shifts are read with PerformanceObserver('layout-shift')
from the start (buffered), counting those Lighthouse counts (none right after the reader's input).
"""

from __future__ import annotations

import json
import time

import pytest

from conftest import ROOT, open_context
from quizkit.validate import load_and_check

pytestmark = pytest.mark.browser

SCREENS = {"phone": {"width": 412, "height": 823}, "desktop": {"width": 1350, "height": 940}}
KEY = "ta-course:v1:/"  # the store, scoped to the site root (store.js)
DUE_BANKS = 3  # a learner's store: the first question of this many banks, missed and due today
# Page, the learner's store (None: a first visit), and what shows once the view is built.
PAGES = {
    "lesson": ("lessons/01-what-is-the-alliance/", None, ".ta-quiz--js"),
    "exam": ("practice/exam/", None, ".ta-practice--js .ta-practice__view"),
    "review": ("practice/review/", None, ".ta-review__summary"),
    "review-due": ("practice/review/", "due", ".ta-review__list fieldset.ta-q"),
    "progress": ("practice/progress/", None, ".ta-progress__table"),
    "progress-due": ("practice/progress/", "due", ".ta-progress__table"),
}
HOLD_SCRIPTS_S = 0.4  # the quiz scripts arrive this late: the page paints without them first
WATCH_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => {
  if (e.hadRecentInput) return;
  const moved = e.sources.map((s) => s.node ? s.node.nodeName + "." + (s.node.className || "") : "?");
  window.__shifts.push({value: e.value, moved});
})).observe({type: "layout-shift", buffered: true});
"""
SETTLED = "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"


def held_back(route):
    time.sleep(HOLD_SCRIPTS_S)
    route.continue_()


def due_store() -> str:
    """A store, in store.js's format, with DUE_BANKS questions missed yesterday: due today."""
    banks = [bank for bank in load_and_check([ROOT / "quizzes"]).quizzes if bank.questions][:DUE_BANKS]
    due = int((time.time() - 86_400) * 1000)
    review = {bank.questions[0].id: {"step": 0, "due": due} for bank in banks}
    return json.dumps({"version": 1, "questions": {}, "quizzes": {}, "review": review})


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("case", PAGES)
def test_nothing_shifts_while_the_page_loads(browser, base_url, case, screen):
    rel, seed, ready = PAGES[case]
    context = open_context(browser, viewport=SCREENS[screen])
    try:
        page = context.new_page()
        page.add_init_script(WATCH_SHIFTS)
        if seed:  # in place before the page's scripts read it
            page.add_init_script(f"localStorage.setItem({json.dumps(KEY)}, {json.dumps(due_store())})")
        page.route("**/assets/quiz/*.js", held_back)
        page.goto(base_url + rel, wait_until="load")
        page.wait_for_selector(ready, state="attached")
        page.evaluate(SETTLED)
        page.wait_for_timeout(300)
        shifts = page.evaluate("window.__shifts")
        assert sum(s["value"] for s in shifts) < 0.005, shifts
        assert context.log.console_errors == []
    finally:
        context.close()
