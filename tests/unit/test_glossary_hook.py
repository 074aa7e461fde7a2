"""Glossary abbreviations become keyboard-focusable, except inside links."""

import re

from glossary_hook import on_page_content


def test_abbreviations_take_focus_except_inside_links():
    html = (
        '<p><abbr title="x">SRS</abbr> <a href="#"><abbr title="y">ORS</abbr></a>'
        ' <abbr title="z">FIT</abbr></p>'
    )
    out = on_page_content(html, None, None, None)
    assert re.findall(r"<abbr( tabindex=\"0\")?", out) == [' tabindex="0"', "", ' tabindex="0"']
