"""quizkit.render's HTML as ElementTree elements, for a Markdown extension to put in the page.

Elements rather than stashed raw HTML because the site generators (MkDocs and Zensical alike)
rewrite and check `.md` links only in the element tree. Every text is an AtomicString, so no
later Markdown step (inline patterns, abbreviations) rewrites quiz text a second time.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from html.parser import HTMLParser

from markdown.util import AtomicString

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


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


def append_html(parent: etree.Element, html: str) -> None:
    """Parse `html` (well-formed, as quizkit.render writes it) into children of `parent`."""
    builder = _Builder(parent)
    builder.feed(html)
    builder.close()
