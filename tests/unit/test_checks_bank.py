"""checks/bank.py: key position and key length across a bank; duplicates across files."""

from __future__ import annotations

import itertools
from dataclasses import replace

from validator_helpers import FIXTURE_COURSE, FIXTURE_DOCS, check, question, quiz, rules, write

from quizkit.validate import load_and_check


def bank(keys: list[int], longest: list[bool] | None = None) -> dict:
    questions = []
    for i, key in enumerate(keys):
        long_key = longest[i] if longest else False
        choices = [
            {
                "text": f"Option {j} for item {i:02d}" + (" +" if j == key and long_key else ""),
                "feedback": "f",
            }
            for j in range(4)
        ]
        choices[key]["correct"] = True
        questions.append(question(id=f"b-{i}", prompt=f"Which option fits case {i}?", choices=choices))
    return quiz(*questions)


def test_balanced_bank_of_twelve_and_fifteen_passes(tmp_path):
    assert not rules(check(tmp_path, bank([0, 1, 2, 3] * 3)))
    assert not rules(check(tmp_path, bank([0, 1, 2, 3] * 3 + [0, 1, 2])))


def test_six_of_twelve_in_one_place_passes_seven_warns(tmp_path):
    assert not rules(check(tmp_path, bank([0] * 6 + [1, 2, 3, 1, 2, 3])))
    result = check(tmp_path, bank([0] * 7 + [1, 2, 3, 1, 2]))
    assert rules(result) == {"key-position-bias"}
    (problem,) = result.warnings
    assert problem.line == 3 and "7 of 12" in problem.message and "first" in problem.message


def test_small_banks_need_four_in_one_place(tmp_path):
    assert not rules(check(tmp_path, bank([2, 2, 2])))
    assert rules(check(tmp_path, bank([2, 2, 2, 2]))) == {"key-position-bias"}


def test_key_longest_often_over_a_third(tmp_path):
    keys = list(itertools.islice(itertools.cycle([0, 1, 2, 3]), 12))
    assert not rules(check(tmp_path, bank(keys, [True] * 4 + [False] * 8)))
    result = check(tmp_path, bank(keys, [True] * 5 + [False] * 7))
    assert rules(result) == {"key-longest-often"}
    assert "5 of 12" in result.warnings[0].message


def test_key_longest_often_needs_six_questions(tmp_path):
    assert not rules(check(tmp_path, bank([0, 1, 2, 3, 0], [True] * 5)))


def test_duplicate_prompt_ignores_case_and_markup(tmp_path):
    data = quiz(question(prompt="Which is *best*?"), question(id="two", prompt="which is best"))
    result = check(tmp_path, data)
    assert rules(result) == {"duplicate-prompt"}
    assert result.warnings[0].line > 4


def test_key_longest_often_follows_the_course_policies(tmp_path):
    # One source for --strict and the content tests: course.yml's key_longest_* policies.
    keys = list(itertools.islice(itertools.cycle([0, 1, 2, 3]), 12))
    lenient = replace(FIXTURE_COURSE, path=tmp_path / "course.yml", policies={"key_longest_max_share": 0.5})
    data = write(tmp_path, bank(keys, [True] * 6 + [False] * 6))
    assert not rules(load_and_check([data], docs_dir=FIXTURE_DOCS, course=lenient))
    data = write(tmp_path, bank(keys, [True] * 7 + [False] * 5))
    (problem,) = load_and_check([data], docs_dir=FIXTURE_DOCS, course=lenient).warnings
    assert problem.rule == "key-longest-often"
    assert f"`key_longest_max_share: 0.5` in {tmp_path / 'course.yml'}" in problem.message
    small = replace(lenient, policies={"key_longest_min_questions": 5})
    data = write(tmp_path, bank([0, 1, 2, 3, 0], [True] * 5))
    assert rules(load_and_check([data], docs_dir=FIXTURE_DOCS, course=small)) == {"key-longest-often"}
