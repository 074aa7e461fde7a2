"""A glossary term found by search lands on the term (issue 16): the first result for the term is
the glossary, with the term's own entry right under the page's title, and following it shows the
term itself, below the header, with the searched word highlighted (search.highlight).
The offline copy's search does the same from file:// (tests/site/test_site_offline.py)."""

from __future__ import annotations

import pytest
from site_pages import lands_on_the_term

from conftest import open_context

pytestmark = pytest.mark.browser


def test_a_glossary_term_found_by_search_lands_on_the_term(browser, base_url):
    context = open_context(browser, viewport={"width": 1350, "height": 940})
    try:
        page = context.new_page()
        page.goto(base_url + "about/")
        lands_on_the_term(page, "glossary/")
        assert context.log.console_errors == []
    finally:
        context.close()
