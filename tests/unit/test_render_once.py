"""Each quiz text is converted from Markdown once, however many pages and exports show it (issue 16).

A build shows every text on its lesson page, the exam and review pools and in each export format
(per bank and again in all-quizzes.*). The bank here is bigger than any bounded cache the renderer
had (4,096 entries), so a cache that thrashes converts texts again and fails the count.
"""

from __future__ import annotations

from collections import Counter

import pytest

from quizkit import markup
from quizkit.export import FORMATS, ExportOptions, export_banks, exporter
from quizkit.model import Choice, Question, Quiz
from quizkit.render import render_question, render_quiz

QUESTIONS_PER_BANK = 100
BANKS = 5  # 500 questions, 5,000 distinct texts


def _bank(number: int) -> Quiz:
    questions = []
    for i in range(QUESTIONS_PER_BANK):
        n = number * QUESTIONS_PER_BANK + i
        choices = [
            Choice(
                text=f"Choice {c} for case {n}",
                feedback=f"Why choice {c} of case {n} is *so*.",
                correct=c == 0,
            )
            for c in range(4)
        ]
        questions.append(
            Question(
                id=f"gen-{n}",
                prompt=f"Which fits case {n}?",
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
