"""The quiz before and without scripts: a plain form with answers in <details>, a printable
worksheet and answer key, and a hostile bank that stays inert text."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from quiz_site import HOSTILE, LESSON, question, quiz_form, quiz_url  # noqa: F401

from conftest import open_context

pytestmark = pytest.mark.browser

ANSWER_KEY = re.compile(r"^Correct answers?:$")  # the label of each question's key
FILE_ORDER_1 = [
    "The rules that set how sessions are scheduled",
    "The collaborative working relationship of client and therapist",
    "The plan for prescribing the client's medication",
    "The limits placed on what the client may say",
]


def radio_names(group) -> list[str]:
    return group.get_by_role("radio").evaluate_all("els => els.map(e => e.labels[0].textContent.trim())")


def test_without_javascript_questions_and_answers_are_all_there(browser, quiz_url):  # noqa: F811
    context = open_context(browser, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(quiz_url + LESSON)
        for number in range(1, 5):
            expect(question(page, number)).to_be_visible()
        assert radio_names(question(page, 1)) == FILE_ORDER_1
        expect(question(page, 2).get_by_role("checkbox")).to_have_count(4)
        expect(question(page, 3).get_by_role("radio", name="True")).to_be_visible()
        expect(page.get_by_role("button", name="Check")).to_have_count(0)  # no control that needs a script

        q1 = question(page, 1)
        expect(q1.get_by_text(ANSWER_KEY)).to_be_hidden()
        q1.get_by_text("Answer and explanation").click()
        expect(q1.get_by_text(ANSWER_KEY)).to_be_visible()
        expect(q1.get_by_text("Scheduling rules frame therapy")).to_be_visible()
        expect(
            q1.get_by_text("The alliance is the collaborative working relationship between")
        ).to_be_visible()
        expect(q1.get_by_role("link", name="Review in the lesson")).to_have_attribute(
            "href", "#what-the-alliance-is"
        )
        page.emulate_media(media="print")  # an opened answer prints; the others stay a worksheet
        expect(q1.get_by_text(ANSWER_KEY)).to_be_visible()
        expect(question(page, 2).get_by_text(ANSWER_KEY)).to_be_hidden()
        assert context.log.external_requests() == []
    finally:
        context.close()


def test_the_hostile_bank_renders_as_inert_text(page, context, quiz_url):  # noqa: F811
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(quiz_url + HOSTILE)
    form = page.get_by_role("form", name="Hostile")
    expect(form.get_by_text("<script>window.__pwned = 'title'</script>", exact=False)).to_be_visible()
    q1 = question(page, 1)
    q1.get_by_role("radio", name="<svg onload=\"alert('svg')\"></svg> a vector").check()
    q1.get_by_role("button", name="Check").click()
    expect(q1.get_by_text("Your answer: incorrect")).to_be_visible()
    q1.get_by_text("Why each choice is right or wrong").click()
    for link in form.get_by_role("link").all():
        link.hover()
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.evaluate("window.__pwned") is None
    assert form.locator("script, img, svg, iframe, style").count() == 0
    hrefs = form.get_by_role("link").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert not [h for h in hrefs if h and h.strip().lower().startswith("javascript")]
    assert context.log.console_errors == []


def test_print_is_a_clean_worksheet_in_file_order(page, quiz_url):  # noqa: F811
    page.goto(quiz_url + LESSON)
    question(page, 1).get_by_role("radio", name=FILE_ORDER_1[0]).check()
    question(page, 1).get_by_role("button", name="Check").click()
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # Material opens every <details> now
    page.emulate_media(media="print")
    form = quiz_form(page)
    assert radio_names(question(page, 1)) == FILE_ORDER_1
    expect(form.get_by_role("button")).to_have_count(0)  # buttons are not printed
    expect(form.get_by_text(ANSWER_KEY)).to_have_count(4)
    for answer in form.get_by_text(ANSWER_KEY).all():
        expect(answer).to_be_hidden()  # the student's copy keeps answers closed
    page.emulate_media(media="screen")
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")


def test_print_answer_key_opens_every_answer(browser, quiz_url):  # noqa: F811
    context = open_context(browser)
    context.add_init_script("window.print = () => { window.__printed = (window.__printed || 0) + 1; };")
    try:
        page = context.new_page()
        page.goto(quiz_url + LESSON)
        quiz_form(page).get_by_role("button", name="Print answer key").click()
        assert page.evaluate("window.__printed") == 1
        page.emulate_media(media="print")
        for answer in quiz_form(page).get_by_text(ANSWER_KEY).all():
            expect(answer).to_be_visible()
        page.emulate_media(media="screen")
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        for answer in quiz_form(page).get_by_text(ANSWER_KEY).all():
            expect(answer).to_be_hidden()
    finally:
        context.close()
