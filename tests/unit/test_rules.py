"""rules.py: stable ids, documented for educators."""

from __future__ import annotations

import re
from pathlib import Path

from quizkit.config import load_course
from quizkit.rules import ALLOWABLE_BANK_RULES, ALLOWABLE_QUESTION_RULES, RULES, make_problem

DOC = Path(__file__).resolve().parents[2] / "docs" / "educators" / "quiz-format.md"


def test_rule_ids_are_kebab_case():
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule) for rule in RULES)


def test_only_warnings_can_be_allowed():
    for rule in ALLOWABLE_QUESTION_RULES + ALLOWABLE_BANK_RULES:
        assert RULES[rule].severity == "warning"
    assert "allow-unused" not in ALLOWABLE_QUESTION_RULES


def test_messages_are_forced_onto_one_line():
    problem = make_problem("q.yml", 1, 1, "yaml-syntax", "a\nb\rc\x00d")
    assert "\n" not in problem.format_text() and "\r" not in problem.message


def test_format_doc_lists_every_rule_and_topic():
    text = DOC.read_text(encoding="utf-8")
    for rule in RULES:
        assert re.search(rf"^\| `{rule}` \|", text, re.MULTILINE), f"{rule} is not in the rule table"
    for topic in load_course().topics:
        assert f"`{topic}`" in text
