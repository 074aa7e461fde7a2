"""report.py: text lines and JSON read the same result."""

from __future__ import annotations

import json

from validator_helpers import check, question, quiz

from quizkit.report import LINE_PATTERN, SUMMARY_PATTERN, format_json, format_text


def sample(tmp_path):
    data = quiz(
        question(prompt="Which is NOT a part?", allow=["negative-stem"], reason="Kept."),
        question(id="Bad Id", prompt="Which is NOT the bond?"),
    )
    return check(tmp_path, data)


def test_text_lines_match_the_documented_pattern(tmp_path):
    result = sample(tmp_path)
    *lines, summary = format_text(result).splitlines()
    assert len(lines) == 2 and all(LINE_PATTERN.match(line) for line in lines)
    assert summary == "1 files, 2 questions: 1 errors, 1 warnings, 1 allowed"
    assert SUMMARY_PATTERN.match(summary)


def test_allowed_lines_only_with_show_allowed(tmp_path):
    result = sample(tmp_path)
    lines = format_text(result, show_allowed=True).splitlines()
    assert len(lines) == 4 and lines[0].endswith("(allowed)") and LINE_PATTERN.match(lines[0])


def test_json_holds_the_same_problems_and_counts(tmp_path):
    result = sample(tmp_path)
    data = json.loads(format_json(result))
    assert data["summary"] == result.summary()
    assert (data["files"], data["questions"], data["errors"], data["warnings"], data["allowed"]) == (
        1,
        2,
        1,
        1,
        1,
    )
    assert [p["rule"] for p in data["problems"]] == [p.rule for p in result.problems]
    assert [p["acknowledged"] for p in data["problems"]] == [True, False, False]
    assert set(data["problems"][0]) == {"path", "line", "col", "severity", "rule", "message", "acknowledged"}
