"""A script written into a lesson's Markdown does not run in the built page (issue 15), while the
page's quiz, loaded from the site's own files, still works."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from quiz_site import question, quiz_url  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser


def test_an_inline_script_from_markdown_is_refused(page, quiz_url):  # noqa: F811
    page.goto(quiz_url + "injected/", wait_until="load")
    assert page.evaluate("window.__injectedFromMarkdown === undefined")
    assert any("Content Security Policy" in e for e in page.context.log.console_errors)
    first = question(page, 1)
    first.get_by_label("The collaborative working relationship of client and therapist").check()
    first.get_by_role("button", name="Check").click()
    expect(first.get_by_text("Correct", exact=False).first).to_be_visible()
