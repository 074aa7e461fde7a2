"""Each glossary term its own search entry, so a search for a term lands on the term.

Material's search splits a page into entries at its headings only; the glossary is one definition
list under one heading, so every term used to lead to the top of the glossary. A definition term
with an id (`Bond { #bond }` in docs/glossary.md, any page alike) becomes an entry of its own:
location `PAGE#ID`, title the term, text its definition. Used by the MkDocs plugin in two steps:

1. term_entries(html), on each page's HTML before Material's search reads it (on_page_content):
   finds the terms and marks them `data-search-exclude`, so the page's own entry no longer repeats
   them (Material drops the attribute from the page it writes).
2. add_term_entries(index, terms), after Material writes search/search_index.json (on_post_build):
   puts each page's terms right after that page's entries. The offline plugin inlines the file
   afterwards, so the offline copy's search has them too.

A term's entry counts double (Material's per-entry `boost`, as a page's `search: boost` sets): a
search for a term then shows its definition first, where a lesson section named like it came first
before; broad searches ("alliance", "rupture") still show lessons first (5 already let the glossary
take those over).
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

# A term with an id and the definitions that follow it. Markdown's def_list writes <dt> and <dd>
# elements as siblings; a definition never holds another </dd> (a nested list would), hence lazy.
_TERM = re.compile(
    r'<dt(?P<attrs>\s[^>]*?(?<![\w-])id="(?P<id>[^"]+)"[^>]*)>(?P<term>.*?)</dt>(?P<defs>(?:\s*<dd\b[^>]*>.*?</dd>)+)',
    re.DOTALL,
)
_DD_OPEN = re.compile(r"<dd\b")
EXCLUDE = ' data-search-exclude="term"'
TERM_BOOST = 2


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(fragment: str) -> str:
    """The text a reader sees in an HTML fragment, on one line, escaped for the search index."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return html.escape(" ".join("".join(parser.parts).split()), quote=False)


def term_entries(page_html: str) -> tuple[str, list[dict]]:
    """The page's HTML with its terms left out of Material's own entries, and an entry per term
    ({"id", "title", "text"}; the location is the plugin's to make)."""
    terms: list[dict] = []

    def mark(match: re.Match) -> str:
        term = {"id": html.unescape(match["id"]), "title": plain_text(match["term"])}
        terms.append({**term, "text": plain_text(match["defs"])})
        defs = _DD_OPEN.sub("<dd" + EXCLUDE, match["defs"])
        return f"<dt{match['attrs']}{EXCLUDE}>{match['term']}</dt>{defs}"

    return _TERM.sub(mark, page_html), terms


def add_term_entries(index_file: Path, terms: dict[str, list[dict]]) -> bool:
    """Adds the terms found on each page ({page url: entries}) to Material's search index file,
    after that page's own entries; False when there is no index (search is off)."""
    if not index_file.is_file() or not any(terms.values()):
        return False
    index = json.loads(index_file.read_text(encoding="utf-8"))
    docs = index["docs"]
    for url, entries in terms.items():
        placed = [i for i, doc in enumerate(docs) if doc["location"].split("#")[0] == url]
        if not placed or not entries:
            continue  # the page itself is not in the index (excluded from search)
        new = [
            {"location": f"{url}#{e['id']}", "title": e["title"], "text": e["text"], "boost": TERM_BOOST}
            for e in entries
        ]
        docs[placed[-1] + 1 : placed[-1] + 1] = new
    index_file.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
    return True
