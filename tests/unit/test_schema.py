"""quizzes/schema.json is generated from the checker's definition (structure.py, rules.py,
course.yml) and kept in step with it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from validator_helpers import FIXTURE_COURSE, FIXTURE_DOCS, QUIZ_FIXTURES

from quizkit.config import load_course
from quizkit.model import DIFFICULTIES, QUESTION_TYPES
from quizkit.rules import ALLOWABLE_BANK_RULES, ALLOWABLE_QUESTION_RULES
from quizkit.schema import schema_text
from quizkit.structure import FIELDS, ID_PATTERN, REQUIRED
from quizkit.validate import load_and_check

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "quizzes" / "schema.json"
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
PARTS = {"quiz": SCHEMA, "question": SCHEMA["$defs"]["question"], "choice": SCHEMA["$defs"]["choice"]}
# Rules about the data's shape, which a JSON Schema can express too.
STRUCTURAL = {
    "not-a-mapping",
    "wrong-type",
    "unknown-field",
    "missing-field",
    "missing-feedback",
    "missing-explanation",
    "empty-bank",
    "bad-id",
    "unknown-type",
    "unknown-topic",
    "unknown-difficulty",
    "field-not-for-type",
    "single-needs-one-key",
    "multiple-needs-a-key",
    "true-false-needs-answer",
    "choice-count",
    "allow-needs-reason",
    "allow-unknown-rule",
}


def test_committed_schema_is_the_generated_one():
    # Stale after a change to the format, the rules or course.yml's topics: run `make schema`.
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(load_course())


def test_schema_is_valid_draft_2020_12():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("part", list(PARTS))
def test_fields_and_required_match_the_checker(part):
    assert set(PARTS[part]["properties"]) == set(FIELDS[part])
    assert set(PARTS[part]["required"]) == set(REQUIRED[part])
    assert PARTS[part]["additionalProperties"] is False


def test_every_field_has_a_description():
    for part in PARTS.values():
        assert part["description"]
        for name, field in part["properties"].items():
            assert field.get("description"), name


def test_enums_match_the_checker():
    question = PARTS["question"]["properties"]
    assert question["type"]["enum"] == list(QUESTION_TYPES)
    assert question["topic"]["enum"] == list(load_course().topics)
    assert question["difficulty"]["enum"] == list(DIFFICULTIES)
    assert question["id"]["pattern"] == ID_PATTERN
    assert question["allow"]["items"]["enum"] == list(ALLOWABLE_QUESTION_RULES)
    assert PARTS["quiz"]["properties"]["allow"]["items"]["enum"] == list(ALLOWABLE_BANK_RULES)


def test_the_schema_example_is_valid():
    (example,) = SCHEMA["examples"]
    VALIDATOR.validate(example)


@pytest.mark.parametrize("path", sorted((QUIZ_FIXTURES / "valid").glob("*.yml")), ids=lambda p: p.stem)
def test_valid_fixtures_validate(path):
    VALIDATOR.validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def _structural_fixtures():
    for path in sorted((QUIZ_FIXTURES / "invalid").glob("*.yml")):
        head = path.read_bytes().decode("latin-1")
        if {rule for rule in re.findall(r"^# expect: ([a-z0-9-]+) @", head, re.MULTILINE)} & STRUCTURAL:
            yield path


@pytest.mark.parametrize("path", list(_structural_fixtures()), ids=lambda p: p.stem)
def test_fixtures_failing_a_structural_rule_fail_the_schema(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert not VALIDATOR.is_valid(data)


def test_quizzes_the_validator_accepts_the_schema_accepts():
    """Editors using schema.json never flag a real quiz that the validator's shape rules accept."""
    for path in sorted((Path(__file__).resolve().parents[2] / "quizzes").glob("*.yml")):
        result = load_and_check(
            [path], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE
        )  # links fail here; only shape matters
        if not any(p.rule in STRUCTURAL for p in result.errors):
            errors = [
                e.message for e in VALIDATOR.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8")))
            ]
            assert not errors, (path.name, errors[:3])


FORMAT_PAGE = Path(__file__).resolve().parents[2] / "docs" / "educators" / "quiz-format.md"
FORMAT_SECTIONS = {"quiz": "The quiz", "question": "A question", "choice": "A choice"}


@pytest.mark.parametrize("part", list(FORMAT_SECTIONS))
def test_the_format_page_lists_the_same_fields_and_required_ones(part):
    # The page is prose for educators; its field tables must still agree with the one definition.
    text = FORMAT_PAGE.read_text(encoding="utf-8")
    section = text.split(f"### {FORMAT_SECTIONS[part]}\n", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| `([a-z]+)` \| ([^|]+) \|", section, re.MULTILINE)
    assert [name for name, _ in rows] == list(FIELDS[part])
    assert {name for name, required in rows if required.strip() == "yes"} == set(REQUIRED[part])
