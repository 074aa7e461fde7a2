"""The course's question banks keep the shape exam-prep users were promised (issue: question banks)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quizkit.validate import load_and_check

ROOT = Path(__file__).resolve().parents[2]
LESSONS = sorted((ROOT / "docs" / "lessons").glob("[0-9][0-9]-*.md"))


@pytest.fixture(scope="module")
def banks():
    result = load_and_check([ROOT / "quizzes"], project_root=ROOT)
    assert result.errors == []
    return {quiz.name: quiz for quiz in result.quizzes}


def test_every_lesson_has_a_bank_of_at_least_fifteen(banks):
    for lesson in LESSONS:
        assert len(banks[lesson.stem].questions) >= 15, lesson.stem


def test_exam_pool_holds_thirty_more_and_the_course_200(banks):
    # Issue 12: at least 200 questions across the course, lesson banks and exam pool together.
    assert len(banks["exam-pool"].questions) >= 30
    assert sum(len(quiz.questions) for quiz in banks.values()) >= 200


def test_question_type_mix(banks):
    types = Counter(q.type for quiz in banks.values() for q in quiz.questions)
    total = sum(types.values())
    assert types["multiple"] / total >= 0.10
    assert types["true-false"] / total <= 0.15
    assert types["single"] > types["multiple"] + types["true-false"]


def test_every_bank_spreads_difficulty(banks):
    for name, quiz in banks.items():
        assert {q.difficulty for q in quiz.questions} == {"easy", "medium", "hard"}, name


def test_key_is_rarely_the_longest_choice(banks):
    for name, quiz in banks.items():
        with_choices = [q for q in quiz.questions if q.type != "true-false"]
        longest = 0
        for q in with_choices:
            lengths = [len(c.text) for c in q.choices]
            key_lengths = [len(c.text) for c in q.choices if c.correct]
            longest += max(key_lengths) == max(lengths) and lengths.count(max(lengths)) == 1
        assert longest <= len(with_choices) / 3, name
