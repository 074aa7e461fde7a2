"""structure.py: node tree to typed quiz, with every shape problem reported."""

from __future__ import annotations

import time

from validator_helpers import check, question, quiz, rules, true_false

from quizkit.load import compose_quiz_text
from quizkit.structure import MAX_PROBLEMS, read_quiz


def read(text: str):
    root, problems = compose_quiz_text(text, "q.yml")
    assert not problems
    return read_quiz(root, "q.yml")


def test_reads_typed_quiz_with_positions(tmp_path):
    result = check(tmp_path, quiz(question(), true_false(id="tf", prompt="Statement.")))
    first, second = result.quizzes[0].questions
    assert (first.id, first.type, first.topic, first.difficulty) == ("q-one", "single", "definition", "easy")
    assert [c.correct for c in first.choices] == [True, False, False]
    assert first.line == 4 and first.spans["source"][0] > first.line
    assert second.type == "true-false" and second.answer is True
    assert [o.text for o in second.options()] == ["True", "False"]
    assert result.quizzes[0].name == "quiz"


def test_type_defaults_to_single(tmp_path):
    result = check(tmp_path, quiz(question(type=None)))
    assert not result.problems and result.quizzes[0].questions[0].type == "single"


def test_yes_and_no_read_as_booleans_in_answer():
    text = "title: t\nlesson: l.md\nquestions:\n  - id: a\n    type: true-false\n    answer: no\n"
    found, _ = read(text)
    assert found.questions[0].answer is False


def test_numbers_and_dates_are_not_text():
    text = "title: 2020-01-01\nlesson: 12\nquestions: []\n"
    _, problems = read(text)
    assert [p.rule for p in problems] == ["wrong-type", "wrong-type", "empty-bank"]
    assert "a date" in problems[0].message and "quote it" in problems[0].message


def test_unknown_field_suggests_the_intended_one():
    _, problems = read("title: t\nlessons: l.md\nquestions: []\n")
    assert "did you mean `lesson`" in problems[0].message


def test_alias_reused_question_is_refused_once():
    text = (
        "title: t\nlesson: l.md\nquestions:\n  - &q {id: a, prompt: p, explanation: e, source: s}\n  - *q\n"
    )
    found, problems = read(text)
    assert [p.rule for p in problems] == ["yaml-alias"]
    assert len(found.questions) == 1


def test_custom_tags_are_refused_anywhere():
    for text in ("!!python/object:os.system\ntitle: t\n", "title: !shout t\n", "questions: !!set {a}\n"):
        _, problems = read(text)
        assert "yaml-tag" in {p.rule for p in problems}, text


def test_non_string_keys_are_wrong_type():
    _, problems = read("? [a, b]\n: c\ntitle: t\nlesson: l.md\nquestions: []\n")
    assert problems[0].rule == "wrong-type"


def test_too_many_problems_stops_reading_fast():
    text = "title: t\nlesson: l.md\nquestions: [" + "{}," * 100_000 + "]\n"
    started = time.perf_counter()
    found, problems = read(text)
    assert found is None and problems[-1].rule == "too-many-problems"
    assert len(problems) == MAX_PROBLEMS + 1
    assert time.perf_counter() - started < 5


def test_too_many_values_stops_reading():
    text = (
        "title: t\nlesson: l.md\nquestions:\n  - id: a\n    choices: ["
        + "{text: a, feedback: b}," * 34_000
        + "]\n"
    )
    found, problems = read(text)
    assert found is None and problems[-1].rule == "file-too-large"


def test_empty_reason_and_missing_reason(tmp_path):
    result = check(tmp_path, quiz(question(allow=["key-longest"], reason=" ")))
    assert {"missing-field", "allow-needs-reason"} <= rules(result)


def test_allow_items_must_be_rule_ids(tmp_path):
    result = check(tmp_path, quiz(question(allow=[3], reason="r")))
    assert "wrong-type" in rules(result)
