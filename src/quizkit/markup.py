"""Quiz text is inline Markdown; this turns it into HTML that is safe to put in a page.

Raw HTML typed into a quiz shows as text: the Markdown parser below has no raw-HTML, entity,
autolink or blockquote rules, so `<`, `>` and `&` are ordinary characters that it escapes
once, in code spans as everywhere else (escaping the text before parsing escaped code spans
twice: `a < b` showed as `a &lt; b`). The output is then sanitised with nh3 as a second line
of defence (for example against `javascript:` links).
"""

from __future__ import annotations

import html
import re
from functools import cache

import markdown
import nh3
from markdown.inlinepatterns import ENTITY_RE, InlineProcessor

_ALLOWED_TAGS = {"a", "code", "em", "strong", "br", "sub", "sup", "abbr", "p", "ul", "ol", "li", "kbd"}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}
_URL_SCHEMES = {"http", "https", "mailto"}


class _LiteralEntity(InlineProcessor):
    """`&copy;` typed into a quiz shows as typed: stashed escaped, where Markdown would pass it
    through as an entity (its serializer leaves `&name;` alone)."""

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str, int, int]:  # noqa: N802
        return self.md.htmlStash.store(html.escape(m.group(1))), m.start(0), m.end(0)


def _text_only_markdown() -> markdown.Markdown:
    """Python-Markdown without the rules that read `<`, `>` or `&` as markup."""
    md = markdown.Markdown(extensions=[], output_format="html")
    md.preprocessors.deregister("html_block")
    for name in ("html", "autolink", "automail"):
        md.inlinePatterns.deregister(name)
    md.inlinePatterns.register(_LiteralEntity(ENTITY_RE, md), "entity", 80)
    md.parser.blockprocessors.deregister("quote")  # `>` starts no blockquote (it never did)
    # Quiz text is inline Markdown: a line starting `#`, a `---` line, or `[id]: address` would
    # become a heading, a rule or a link definition, which the sanitiser then drops, words and all
    # (feedback "#" rendered as nothing at all).
    for name in ("hashheader", "setextheader", "hr", "reference"):
        md.parser.blockprocessors.deregister(name)
    return md


_md = _text_only_markdown()


# Keyed by the text, unbounded: a build shows each text on its lesson page, the exam and review
# pages and in every export format, so each must be converted once per build, not once per use.
# A bounded cache smaller than the course thrashes (4,161 questions are ~45,000 texts: with 4,096
# entries every page converted them all again). Entries are immutable strings, already sanitised,
# so a hit returns exactly what a conversion would; `mkdocs serve` adds only edited texts.
@cache
def render_inline(text: str) -> str:
    """Render one quiz text field (prompt, choice, feedback...) as sanitised HTML.

    A single paragraph comes back without its `<p>` wrapper, so it fits in a label or legend.
    """
    if is_plain(text):
        return text
    if "\n\n" in text and not _UNSAFE_SPLIT.search(text):
        paragraphs = _paragraphs(text)
        if paragraphs is not None:
            return "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return _convert(text)


# Characters Markdown treats by their place in the whole text: a BOM (dropped only at the very
# start), tabs (expanded by column), and control characters it removes before reading indents.
_UNSAFE_SPLIT = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\ufeff]")
_BLOCK_TAGS = ("<p>", "<ul>", "<ol>", "<li>", "<pre>", "<br>", "<br />")


def _paragraphs(text: str) -> list[str] | None:
    """The paragraphs of `text`, each rendered (and cached) alone, when Markdown would read it
    as nothing but paragraphs; else None.

    The exports add "References: ..." and "Source: `page`" paragraphs to each explanation: the
    whole text was new every time, so every explanation went through Markdown again. Split at
    blank lines, the paragraphs that repeat come from the cache and the rest are mostly plain.
    Blank-line-separated paragraphs do not affect each other in Markdown; a paragraph that
    renders as nothing, a list, code, a line break or several paragraphs (or with space at an end,
    which Markdown treats by position) is not simple enough, and the whole text is converted.
    """
    parts = text.split("\n\n")
    rendered = []
    for part in parts:
        if not part or part != part.strip():
            return None
        html = render_inline(part)
        if not html or any(tag in html for tag in _BLOCK_TAGS):  # empty: Markdown drops it
            return None
        rendered.append(html)
    return rendered


# Text that Markdown and the sanitiser both give back unchanged, so it skips them (most quiz text
# is plain words: converting it was most of the renderer's time). Not plain: any character that
# starts inline markup (`\`, backtick, `*`, `_`, `[`, `]`, `!`), that HTML escapes (`<`, `>`, `&`,
# no-break space), a line break or other control character (C1 and BOM too), space at either end
# (Markdown strips it; four spaces start code), or a start Markdown reads as a list item (`- `,
# `+ `, `1. `, `1) `).
_PLAIN = re.compile(
    r"[^\\`*_\[\]!<>&\x00-\x20\x7f-\xa0\ufeff]"
    r"(?:[^\\`*_\[\]!<>&\x00-\x1f\x7f-\xa0\ufeff]*[^\\`*_\[\]!<>&\x00-\x20\x7f-\xa0\ufeff])?"
)
_LIST_START = re.compile(r"[+-]|\d+[.)]")


def is_plain(text: str) -> bool:
    """True when `text` renders as itself (see _PLAIN)."""
    return _PLAIN.fullmatch(text) is not None and _LIST_START.match(text) is None and text == text.strip()


def _convert(text: str) -> str:
    """Markdown, then the sanitiser: what render_inline does for text that is not plain."""
    _md.reset()
    rendered = _md.convert(text).strip()
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
    rendered = render_inline(text)
    if "<" not in rendered and "&" not in rendered:  # no tags, no entities: already plain
        return rendered
    return html.unescape(nh3.clean(rendered, tags=set()))
