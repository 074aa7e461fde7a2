"""A lesson's questions out of sight are skipped by style and layout while the page loads
(content-visibility in quiz.css; issue 16: Material's script recalculates the whole page's style
several times as it starts, and the quiz is most of a lesson's elements). Skipping them must cost the
reader nothing: a link to a question still lands on it, and a focused control's outline is drawn
whole, though such a question clips what it paints to its own box.

On the real course, on a 360 px phone and a desktop screen.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import open_context

pytestmark = pytest.mark.browser

LESSON = "lessons/01-what-is-the-alliance/"
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1350, "height": 940}
SCREENS = {"phone": PHONE, "desktop": DESKTOP}
SETTLED = "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"


@pytest.fixture
def lesson(browser, base_url, request):
    context = open_context(browser, viewport=SCREENS[request.param])
    page = context.new_page()
    yield page, context, base_url + LESSON
    context.close()


@pytest.mark.parametrize("lesson", ["phone"], indirect=True)
def test_questions_far_below_are_not_rendered_while_the_page_loads(lesson):
    page, context, url = lesson
    page.goto(url, wait_until="load")
    page.evaluate(SETTLED)
    rendered = page.evaluate(
        # A question's own box stays; what it holds is what is skipped.
        "[...document.querySelectorAll('form.ta-quiz > .ta-q > legend')]"
        ".map((legend) => legend.checkVisibility({contentVisibilityAuto: true}))"
    )
    assert len(rendered) >= 10
    assert not any(rendered), "the quiz at the end of the lesson was rendered at load"
    # Coming near renders it (and sets it up, lazy.js), as a reader scrolling down sees it.
    last = page.locator("form.ta-quiz > .ta-q").last
    last.scroll_into_view_if_needed()
    expect(last.get_by_role("button", name="Check")).to_be_visible()
    assert context.log.console_errors == []


@pytest.mark.parametrize("lesson", ["phone", "desktop"], indirect=True)
def test_a_link_to_a_late_question_lands_on_it_and_stays(lesson):
    page, context, url = lesson
    page.goto(url, wait_until="load")
    target = page.evaluate("[...document.querySelectorAll('form.ta-quiz > .ta-q')].at(-2).id")
    page.goto(url + "#" + target, wait_until="load")
    page.wait_for_timeout(600)  # the questions around it render and take their real heights
    page.evaluate(SETTLED)
    header = page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    top = page.evaluate(f"document.getElementById('{target}').getBoundingClientRect().top")
    # Material scrolls a target just below its fixed header; a placeholder's guessed height above
    # it must not leave the reader elsewhere.
    assert header - 2 <= top <= header + 60, (header, top)
    expect(page.locator(f"#{target}").get_by_role("button", name="Check")).to_be_visible()


@pytest.mark.parametrize("lesson", ["phone", "desktop"], indirect=True)
def test_a_focused_control_in_a_question_shows_its_whole_outline(lesson):
    page, context, url = lesson
    page.goto(url, wait_until="load")
    first = page.locator("form.ta-quiz > .ta-q").first
    first.scroll_into_view_if_needed()
    expect(first.get_by_role("button", name="Check")).to_be_visible()
    # The controls nearest a question's edges: a choice (left), Check (left, bottom row).
    for control in [first.get_by_role("radio").first, first.get_by_role("button", name="Check")]:
        control.focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")  # focus by keyboard, so :focus-visible draws the outline
        room = page.evaluate(
            """(el) => {
                 const s = getComputedStyle(el);
                 const reach = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
                 const box = el.getBoundingClientRect();
                 const q = el.closest('.ta-q').getBoundingClientRect();
                 return {reach, left: box.left - reach - q.left, right: q.right - (box.right + reach),
                         top: box.top - reach - q.top, bottom: q.bottom - (box.bottom + reach)};
               }""",
            control.element_handle(),
        )
        assert room["reach"] > 0, "no focus outline drawn"
        clipped = {side: round(v, 1) for side, v in room.items() if side != "reach" and v < -0.5}
        assert clipped == {}, f"the focus outline is cut off on {clipped}"
