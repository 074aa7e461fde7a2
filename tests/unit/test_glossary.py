"""Glossary abbreviations become keyboard-focusable, except inside links."""

import re

from quizkit.mkdocs.glossary import focusable_abbreviations


def test_abbreviations_take_focus_except_inside_links():
    html = (
        '<p><abbr title="x">SRS</abbr> <a href="#"><abbr title="y">ORS</abbr></a>'
        ' <abbr title="z">FIT</abbr></p>'
    )
    out = focusable_abbreviations(html)
    assert re.findall(r"<abbr( tabindex=\"0\")?", out) == [' tabindex="0"', "", ' tabindex="0"']
