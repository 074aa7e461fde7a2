"""tests/grown_course.py, the course grown by generated questions (bench and size tests, issue 16)."""

from __future__ import annotations

from conftest import ROOT
from grown_course import PREFIX, grow_course, question_count
from quizkit.banks import checked_banks
from quizkit.config import load_course
from quizkit.markup import render_inline


def test_a_grown_course_holds_the_extra_questions_all_valid_and_all_distinct(tmp_path):
    before = question_count(ROOT / "quizzes")
    root = grow_course(tmp_path / "course", extra=250)
    result = checked_banks(load_course(root / "course.yml"))
    assert result.problems == []  # no error, no warning: the clones validate as the course does
    grown = [q for quiz in result.quizzes for q in quiz.questions if q.id.startswith(PREFIX)]
    assert len(grown) == 250 and question_count(root / "quizzes") == before + 250
    # Every text differs from every other, so a build cannot serve a clone from the render cache.
    texts = [q.prompt for q in grown] + [c.text for q in grown for c in q.choices]
    assert len(set(texts)) == len(texts)
    assert all(render_inline(q.prompt) for q in grown)
