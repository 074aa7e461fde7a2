"""Let keyboard users read glossary abbreviations, not only mouse users.

Every page gets the glossary's abbreviations (pymdownx.snippets appends includes/abbreviations.md),
and Material's `content.tooltips` shows an abbreviation's meaning on hover or focus. An <abbr>
cannot take focus by itself, so the MkDocs plugin gives each one `tabindex="0"`, except inside a link,
where the link already takes focus and a second stop inside it would be a nested control.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"<(/?)(a|abbr)\b", re.IGNORECASE)


def focusable_abbreviations(html: str) -> str:
    if "<abbr" not in html:
        return html
    out, last, link_depth = [], 0, 0
    for tag in _TAG.finditer(html):
        closing, name = tag.group(1), tag.group(2).lower()
        if name == "a":
            link_depth = max(0, link_depth + (-1 if closing else 1))
        elif not closing and link_depth == 0:
            out.append(html[last : tag.end()] + ' tabindex="0"')
            last = tag.end()
    out.append(html[last:])
    return "".join(out)
