"""Nothing moves while a page loads (issue 16: Lighthouse's cumulative layout shift), on a lesson, the
practice exam and the review queue, on a phone (Lighthouse's mobile screen) and a desktop screen.

The practice pages build their first view in JavaScript after the page has shown; the root keeps
that view's room from the start (practice.css) and its own top in place. The lesson quiz sets its
questions up below the fold (lazy.js). To make "after the page has shown" certain, the quiz scripts
are held back until the page has painted; shifts are read with PerformanceObserver('layout-shift')
from the start (buffered), counting those Lighthouse counts (none right after the reader's input).
"""

from __future__ import annotations

import time

import pytest

from conftest import open_context

pytestmark = pytest.mark.browser

SCREENS = {"phone": {"width": 412, "height": 823}, "desktop": {"width": 1350, "height": 940}}
PAGES = ["lessons/01-what-is-the-alliance/", "practice/exam/", "practice/review/"]
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


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("rel", PAGES)
def test_nothing_shifts_while_the_page_loads(browser, base_url, rel, screen):
    context = open_context(browser, viewport=SCREENS[screen])
    try:
        page = context.new_page()
        page.add_init_script(WATCH_SHIFTS)
        page.route("**/assets/quiz/*.js", held_back)
        page.goto(base_url + rel, wait_until="load")
        page.wait_for_selector(".ta-quiz--js, .ta-practice--js", state="attached")
        page.evaluate(SETTLED)
        page.wait_for_timeout(300)
        shifts = page.evaluate("window.__shifts")
        assert sum(s["value"] for s in shifts) < 0.005, shifts
        assert context.log.console_errors == []
    finally:
        context.close()
