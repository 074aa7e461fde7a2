"""A glossary abbreviation shows its meaning to keyboard users, not only on mouse hover."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_tab_to_an_abbreviation_shows_its_meaning(page, base_url):
    page.goto(base_url + "lessons/05-measuring-the-alliance/")
    abbr = page.locator("article abbr", has_text=re.compile(r"^WAI$")).first
    abbr.focus()
    assert abbr.evaluate("e => e === document.activeElement")
    tooltip_id = abbr.get_attribute("aria-describedby")
    assert tooltip_id, "Material's tooltip should be attached on focus"
    assert "Working Alliance Inventory" in page.locator(f"[id='{tooltip_id}']").inner_text()
