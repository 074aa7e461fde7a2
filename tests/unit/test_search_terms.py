"""Glossary terms as search entries of their own (quizkit.mkdocs.search)."""

import json

from quizkit.mkdocs.search import EXCLUDE, TERM_BOOST, add_term_entries, term_entries

GLOSSARY = """<p>Short definitions.</p>
<dl>
<dt id="bond">Bond</dt>
<dd>In Bordin's model, the <em>personal</em> attachment &amp; trust.</dd>
<dt>Unanchored</dt>
<dd>No id: stays in the page's own entry.</dd>
<dt class="x" id="fit">Feedback-informed treatment (<abbr title="Feedback-informed treatment">FIT</abbr>)</dt>
<dd>Asking clients
    every session.</dd>
<dd>A second definition.</dd>
<dt data-id="not-an-id">Data only</dt>
<dd>Not an anchor.</dd>
</dl>"""


def test_terms_with_ids_become_entries_and_leave_the_pages_own_entry():
    html, terms = term_entries(GLOSSARY)
    assert terms == [
        {"id": "bond", "title": "Bond", "text": "In Bordin's model, the personal attachment &amp; trust."},
        {
            "id": "fit",
            "title": "Feedback-informed treatment (FIT)",
            "text": "Asking clients every session. A second definition.",
        },
    ]
    assert f'<dt id="bond"{EXCLUDE}>Bond</dt>\n<dd{EXCLUDE}>' in html
    assert f"<dd{EXCLUDE}>A second definition.</dd>" in html
    # Terms without an id (nowhere to land) stay as they were, in the page's own entry.
    assert "<dt>Unanchored</dt>\n<dd>No id" in html
    assert '<dt data-id="not-an-id">Data only</dt>\n<dd>Not' in html


def test_a_page_without_terms_is_left_alone():
    page = '<h2 id="a">A</h2><p>Text <abbr title="x">X</abbr></p><dl><dt>T</dt><dd>D</dd></dl>'
    assert term_entries(page) == (page, [])


def index_file(tmp_path, docs):
    path = tmp_path / "search_index.json"
    path.write_text(json.dumps({"config": {"lang": ["en"]}, "docs": docs}), encoding="utf-8")
    return path


def test_term_entries_follow_their_pages_entries(tmp_path):
    docs = [
        {"location": "", "title": "Home", "text": "Welcome"},
        {"location": "glossary/", "title": "Glossary", "text": "<p>Short definitions.</p>"},
        {"location": "glossary/#more", "title": "More", "text": "x"},
        {"location": "about/", "title": "About", "text": "y"},
    ]
    path = index_file(tmp_path, docs)
    term = {"id": "bond", "title": "Bond", "text": "Attachment."}
    assert add_term_entries(path, {"glossary/": [term], "about/": []})
    index = json.loads(path.read_text(encoding="utf-8"))
    assert index["config"] == {"lang": ["en"]}
    locations = [doc["location"] for doc in index["docs"]]
    assert locations == ["", "glossary/", "glossary/#more", "glossary/#bond", "about/"]
    expected = {"location": "glossary/#bond", "title": "Bond", "text": "Attachment.", "boost": TERM_BOOST}
    assert index["docs"][3] == expected


def test_terms_of_a_page_search_leaves_out_are_not_added(tmp_path):
    path = index_file(tmp_path, [{"location": "", "title": "Home", "text": "Welcome"}])
    assert add_term_entries(path, {"glossary/": [{"id": "bond", "title": "Bond", "text": "x"}]})
    assert [doc["location"] for doc in json.loads(path.read_text(encoding="utf-8"))["docs"]] == [""]


def test_no_index_no_change(tmp_path):
    terms = {"glossary/": [{"id": "b", "title": "B", "text": "x"}]}
    assert add_term_entries(tmp_path / "missing.json", terms) is False
