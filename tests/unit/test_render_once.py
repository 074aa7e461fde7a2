"""Each quiz text is converted from Markdown once, however many pages and exports show it (issue 16).

A build shows every text on its lesson page, the exam and review pools and in each export format
(per bank and again in all-quizzes.*). The bank here is bigger than any bounded cache the renderer
had (4,096 entries), so a cache that thrashes converts texts again and fails the count.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizkit import markup
from quizkit.export import FORMATS, ExportOptions, export_banks, exporter
from quizkit.model import Choice, Question, Quiz
from quizkit.render import render_question, render_quiz

QUESTIONS_PER_BANK = 100
BANKS = 5  # 500 questions, 5,000 distinct texts
BANKS_EXPORTED = 2


def _bank(number: int) -> Quiz:
    questions = []
    for i in range(QUESTIONS_PER_BANK):
        n = number * QUESTIONS_PER_BANK + i
        choices = [
            Choice(
                text=f"Choice {c} for *case {n}*",  # Markdown: plain text is never converted
                feedback=f"Why choice {c} of case {n} is *so*.",
                correct=c == 0,
            )
            for c in range(4)
        ]
        questions.append(
            Question(
                id=f"gen-{n}",
                prompt=f"Which fits *case {n}*?",
                explanation=f"The explanation of case {n}, with `code`.",
                source="lessons/bench.md#the-bond",
                topic="definition",
                difficulty="easy",
                choices=choices,
                quiz=f"gen-{number}",
            )
        )
    return Quiz(
        path=f"gen-{number}.yml",
        name=f"gen-{number}",
        title=f"Bank {number}",
        lesson="lessons/bench.md",
        questions=questions,
    )


@pytest.fixture
def conversions(monkeypatch):
    """Every text the Markdown converter is given, counted (the renderer's cache starts empty)."""
    seen: Counter[str] = Counter()
    convert = markup._md.convert

    def counting(text: str) -> str:
        seen[text] += 1
        return convert(text)

    markup.render_inline.cache_clear()
    monkeypatch.setattr(markup._md, "convert", counting)
    yield seen
    markup.render_inline.cache_clear()


def test_each_text_is_converted_once_for_pages_and_every_export(conversions):
    quizzes = [_bank(n) for n in range(BANKS)]
    link = lambda target: target  # noqa: E731
    for quiz in quizzes:  # the lesson pages
        render_quiz(quiz, link_for=link)
    for prefix in ("x-", "r-"):  # the exam and review pools
        for quiz in quizzes:
            for n, question in enumerate(quiz.questions, start=1):
                render_question(question, number=n, link_for=link, id_prefix=prefix, lesson=quiz.lesson)
    export_banks(quizzes, [exporter(name) for name in FORMATS], ExportOptions(), always_combined=True)

    assert len(conversions) >= 5_000
    converted_again = {text: count for text, count in conversions.items() if count > 1}
    assert converted_again == {}, f"{len(converted_again)} texts converted more than once"


def test_plain_text_is_not_converted_at_all(conversions):
    # Issue 16: nine quiz texts in ten are plain words, and Markdown plus the sanitiser give
    # them back unchanged; converting them was most of the renderer's time in a large build.
    plain = ["Which fits case 12?", "The bond, tasks and goals (Bordin, 1979).", "É — “quoted” 2.5"]
    assert [markup.render_inline(text) for text in plain] == plain
    assert conversions == {}
    assert markup.render_inline("Which *fits*?") == "Which <em>fits</em>?"
    assert list(conversions) == ["Which *fits*?"]


# Characters that mean something to Markdown, HTML or the sanitiser, in among plain words.
_TRICKY = st.text(
    alphabet=st.sampled_from(
        list("ab c1.-+)(#=:|~^{}\\`*_[]!<>&;'\"\n\t\r\x00\x02\x85\xa0\u2003\u2028\ufeffé")
    ),
    max_size=12,
)


@settings(max_examples=2000, deadline=None)
@given(_TRICKY)
def test_text_taken_as_plain_renders_as_itself(text):
    if markup.is_plain(text):
        assert markup._convert(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "- a",
        "+ a",
        "1. a",
        "3) a",
        "  a",
        "a  ",
        "a\nb",
        "a  \nb",
        "a\xa0b",
        "\ufeffa",
        "a & b",
        "1 < 2",
        "*a*",
    ],
)
def test_text_that_markdown_changes_is_not_taken_as_plain(text):
    assert not markup.is_plain(text)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_TRICKY, min_size=2, max_size=4))
def test_paragraphs_rendered_one_by_one_give_what_markdown_gives_the_whole(parts):
    text = "\n\n".join(parts)
    markup.render_inline.cache_clear()
    assert markup.render_inline(text) == markup._convert(text)


def test_an_export_explanation_converts_only_its_new_paragraph(conversions):
    # The exports follow each explanation with its references and source: as one text it was new
    # every time; paragraph by paragraph only the explanation is new, and it is plain here.
    texts = [
        f"Plain explanation {n}.\n\nReferences: [Bordin (1979)](https://x.org/#b)\n\nSource: `lessons/a.md`"
        for n in range(3)
    ]
    rendered = [markup.render_inline(text) for text in texts]
    assert rendered[0].startswith("<p>Plain explanation 0.</p>\n<p>References: <a href=")
    assert sorted(conversions) == ["References: [Bordin (1979)](https://x.org/#b)", "Source: `lessons/a.md`"]


def test_each_question_is_exported_once_per_format_though_two_files_hold_it(monkeypatch):
    # Issue 16: every question is in its bank's files and again in all-quizzes.*; the second
    # file reuses the first one's work (and Anki's CSV the deck's) instead of doing it again.
    from quizkit.export import anki, gift, qti

    calls: Counter[str] = Counter()

    def counted(module, name):
        original = getattr(module, name)

        def wrapper(question, *args):
            calls[f"{module.__name__}:{question.id}"] += 1
            return original(question, *args)

        monkeypatch.setattr(module, name, wrapper)

    counted(gift, "_choice_lines")  # once per GIFT question
    counted(qti, "item_element")  # once per QTI item
    counted(anki, "key_letters")  # once per Anki note's fields
    quizzes = [_bank(n) for n in range(BANKS_EXPORTED)]
    export_banks(quizzes, [exporter(name) for name in FORMATS], ExportOptions(), always_combined=True)
    assert len(calls) == 3 * BANKS_EXPORTED * QUESTIONS_PER_BANK
    assert set(calls.values()) == {1}
