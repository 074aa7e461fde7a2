"""The course's question banks keep the shape exam-prep users were promised; the numbers are the
course policies in course.yml (course_policy.py), so a fork changes them there."""

from __future__ import annotations

from collections import Counter

import pytest
from course_policy import COURSE, broken, policy

from quizkit.validate import load_and_check

LESSONS = sorted((COURSE.docs_dir / "lessons").glob("[0-9][0-9]-*.md"))
EXAM_POOL = "exam-pool"


@pytest.fixture(scope="module")
def banks():
    result = load_and_check([COURSE.quizzes_dir], course=COURSE)
    assert result.errors == [], "the banks have errors: run `make validate` for the list"
    return {quiz.name: quiz for quiz in result.quizzes}


def test_every_lesson_has_a_big_enough_bank(banks):
    for lesson in LESSONS:
        assert lesson.stem in banks, f"{lesson.name} has no bank: add {COURSE.quizzes_dir / lesson.stem}.yml"
        count = len(banks[lesson.stem].questions)
        assert count >= policy("bank_min_questions"), broken(
            "bank_min_questions", f"{lesson.stem}.yml holds {count} questions"
        )


def test_exam_pool_and_course_totals(banks):
    pool = len(banks[EXAM_POOL].questions)
    assert pool >= policy("exam_pool_min_questions"), broken(
        "exam_pool_min_questions", f"{EXAM_POOL}.yml holds {pool} questions"
    )
    total = sum(len(quiz.questions) for quiz in banks.values())
    assert total >= policy("course_min_questions"), broken(
        "course_min_questions", f"the banks hold {total} questions"
    )


def test_question_type_mix(banks):
    types = Counter(q.type for quiz in banks.values() for q in quiz.questions)
    total = sum(types.values())
    share = types["multiple"] / total
    assert share >= policy("multiple_min_share"), broken(
        "multiple_min_share", f"{share:.0%} of the questions are multiple-answer"
    )
    share = types["true-false"] / total
    assert share <= policy("true_false_max_share"), broken(
        "true_false_max_share", f"{share:.0%} of the questions are true/false"
    )
    share = types["single"] / total
    assert share >= policy("single_min_share"), broken(
        "single_min_share", f"{share:.0%} of the questions are single-answer"
    )


def test_every_bank_spreads_difficulty(banks):
    wanted = set(policy("difficulties"))
    for name, quiz in banks.items():
        found = {q.difficulty for q in quiz.questions}
        assert wanted <= found, broken(
            "difficulties", f"{name}.yml has no {', '.join(sorted(wanted - found))}"
        )


def test_key_is_rarely_the_longest_choice():
    # The validator owns this rule and reads both key_longest_* policies, so `--strict` fails on
    # exactly these banks; an `allow: [key-longest-often]` in a bank acknowledges it in both.
    result = load_and_check([COURSE.quizzes_dir], course=COURSE)
    flagged = [p.format_text() for p in result.warnings if p.rule == "key-longest-often"]
    assert flagged == [], broken("key_longest_max_share", "; ".join(flagged))
