"""checks/answer_key.py: one strategy per question type."""

from __future__ import annotations

import pytest
from validator_helpers import CHOICES, check, question, quiz, rules, true_false


def choices(*correct: bool) -> list[dict]:
    return [{"text": f"Choice {i}", "correct": c, "feedback": "f"} for i, c in enumerate(correct)]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (question(choices=choices(True, True, False)), {"single-needs-one-key"}),
        (question(choices=choices(False, False, False)), {"single-needs-one-key"}),
        (question(type="multiple", choices=choices(True, True, False)), set()),
        (question(type="multiple", choices=choices(True, True, True)), set()),
        (question(type="multiple", choices=choices(False, False, False)), {"multiple-needs-a-key"}),
        (question(choices=choices(True, False)), {"choice-count"}),
        (question(choices=choices(True, *[False] * 6)), {"choice-count"}),
        (question(choices=[]), {"choice-count"}),
        (question(choices=None), {"missing-field"}),
        (question(answer=False), {"field-not-for-type"}),
        (true_false(), set()),
        (true_false(answer=None), {"true-false-needs-answer"}),
        (true_false(choices=CHOICES), {"field-not-for-type"}),
        (true_false(answer="true"), {"wrong-type"}),
        (question(type="essay"), {"unknown-type"}),
    ],
)
def test_answer_key(tmp_path, data, expected):
    assert rules(check(tmp_path, quiz(data))) == expected
