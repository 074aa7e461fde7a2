"""structure.py: node tree to typed quiz, with every shape problem reported."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(
    ("field", "value"),
    [("answer", "no"), ("answer", "yes"), ("answer", "off"), ("answer", "On"), ("correct", "yes")],
)
def test_only_true_and_false_are_flags(field, value):
    # YAML 1.1 reads yes/no/on/off as booleans; the format (and YAML 1.2 tools) does not.
    if field == "answer":
        text = f"title: t\nlesson: l.md\nquestions:\n  - id: a\n    type: true-false\n    answer: {value}\n"
        where = (6, 13)
    else:
        choice = f"      - text: x\n        correct: {value}\n"
        text = f"title: t\nlesson: l.md\nquestions:\n  - id: a\n    choices:\n{choice}"
        where = (7, 18)
    _, problems = read(text)
    wrong = [p for p in problems if p.rule == "wrong-type"]
    assert [(p.line, p.col) for p in wrong] == [where], [p.format_text() for p in problems]
    assert f'not "{value}"' in wrong[0].message


@pytest.mark.parametrize(
    ("value", "answer"), [("true", True), ("True", True), ("FALSE", False), ("false", False)]
)
def test_true_and_false_in_any_yaml_12_spelling_are_flags(value, answer):
    text = f"title: t\nlesson: l.md\nquestions:\n  - id: a\n    type: true-false\n    answer: {value}\n"
    found, problems = read(text)
    assert found.questions[0].answer is answer
    assert "wrong-type" not in {p.rule for p in problems}


@pytest.mark.parametrize(
    "escaped",
    [r"C:\backup\notes.txt", r"nul \0 here", r"bell \a", r"escape \x1b[31m", r"next line \x85", r"\uFFFE"],
)
def test_control_characters_from_yaml_escapes_are_refused_where_they_are(escaped):
    text = f'title: t\nlesson: l.md\nquestions:\n  - id: a\n    prompt: "{escaped}"\n'
    found, problems = read(text)
    (problem,) = [p for p in problems if p.rule == "control-character"]
    assert (problem.line, problem.col) == (5, 13) and problem.severity == "error"
    assert "U+" in problem.message and "\\\\" in problem.message
    assert found.questions[0].prompt == ""


def test_tabs_and_newlines_are_not_control_characters():
    found, problems = read('title: t\nlesson: l.md\nquestions:\n  - id: a\n    prompt: "one\\ttwo\\nthree"\n')
    assert found.questions[0].prompt == "one\ttwo\nthree"
    assert "control-character" not in {p.rule for p in problems}


@pytest.mark.parametrize("invisible", ["\\u200b", "\\u2060", "\\ufeff", "\\u200b \\u200d\\u2060", "\\u3164"])
def test_text_of_invisible_characters_only_is_empty(invisible):
    text = (
        f'title: t\nlesson: l.md\nquestions:\n  - id: a\n    prompt: "{invisible}"\n'
        f'    explanation: "{invisible}"\n    choices:\n'
        f'      - text: "{invisible}"\n        feedback: "{invisible}"\n'
    )
    _, problems = read(text)
    found = {(p.rule, p.line) for p in problems}
    assert {
        ("missing-field", 5),
        ("missing-explanation", 6),
        ("missing-field", 8),
        ("missing-feedback", 9),
    } <= found


def test_an_id_ending_in_a_newline_is_a_bad_id():
    # `$` matches before a final newline; the id would break the GIFT comment line it is written on.
    _, problems = read('title: t\nlesson: l.md\nquestions:\n  - id: "q-one\\n"\n')
    assert [(p.rule, p.line) for p in problems if p.rule == "bad-id"] == [("bad-id", 4)]


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


def test_too_many_problems_stops_reading():
    # Stopping at the bound (not a timer, which a busy machine fails) is what keeps it fast.
    text = "title: t\nlesson: l.md\nquestions: [" + "{}," * 100_000 + "]\n"
    found, problems = read(text)
    assert found is None and problems[-1].rule == "too-many-problems"
    assert len(problems) == MAX_PROBLEMS + 1


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
