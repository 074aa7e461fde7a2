"""The Python-Markdown extension (quizkit.markdown) on its own, as any generator runs it."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import markdown.treeprocessors
import pytest

from quizkit.banks import checked_banks
from quizkit.config import load_course
from quizkit.i18n import words
from quizkit.markdown import QuizError, _error_panel
from quizkit.markdown.elements import append_html
from quizkit.markdown.markers import MarkerError, find_markers
from quizkit.render import render_quiz

FIXTURE_SITE = Path(__file__).resolve().parents[1] / "fixtures" / "site"


def convert(text: str, course: Path = FIXTURE_SITE / "course.yml", **config) -> str:
    md = markdown.Markdown(
        extensions=["quizkit.markdown", "toc", "abbr", "pymdownx.superfences"],
        extension_configs={"quizkit.markdown": {"course": str(course), **config}},
    )
    return md.convert(text)


def test_a_marker_becomes_the_quiz_as_elements_with_md_links():
    html = convert("# Page\n\n<!-- quiz: sample -->\n")
    assert html.count('<fieldset class="ta-q"') == 4 and "<!-- quiz" not in html
    # Docs-relative here (no generator): MkDocs and Zensical rewrite these in the element tree.
    assert 'class="ta-source" href="lessons/sample.md#' in html


# The island as written into the page (the serializer sorts attributes).
ISLAND = re.compile(r'<template class="ta-strings"[^>]*>(.*?)</template>', re.S)


class _TreeAfterExtension(markdown.treeprocessors.Treeprocessor):
    """Records the element tree as the generators' link rewriters see it (they run after)."""

    def run(self, root):
        self.tags = [element.tag for element in root.iter()]
        self.hrefs = [element.get("href") for element in root.iter("a")]


def test_the_tree_holds_the_quiz_form_and_its_links_the_rest_comes_back_as_written():
    # Issue 16: parsing every quiz into elements cost builds most of their time as banks grew
    # (~100 elements a question, walked again by every tree processor). The generators need the
    # links in the tree, nothing else; the rest is stashed and written back exactly as rendered.
    md = markdown.Markdown(
        extensions=["quizkit.markdown", "toc", "abbr"],
        extension_configs={"quizkit.markdown": {"course": str(FIXTURE_SITE / "course.yml")}},
    )
    seen = _TreeAfterExtension(md)
    md.treeprocessors.register(seen, "seen", 1)
    html = md.convert("# Page\n\n<!-- quiz: sample -->\n\nAfter.\n")
    # (The words' island before the first quiz is one <template> element, its JSON stashed.)
    assert set(seen.tags) <= {"div", "h1", "p", "template", "form", "a", "span"}, seen.tags
    assert seen.hrefs and all(href.startswith(("lessons/", "references.md#")) for href in seen.hrefs)
    assert "<fieldset" in html and "\x02" not in html and "wzxhzdk" not in html
    quiz = checked_banks(load_course(FIXTURE_SITE / "course.yml")).quizzes
    sample = next(q for q in quiz if q.name == "sample")
    rendered = render_quiz(sample, link_for=lambda target: target)
    # Byte for byte after the form's start tag (the serializer orders the form's attributes).
    assert rendered.partition(">")[2] in html
    assert html.rstrip().endswith("</form>\n<p>After.</p>")


def test_quiz_html_starting_with_text_is_parsed_as_before():
    parent = etree.Element("div")
    append_html(parent, 'Text <a href="x.md">link</a> and <em>more</em>', markdown.Markdown().htmlStash)
    assert parent.text == "Text " and [e.tag for e in parent] == ["a", "em"]


def test_hostile_quiz_text_stays_text_in_the_tree():
    html = convert("<!-- quiz: hostile -->\n")
    assert len(ISLAND.findall(html)) == 1  # the browser's words, inert data (see the next test)
    html = ISLAND.sub("", html)
    assert "<img" not in html and "<script" not in html.lower()
    assert "&lt;img src=x onerror=" in html  # shown as the text the author typed


def test_the_page_carries_the_browser_words_once_with_its_first_quiz():
    # Two quizzes, one island, before the first form; a lesson page gets the quiz words only.
    html = convert("<!-- quiz: sample -->\n\ntext\n\n<!-- quiz: hostile -->\n")
    (island,) = ISLAND.findall(html)
    assert html.index("ta-strings") < html.index('class="ta-quiz"')
    assert list(json.loads(island)) == ["quiz"] and json.loads(island)["quiz"]["check"] == "Check"
    assert 'data-locale="en"' in html and "data-search-exclude" in html
    # A page with a practice tool gets the practice pages' words too, even after a lesson quiz.
    (island,) = ISLAND.findall(convert("<!-- quiz: sample -->\n\n<!-- practice: progress -->\n"))
    assert list(json.loads(island)) == ["quiz", "practice"]


def test_the_serve_error_panel_speaks_the_site_language():
    message = "The quiz banks have 1 error(s)\nbanks/sample.yml:3:5: error: [unknown-field] ..."
    panel = _error_panel(message, words("de"))
    assert "Die Quizze auf dieser Seite können nicht erstellt werden" in panel
    assert "Korrigieren Sie die Datei und speichern Sie sie" in panel
    assert "<code>python scripts/validate_quizzes.py</code> listet" in panel
    assert "banks/sample.yml:3:5" in panel and "Fix the file" not in panel


def test_a_practice_marker_gives_data_and_the_pool():
    html = convert("<!-- practice: exam -->\n")
    # The data is an inert <template>, never a <script>: instant navigation would run a script.
    assert 'class="ta-practice"' in html and '<template class="ta-practice__data"' in html
    assert "<script" not in html
    assert '"topicLabels":{"definition":"What the alliance is"' in html
    banks = checked_banks(load_course(FIXTURE_SITE / "course.yml")).quizzes
    assert html.count('<fieldset class="ta-q"') == sum(len(bank.questions) for bank in banks) > 0


def test_marker_mistakes_raise_with_the_line_or_show_when_asked():
    with pytest.raises(QuizError, match="unknown quiz 'nope'"):
        convert("<!-- quiz: nope -->\n")
    shown = convert("<!-- quiz: nope -->\n", errors="show")
    assert 'role="alert"' in shown and "unknown quiz" in shown


def test_bank_errors_raise_once_per_build_with_file_line(tmp_path, monkeypatch):
    site = tmp_path / "site"
    shutil.copytree(FIXTURE_SITE, site, symlinks=True)
    bank = site / "banks" / "sample.yml"
    bank.write_text(bank.read_text(encoding="utf-8").replace("feedback:", "fedback:", 1), encoding="utf-8")
    course = load_course(site / "course.yml")
    monkeypatch.chdir(site)  # the course's folders resolve from the course file; paths show from here
    first = checked_banks(course)
    assert checked_banks(course) is first  # cached: one check however many pages ask
    with pytest.raises(QuizError, match=r"banks/sample\.yml:\d+:\d+: error: \[unknown-field\]"):
        convert("<!-- quiz: sample -->\n", course=site / "course.yml")
    bank.write_text(bank.read_text(encoding="utf-8").replace("fedback:", "feedback:"), encoding="utf-8")
    assert checked_banks(course) is not first and not checked_banks(course).errors  # edits are seen


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("<!-- Quiz: sample -->", "must be written in lowercase"),
        ("<!-- quiz: sample.yml -->", "name the bank without .yml: <!-- quiz: sample -->"),
        ("<!-- quiz sample -->", "malformed quiz marker"),
        ("<!-- practice: quiz -->", "unknown practice tool"),
    ],
)
def test_marker_mistakes_name_the_page_and_line(line, words):
    with pytest.raises(MarkerError) as caught:
        find_markers(f"---\ntitle: x\n---\n\n{line}\n", "docs/page.md")
    assert str(caught.value).startswith("docs/page.md:5: ") and words in str(caught.value)


def test_markers_in_fenced_code_are_examples():
    assert find_markers("```markdown\n<!-- Quiz: x -->\n```\n", "docs/p.md") == []


def test_one_quiz_once_and_one_practice_tool_a_page():
    with pytest.raises(MarkerError, match="appears twice"):
        find_markers("<!-- quiz: a -->\n\n<!-- quiz: a -->\n", "docs/p.md")
    with pytest.raises(MarkerError, match="more than one practice marker"):
        find_markers("<!-- practice: exam -->\n<!-- practice: review -->\n", "docs/p.md")
