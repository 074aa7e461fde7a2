"""The site search finds the course's teaching, not its quiz answers (issue 16).

Lesson quizzes and the practice pools are marked `data-search-exclude`, which Material's search
honours; lesson headings and glossary terms must stay in the index, each glossary term as an entry
of its own that leads to the term (quizkit.mkdocs.search).
"""

from __future__ import annotations

import html
import json
import re

from conftest import ROOT
from quizkit.banks import checked_banks
from quizkit.config import load_course
from quizkit.markup import render_plain

# Words that only quiz blocks print (render.py): their presence means a quiz got indexed.
QUIZ_ONLY = ("Correct answer", "Answer and explanation", "Choose one answer.", "Choose all that apply.")
# A short choice ("Transference", "Goals, tasks and bond") is also lesson text; a long one is not.
LONG_CHOICE = 12


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", text))).strip()


def _index(site_dir):
    docs = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    return docs, " ".join(_flat(f"{doc['title']} {doc['text']}") for doc in docs)


def _quiz_texts() -> list[str]:
    """Every feedback and explanation, and every long choice, as a reader sees it (plain text)."""
    texts = []
    for quiz in checked_banks(load_course(ROOT / "course.yml")).quizzes:
        for question in quiz.questions:
            texts.append(question.explanation)
            for choice in question.options():
                texts += [choice.feedback] if choice.feedback else []
                texts += [choice.text] if len(choice.text.split()) >= LONG_CHOICE else []
    return [_flat(render_plain(text)) for text in texts]


def test_search_index_holds_no_quiz_text(site_dir):
    _, text = _index(site_dir)
    assert [phrase for phrase in QUIZ_ONLY if phrase in text] == []
    quiz_texts = _quiz_texts()
    assert len(quiz_texts) > 100  # the banks were read
    indexed = [quiz_text for quiz_text in quiz_texts if quiz_text in text]
    assert indexed == [], f"{len(indexed)} quiz texts in the search index, e.g. {indexed[:3]}"


def test_search_index_keeps_lesson_headings_and_glossary_terms(site_dir):
    docs, text = _index(site_dir)
    titles = {_flat(doc["title"]) for doc in docs}
    headings = [
        _flat(match.group(1))
        for page in sorted((ROOT / "docs" / "lessons").glob("*.md"))
        for match in re.finditer(r"^#{2,3} (.+?)\s*$", page.read_text(encoding="utf-8"), re.M)
    ]
    assert len(headings) > 20
    assert [heading for heading in headings if heading not in titles] == []
    terms = [term for term, _ in glossary_terms()]
    assert len(terms) > 10
    assert [term for term in terms if term not in text] == []


def glossary_terms() -> list[tuple[str, str]]:
    """(term, id) for each term in docs/glossary.md ("Term { #id }" above its ":   " definition)."""
    glossary = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    return re.findall(r"^(\S[^\n]*?)(?: \{ #([\w-]+) \})?\n:   ", glossary, re.M)


def test_each_glossary_term_is_an_entry_of_its_own_at_its_anchor(site_dir):
    docs, _ = _index(site_dir)
    entries = {doc["location"]: doc for doc in docs}
    terms = glossary_terms()
    assert [term for term, anchor in terms if not anchor] == [], "every term needs an id to land on"
    titles = {location: _flat(doc["title"]) for location, doc in entries.items()}
    missing = [term for term, anchor in terms if titles.get(f"glossary/#{anchor}") != term]
    assert missing == []
    # The definitions moved to the terms' entries: the glossary's own entry keeps its introduction only.
    bond = entries["glossary/#bond"]["text"]
    assert "personal attachment between client and therapist" in bond
    assert "personal attachment" not in entries["glossary/"]["text"]
