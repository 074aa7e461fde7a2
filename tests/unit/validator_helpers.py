"""Helpers for the validator's unit tests: build quiz files from dicts and check them."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

from quizkit.config import load_course
from quizkit.validate import CheckResult, load_and_check

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_DOCS = FIXTURES / "docs"
# Fixtures are checked against a course file of their own, not the course's (its refs policy).
FIXTURE_COURSE = load_course(FIXTURES / "course.yml")
QUIZ_FIXTURES = FIXTURES / "quizzes"

CHOICES = [
    {"text": "The collaborative working relationship", "correct": True, "feedback": "Right."},
    {"text": "The rules that structure sessions", "feedback": "Rules frame therapy."},
    {"text": "The theory used to explain distress", "feedback": "A theory is the therapist's."},
]


def question(**fields) -> dict:
    """A valid single question; keyword arguments replace fields (None removes one)."""
    base = {
        "id": "q-one",
        "type": "single",
        "topic": "definition",
        "difficulty": "easy",
        "prompt": "Which description best captures the therapeutic alliance?",
        "choices": copy.deepcopy(CHOICES),
        "explanation": "The alliance is shared work.",
        "source": "lessons/sample.md#a-working-definition",
    }
    base.update(fields)
    return {key: value for key, value in base.items() if value is not None}


def true_false(**fields) -> dict:
    base = question(type="true-false", choices=None, answer=True, prompt="The correlation is about r = .28.")
    base.update(fields)
    return {key: value for key, value in base.items() if value is not None}


def quiz(*questions: dict, **fields) -> dict:
    base = {"title": "A quiz", "lesson": "lessons/sample.md", "questions": list(questions) or [question()]}
    base.update(fields)
    return {key: value for key, value in base.items() if value is not None}


def write(folder: Path, data: dict | str, name: str = "quiz.yml") -> Path:
    path = folder / name
    text = data if isinstance(data, str) else yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


def check(folder: Path, data: dict | str, name: str = "quiz.yml") -> CheckResult:
    """Write one quiz file into `folder` and check it against the fixture docs."""
    return load_and_check([write(folder, data, name)], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)


def rules(result: CheckResult) -> set[str]:
    """Rule ids of the errors and unacknowledged warnings."""
    return {p.rule for p in result.problems if not p.acknowledged}
