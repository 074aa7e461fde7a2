"""axe-core's WCAG 2.2 AA rules find nothing on a quiz page, in the light and the dark scheme,
before answering and with every kind of feedback showing."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from quiz_site import LESSON, question, quiz_form, quiz_url  # noqa: F401

from conftest import describe_violations, open_context, run_axe

pytestmark = pytest.mark.browser


def settle(page) -> None:
    """Back to the top and past Material's fades: a half-faded "Back to top" button is a false alarm."""
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(600)


def answer_everything(page) -> None:
    """One of each mark: wrong, right, missed, the key shown, a notice-free summary and an open panel."""
    question(page, 1).get_by_role("radio", name="The rules that set how sessions are scheduled").check()
    question(page, 2).get_by_role("checkbox", name="Agreement on goals").check()
    question(page, 3).get_by_role("radio", name="True").check()
    question(page, 4).get_by_role("radio", name="Asking the client what they want to be different").check()
    for number in range(1, 5):
        question(page, number).get_by_role("button", name="Check").click()
    question(page, 1).get_by_text("Why each choice is right or wrong").click()
    expect(quiz_form(page).get_by_text("Answered 4 of 4, 2 correct.")).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_quiz_page_has_no_axe_violations(browser, quiz_url, scheme):  # noqa: F811
    context = open_context(browser, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(quiz_url + LESSON)
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected
        violations = run_axe(page)
        assert violations == [], describe_violations(violations)

        answer_everything(page)
        settle(page)
        violations = run_axe(page)
        assert violations == [], describe_violations(violations)

        quiz_form(page).get_by_role("button", name="Retry missed questions").click()
        settle(page)
        violations = run_axe(page)
        assert violations == [], describe_violations(violations)
        assert context.log.console_errors == []
    finally:
        context.close()


def test_quiz_markup_before_any_script_has_no_axe_violations(browser, quiz_url):  # noqa: F811
    # axe itself needs JavaScript, so the page's own script files are refused instead: the DOM is
    # then what a reader without JavaScript gets.
    context = open_context(browser)
    context.route("**/*.js", lambda route: route.abort())
    try:
        page = context.new_page()
        page.goto(quiz_url + LESSON)
        expect(page.get_by_role("button", name="Check")).to_have_count(0)
        question(page, 1).get_by_text("Answer and explanation").click()
        violations = run_axe(page)
        assert violations == [], describe_violations(violations)
    finally:
        context.close()
