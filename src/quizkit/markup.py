"""Quiz text is inline Markdown; this turns it into HTML that is safe to put in a page.

Raw HTML typed into a quiz is escaped first (it shows as text), then the Markdown output is
sanitised with nh3 as a second line of defence (for example against `javascript:` links).
"""

from __future__ import annotations

import html
from functools import lru_cache

import markdown
import nh3

_ALLOWED_TAGS = {"a", "code", "em", "strong", "br", "sub", "sup", "abbr", "p", "ul", "ol", "li", "kbd"}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}
_URL_SCHEMES = {"http", "https", "mailto"}

_md = markdown.Markdown(extensions=[], output_format="html")


@lru_cache(maxsize=4096)
def render_inline(text: str) -> str:
    """Render one quiz text field (prompt, choice, feedback...) as sanitised HTML.

    A single paragraph comes back without its `<p>` wrapper, so it fits in a label or legend.
    """
    _md.reset()
    rendered = _md.convert(html.escape(text, quote=False)).strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    return nh3.clean(
        rendered,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener",
    )


def render_plain(text: str) -> str:
    """The text a learner reads, without markup (for exports that take plain text)."""
    return html.unescape(nh3.clean(render_inline(text), tags=set()))
