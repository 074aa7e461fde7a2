"""quizkit.render's HTML put into Python-Markdown's element tree, at the cost of its links only.

The site generators (MkDocs and Zensical alike) rewrite and check `.md` links only in the element
tree, so every `<a>` must be an element there. Everything else is stashed as raw HTML (Python-
Markdown's htmlStash, as its own raw-HTML blocks are) and comes back verbatim when the page is
written. Parsing the whole quiz into elements cost a build most of its time as banks grew (a
practice page holds the pool: 4,000 questions were ~400,000 elements, parsed, then walked by every
tree processor and serialized again); stashed, it is one string per stretch between two links.

The outer element (the quiz's `<form>`, the practice `<div>`) is a real element, so its `id` is an
anchor the generator knows. Every text is an AtomicString and the stash is never parsed again, so
no later Markdown step (inline patterns, abbreviations, attribute lists) rewrites quiz text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from html.parser import HTMLParser

from markdown.util import AtomicString, HtmlStash

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
# A start tag: quoted attribute values may hold ">" (nh3 leaves it unescaped in an href).
_TAG = r"""<{name}\b(?:[^>"']|"[^"]*"|'[^']*')*>"""
# One element around the whole text, as quizkit.render and the practice pages write it.
_OUTER = re.compile(
    r"\A\s*(?P<start>" + _TAG.format(name=r"(?P<tag>[a-z][a-z0-9]*)") + r")(?P<inner>.*)</(?P=tag)>\s*\Z",
    re.S,
)
# A link: render_inline's output never nests one inside another.
_LINK = re.compile(_TAG.format(name="a") + r".*?</a>", re.S)


class _Builder(HTMLParser):
    def __init__(self, parent: etree.Element) -> None:
        super().__init__(convert_charrefs=True)
        self.stack = [parent]
        self.tags = [""]  # the tag each open element was written with
        self.last: etree.Element | None = None  # the element whose tail takes the next text

    def handle_starttag(self, tag, attrs):
        attributes = {k: v if v is not None else "" for k, v in attrs}
        # A link whose address the sanitiser removed (javascript:...) is plain text; generators
        # expect every <a> in the tree to have an href.
        name = "span" if tag == "a" and "href" not in attributes else tag
        element = etree.SubElement(self.stack[-1], name, attributes)
        self.last = None
        if tag in _VOID:
            self.last = element
        else:
            self.stack.append(element)
            self.tags.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        while len(self.stack) > 1:
            element, written = self.stack.pop(), self.tags.pop()
            if written == tag:
                self.last = element
                return

    def handle_data(self, data):
        if self.last is not None:
            self.last.tail = AtomicString((self.last.tail or "") + data)
        else:
            parent = self.stack[-1]
            parent.text = AtomicString((parent.text or "") + data)


def parse_html(parent: etree.Element, html: str) -> None:
    """Parse `html` (well-formed, as quizkit.render writes it) into elements under `parent`."""
    builder = _Builder(parent)
    builder.feed(html)
    builder.close()


def append_html(parent: etree.Element, html: str, stash: HtmlStash) -> None:
    """Put `html` at the end of `parent`: its outer element and its links as elements, the rest as
    raw HTML in `stash` (Python-Markdown restores it when the page is serialized)."""
    outer = _OUTER.match(html)
    if outer is None:  # not one element: parse it all (nothing quizkit writes takes this way)
        parse_html(parent, html)
        return
    parse_html(parent, outer["start"] + f"</{outer['tag']}>")
    element = parent[-1]
    inner, last, at = outer["inner"], None, 0
    for link in _LINK.finditer(inner):
        _add_raw(element, last, inner[at : link.start()], stash)
        parse_html(element, link[0])
        last, at = element[-1], link.end()
    _add_raw(element, last, inner[at:], stash)


def _add_raw(element: etree.Element, last: etree.Element | None, raw: str, stash: HtmlStash) -> None:
    if not raw:
        return
    placeholder = AtomicString(stash.store(raw))
    if last is None:
        element.text = placeholder
    else:
        last.tail = placeholder
