"""quizzes/schema.json, generated from the format's one definition (quizkit.structure).

Editors use the JSON Schema to check a quiz file as it is typed; the validator checks all of it
and more. Field names, kinds and required fields come from `structure.FIELDS` / `REQUIRED`, the
enums from the model, the rules and the course's topics (course.yml); this module adds only
what a schema needs beyond them: a description per field, patterns, and the rules by type.
`quizkit-schema` (or `make schema`) rewrites the file; a test fails when the committed one is stale.
"""

from __future__ import annotations

import json
from typing import Any

from .checks.answer_key import MAX_CHOICES, MIN_CHOICES
from .config import Course
from .model import DIFFICULTIES, QUESTION_TYPES
from .rules import ALLOWABLE_BANK_RULES, ALLOWABLE_QUESTION_RULES
from .structure import FIELDS, FLAG, ID_PATTERN, LIST, REQUIRED, TEXT, TEXT_LIST

SCHEMA_ID = "https://example.github.io/therapeutic-alliance/quizzes/schema.json"
_DOCS_PAGE = r"^(?![A-Za-z][A-Za-z0-9+.-]*:)[^/#][^#]*\.md"

# One line per field, shown by editors on hover; every field of structure.FIELDS needs one.
DESCRIPTIONS: dict[str, dict[str, str]] = {
    "quiz": {
        "title": 'The quiz\'s heading on the page, e.g. "Lesson 1 check: what the alliance is". '
        "Markdown allowed.",
        "lesson": "The docs page the quiz belongs to, relative to docs/, e.g. "
        "lessons/01-what-is-the-alliance.md. The page must exist.",
        "questions": "The questions, in the order learners see them.",
        "allow": "Whole-quiz warnings the author keeps on purpose (key-position-bias, "
        "key-longest-often). Needs `reason`.",
        "reason": "Why the warnings named in `allow` are acceptable here. Required when `allow` is given.",
    },
    "question": {
        "id": "Unique across ALL quiz files and stable forever (learners' saved progress uses "
        "it): lowercase letters, digits, - and _, e.g. l01-definition-core.",
        "type": "single: exactly one correct choice (radio buttons; the default). multiple: one "
        "or more correct choices (checkboxes). true-false: a statement with `answer`.",
        "topic": "The topic the question counts towards in per-topic scores. One of the shared list.",
        "difficulty": "How hard the question is meant to be.",
        "prompt": "The question (the stem), in Markdown. For true-false, the statement to judge.",
        "choices": "single and multiple only: 3 to 6 choices, each with its own feedback. Mark "
        "the key(s) with `correct: true`.",
        "answer": "true-false only: whether the statement in `prompt` is true.",
        "explanation": "The teaching point, shown after answering. Markdown.",
        "source": "Where the answer is taught: a docs page relative to docs/, usually with a "
        "heading anchor, e.g. lessons/01-what-is-the-alliance.md#a-working-definition. "
        "Page and heading must exist.",
        "refs": "Reference ids: the `{ #id }` anchors of docs/references.md entries that support "
        "the answer, e.g. [fluckiger-2018]. Each must exist (checked by the validator, "
        "not the schema).",
        "allow": "Warnings (rule ids) the author keeps on purpose for this question. Needs `reason`.",
        "reason": "Why the warnings named in `allow` are acceptable for this question. Required "
        "when `allow` is given.",
    },
    "choice": {
        "text": "What the learner reads and picks. Markdown. Unique within the question.",
        "correct": "true for a correct choice (the key); leave out for wrong ones.",
        "feedback": "Why this choice is right or wrong, shown when it is picked or revealed. Markdown.",
    },
}


def _keys(most: int | None) -> dict[str, Any]:
    """`choices` holding at least one correct choice (and at most `most`)."""
    key = {"type": "object", "properties": {"correct": {"const": True}}, "required": ["correct"]}
    counts = {"minContains": 1} | ({"maxContains": most} if most else {})
    return {"properties": {"choices": {"contains": key, **counts}}}


# Keys by question type, which a schema says with if/then/else.
_BY_TYPE: dict[str, Any] = {
    "if": {"required": ["type"], "properties": {"type": {"const": "true-false"}}},
    "then": {"required": ["answer"], "not": {"required": ["choices"]}},
    "else": {
        "required": ["choices"],
        "not": {"required": ["answer"]},
        "if": {"required": ["type"], "properties": {"type": {"const": "multiple"}}},
        "then": _keys(None),
        "else": _keys(1),
    },
}

EXAMPLE: dict[str, Any] = {
    "title": "Lesson 1 check: what the alliance is",
    "lesson": "lessons/01-what-is-the-alliance.md",
    "questions": [
        {
            "id": "l01-definition-core",
            "type": "single",
            "topic": "definition",
            "difficulty": "easy",
            "prompt": "Which description best captures the therapeutic alliance?",
            "choices": [
                {
                    "text": "The collaborative working relationship between client and therapist",
                    "correct": True,
                    "feedback": "Right: the alliance is the shared work of client and therapist.",
                },
                {
                    "text": "The rules that set how sessions are structured",
                    "feedback": "Session rules are the frame of therapy, not the "
                    "relationship working within it.",
                },
                {
                    "text": "The therapist's theory of what causes distress",
                    "feedback": "A theory belongs to the therapist alone; the alliance is "
                    "built by both people.",
                },
            ],
            "explanation": "Bordin described the alliance as agreement on goals and tasks plus a bond.",
            "source": "lessons/01-what-is-the-alliance.md#a-working-definition",
        },
        {
            "id": "l01-outcome-link",
            "type": "true-false",
            "topic": "evidence",
            "difficulty": "medium",
            "prompt": "The alliance-outcome correlation in large meta-analyses is about r = .28.",
            "answer": True,
            "explanation": "Meta-analyses of hundreds of studies put the correlation near .28.",
            "source": "lessons/03-the-evidence.md",
        },
    ],
}


def _field(part: str, name: str, kind: str, course: Course) -> dict[str, Any]:
    if (part, name) == ("quiz", "lesson"):
        spec: dict[str, Any] = {"type": "string", "pattern": _DOCS_PAGE + "$"}
    elif (part, name) == ("question", "source"):
        spec = {"type": "string", "pattern": _DOCS_PAGE + "(#.+)?$"}
    elif (part, name) == ("question", "id"):
        spec = {"type": "string", "pattern": ID_PATTERN}
    elif (part, name) == ("question", "type"):
        spec = {"enum": list(QUESTION_TYPES), "default": "single"}
    elif (part, name) == ("question", "topic"):
        spec = {"enum": list(course.topics)} if course.topics else {"type": "string", "pattern": r"\S"}
    elif (part, name) == ("question", "difficulty"):
        spec = {"enum": list(DIFFICULTIES)}
    elif name == "allow":
        rules = ALLOWABLE_BANK_RULES if part == "quiz" else ALLOWABLE_QUESTION_RULES
        spec = {"type": "array", "items": {"enum": list(rules)}}
    elif name == "refs":
        spec = {"type": "array", "items": {"type": "string", "pattern": "^[A-Za-z0-9_-]+$"}}
    elif name == "questions":
        spec = {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/question"}}
    elif name == "choices":
        spec = {
            "type": "array",
            "minItems": MIN_CHOICES,
            "maxItems": MAX_CHOICES,
            "items": {"$ref": "#/$defs/choice"},
        }
    elif kind == FLAG:
        spec = {"type": "boolean"} | ({"default": False} if name == "correct" else {})
    elif kind == TEXT:
        spec = {"type": "string", "pattern": r"\S"}
    elif kind in (LIST, TEXT_LIST):
        spec = {"type": "array", "items": {"type": "string"}}
    else:
        raise ValueError(f"no schema for {part}.{name} ({kind})")
    return spec | {"description": DESCRIPTIONS[part][name]}


def _object(part: str, course: Course, description: str) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "type": "object",
        "description": description,
        "additionalProperties": False,
        "required": list(REQUIRED[part]),
        "properties": {name: _field(part, name, kind, course) for name, kind in FIELDS[part].items()},
    }
    if "allow" in FIELDS[part]:
        spec["dependentRequired"] = {"allow": ["reason"]}
    return spec


def build_schema(course: Course) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a quiz file for `course`."""
    quiz = _object(
        "quiz",
        course,
        "One quiz (question bank) of the course: a YAML file in quizzes/. The validator, "
        "scripts/validate_quizzes.py, checks everything this schema checks and more (answer keys, "
        "links into docs/, item-writing flaws). Field reference: docs/educators/quiz-format.md.",
    )
    question = _object(
        "question",
        course,
        "One question. `single` and `multiple` questions have `choices`; "
        "`true-false` questions have `answer`.",
    )
    question |= _BY_TYPE
    choice = _object("choice", course, "One choice of a single or multiple question.")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Quiz file",
        **quiz,
        "$defs": {"question": question, "choice": choice},
        "examples": [EXAMPLE],
    }


def schema_text(course: Course) -> str:
    """The file's exact text, as committed."""
    return json.dumps(build_schema(course), indent=2, ensure_ascii=False) + "\n"
