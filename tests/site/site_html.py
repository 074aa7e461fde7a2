"""Reads what a built page links to and which ids it defines, with the standard library's parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class PageRefs:
    ids: set[str] = field(default_factory=set)
    # Every URL in the page that points at another file: <a>/<area>/<link> href, script/img/source src.
    links: list[str] = field(default_factory=list)


class _RefParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs = PageRefs()

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if "id" in attributes:
            self.refs.ids.add(attributes["id"])
        if tag == "a" and "name" in attributes:
            self.refs.ids.add(attributes["name"])
        if tag in ("a", "area", "link") and attributes.get("href"):
            self.refs.links.append(attributes["href"])
        if tag in ("script", "img", "source", "iframe") and attributes.get("src"):
            self.refs.links.append(attributes["src"])


def read_page(html: str) -> PageRefs:
    """The ids a page defines and every URL in it that names another file or an anchor."""
    parser = _RefParser()
    parser.feed(html)
    parser.close()
    return parser.refs
