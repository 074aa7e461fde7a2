"""The site search finds the course's teaching, not its quiz answers (issue 16).

Lesson quizzes and the practice pools are marked `data-search-exclude`, which Material's search
honours; lesson headings and glossary terms must stay in the index.
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
    glossary = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    terms = re.findall(r"^(\S[^\n]*)\n:   ", glossary, re.M)
    assert len(terms) > 10
    assert [term for term in terms if term not in text] == []
