"""allow.py: acknowledging warnings on a question or a whole quiz."""

from __future__ import annotations

from validator_helpers import check, question, quiz, rules

NEGATIVE = "Which is NOT a part of the alliance?"


def test_allowed_warning_is_counted_not_dropped(tmp_path):
    result = check(tmp_path, quiz(question(prompt=NEGATIVE, allow=["negative-stem"], reason="Deliberate.")))
    assert not result.warnings and not result.errors
    (allowed,) = result.acknowledged
    assert allowed.rule == "negative-stem" and allowed.acknowledged
    assert allowed.format_text().endswith("(allowed)")


def test_allow_applies_only_to_its_question(tmp_path):
    data = quiz(
        question(prompt=NEGATIVE, allow=["negative-stem"], reason="Deliberate."),
        question(id="two", prompt="Which is NOT the bond?"),
    )
    result = check(tmp_path, data)
    assert [p.rule for p in result.warnings] == ["negative-stem"]


def test_allow_needs_reason(tmp_path):
    assert "allow-needs-reason" in rules(
        check(tmp_path, quiz(question(prompt=NEGATIVE, allow=["negative-stem"])))
    )


def test_errors_and_unknown_rules_cannot_be_allowed(tmp_path):
    result = check(tmp_path, quiz(question(allow=["duplicate-id", "typo-rule"], reason="r")))
    assert [p.rule for p in result.errors] == ["allow-unknown-rule", "allow-unknown-rule"]
    assert "is an error" in result.errors[0].message and '"typo-rule"' in result.errors[1].message


def test_bank_rules_are_allowed_at_the_top_only(tmp_path):
    keys = [0, 0, 0, 0, 1, 2]
    questions = []
    for i, key in enumerate(keys):
        choices = [{"text": f"Option {j} for item {i}", "feedback": "f"} for j in range(4)]
        choices[key]["correct"] = True
        questions.append(question(id=f"b-{i}", prompt=f"Case {i}?", choices=choices))
    assert rules(check(tmp_path, quiz(*questions))) == {"key-position-bias"}
    allowed = quiz(*questions, allow=["key-position-bias"], reason="Order follows the lesson.")
    assert not rules(check(tmp_path, allowed))
    wrong_level = quiz(*questions, allow=["negative-stem"], reason="r")
    assert rules(check(tmp_path, wrong_level)) == {"key-position-bias", "allow-unknown-rule"}


def test_unused_allow_warns(tmp_path):
    result = check(tmp_path, quiz(question(allow=["negative-stem"], reason="Old.")))
    assert rules(result) == {"allow-unused"}
