"""Turn a quiz file's YAML node tree into typed `Quiz` data, reporting every shape problem.

This is the format's field list in code: `FIELDS` and `REQUIRED` are the contract from which
quizzes/schema.json is generated (quizkit.schema; a test fails when the file is stale). The
reader never recurses into anything it does not know, so hostile trees cost no more than their
size, and a node met twice (an alias) is refused rather than followed.
"""

from __future__ import annotations

import difflib
import re
from pathlib import PurePath

import yaml

from .checks.text import CONTROL, visible
from .model import DIFFICULTIES, QUESTION_TYPES, Choice, Problem, Question, Quiz
from .rules import make_problem, quote

TEXT, FLAG, LIST, TEXT_LIST = "text", "true/false", "list", "list of text"

FIELDS: dict[str, dict[str, str]] = {
    "quiz": {"title": TEXT, "lesson": TEXT, "questions": LIST, "allow": TEXT_LIST, "reason": TEXT},
    "question": {
        "id": TEXT,
        "type": TEXT,
        "topic": TEXT,
        "difficulty": TEXT,
        "prompt": TEXT,
        "choices": LIST,
        "answer": FLAG,
        "explanation": TEXT,
        "source": TEXT,
        "refs": TEXT_LIST,
        "allow": TEXT_LIST,
        "reason": TEXT,
    },
    "choice": {"text": TEXT, "correct": FLAG, "feedback": TEXT},
}
# `choices` (single, multiple) and `answer` (true-false) are required by type: see answer_key.py.
REQUIRED: dict[str, tuple[str, ...]] = {
    "quiz": ("title", "lesson", "questions"),
    "question": ("id", "prompt", "explanation", "source"),
    "choice": ("text", "feedback"),
}
# `topic` takes the course's topics (course.yml), given to `read_quiz`; no topics accepts any.
ENUMS: dict[str, tuple[str, ...]] = {"type": QUESTION_TYPES, "topic": (), "difficulty": DIFFICULTIES}
ENUM_RULES = {"type": "unknown-type", "topic": "unknown-topic", "difficulty": "unknown-difficulty"}
MISSING_RULES = {"explanation": "missing-explanation", "feedback": "missing-feedback"}
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
_ID_RE = re.compile(ID_PATTERN)

_YAML = "tag:yaml.org,2002:"
_STR, _BOOL, _NULL = _YAML + "str", _YAML + "bool", _YAML + "null"
_KINDS = {
    _YAML + "int": "a number",
    _YAML + "float": "a number",
    _BOOL: "true/false",
    _YAML + "timestamp": "a date",
}
# YAML 1.1 also reads yes/no/on/off as true/false; the format (and YAML 1.2, JSON Schema and
# most editors) knows only these.
_FLAGS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
# Tags the composer gives plain YAML; anything else came from an explicit `!tag` or `!!tag`.
_PLAIN_TAGS = frozenset(
    _YAML + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge", "value")
)


# Work bounds for hostile files: a 100-question quiz holds about 2,000 values.
MAX_VALUES, MAX_PROBLEMS = 100_000, 500


class _GiveUp(Exception):
    """Raised inside the reader when a file exceeds a work bound."""


def read_quiz(root: yaml.Node, shown: str, topics: tuple[str, ...] = ()) -> tuple[Quiz | None, list[Problem]]:
    """The quiz in `root` and every shape problem in it.

    The quiz is None when the file is not a mapping, or when it is so large or so broken that
    reading stopped early (the last problem then says so).
    """
    reader = _Reader(shown, {**ENUMS, "topic": tuple(topics)})
    try:
        return reader.quiz(root), reader.problems
    except _GiveUp as stop:
        rule, message = stop.args
        reader.problems.append(make_problem(shown, 1, 1, rule, message))
        return None, reader.problems


class _Reader:
    def __init__(self, shown: str, enums: dict[str, tuple[str, ...]]) -> None:
        self.shown = shown
        self.enums = enums
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    def report(self, node: yaml.Node, rule: str, message: str) -> None:
        mark = node.start_mark
        self.problems.append(make_problem(self.shown, mark.line + 1, mark.column + 1, rule, message))
        if len(self.problems) >= MAX_PROBLEMS:
            raise _GiveUp(
                "too-many-problems", f"stopped after {MAX_PROBLEMS} problems; fix these and run again"
            )

    def quiz(self, root: yaml.Node) -> Quiz | None:
        if not isinstance(root, yaml.MappingNode):
            self.report(
                root, "not-a-mapping", "a quiz file must hold `title:`, `lesson:` and `questions:` fields"
            )
            return None
        if not self.check_once(root):
            return None
        quiz = Quiz(path=self.shown, name=PurePath(self.shown).stem, title="", lesson="")
        fields = self.fields(root, "quiz", quiz.spans)
        quiz.title = self.text(fields, "title") or ""
        quiz.lesson = self.text(fields, "lesson") or ""
        quiz.allow, quiz.reason = self.allow(fields, quiz.spans)
        items = self.sequence(fields, "questions")
        if items is not None and not items:
            self.report(
                fields["questions"][0], "empty-bank", "`questions:` is empty; add at least one question"
            )
        for item in items or ():
            question = self.question(item, quiz.name)
            if question is not None:
                quiz.questions.append(question)
        return quiz

    def question(self, node: yaml.Node, quiz_name: str) -> Question | None:
        if not isinstance(node, yaml.MappingNode):
            self.report(node, "not-a-mapping", "each question must be a set of fields, starting `- id: ...`")
            return None
        if not self.check_once(node):
            return None
        mark = node.start_mark
        question = Question(id="", prompt="", explanation="", source="", quiz=quiz_name)
        question.line, question.col = mark.line + 1, mark.column + 1
        fields = self.fields(node, "question", question.spans)
        question.id = self.text(fields, "id") or ""
        # fullmatch: `$` alone would let an id end in a newline, which breaks export lines.
        if question.id and not _ID_RE.fullmatch(question.id):
            self.report(
                fields["id"][1],
                "bad-id",
                f"id {quote(question.id)} may hold only lowercase letters, digits, - and _",
            )
        for name, allowed in self.enums.items():
            value = self.text(fields, name)
            if value is None:
                continue
            if allowed and value not in allowed:
                known = ", ".join(allowed)
                self.report(
                    fields[name][1], ENUM_RULES[name], f"{name} {quote(value)} is not one of: {known}"
                )
            setattr(question, name, value)
        question.prompt = self.text(fields, "prompt") or ""
        question.explanation = self.text(fields, "explanation") or ""
        question.source = self.text(fields, "source") or ""
        question.refs = self.text_list(fields, "refs", question.spans, "a reference id such as bordin-1979")
        if _is_null(fields.get("answer")):  # `answer:` left empty: reported as a missing answer
            del question.spans["answer"]
        else:
            question.answer = self.flag(fields, "answer")
        question.allow, question.reason = self.allow(fields, question.spans)
        for item in self.sequence(fields, "choices") or ():
            choice = self.choice(item)
            if choice is not None:
                question.choices.append(choice)
        return question

    def choice(self, node: yaml.Node) -> Choice | None:
        if not isinstance(node, yaml.MappingNode):
            self.report(node, "not-a-mapping", "each choice must be a set of fields, starting `- text: ...`")
            return None
        if not self.check_once(node):
            return None
        mark = node.start_mark
        fields = self.fields(node, "choice", {})
        return Choice(
            text=self.text(fields, "text") or "",
            feedback=self.text(fields, "feedback") or "",
            correct=self.flag(fields, "correct") or False,
            line=mark.line + 1,
            col=mark.column + 1,
        )

    def fields(
        self, node: yaml.MappingNode, kind: str, spans: dict
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The mapping's known fields by name; reports duplicates, unknown names and missing ones."""
        known = FIELDS[kind]
        found: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag not in (_STR, _BOOL, _NULL):
                self.report(key, "wrong-type", "a field name must be a plain word followed by a colon")
                continue
            name = key.value
            if name in found:
                first = found[name][0].start_mark.line + 1
                self.report(
                    key, "duplicate-key", f"`{name}` appears twice here (first on line {first}); keep one"
                )
            elif name not in known:
                self.report(key, "unknown-field", _unknown_field_message(name, known))
            else:
                found[name] = (key, value)
                spans[name] = (key.start_mark.line + 1, key.start_mark.column + 1)
        for name in REQUIRED[kind]:
            if name not in found:
                self.report(node, MISSING_RULES.get(name, "missing-field"), f"this {kind} has no `{name}:`")
        return found

    def check_once(self, node: yaml.Node) -> bool:
        """False (and reported) when `node` was already read (YAML aliases share nodes) or has a tag."""
        if id(node) in self.seen:
            self.report(node, "yaml-alias", "this value is reused through a YAML alias (*name); write it out")
            return False
        if node.tag not in _PLAIN_TAGS:
            self.report(
                node,
                "yaml-tag",
                f"YAML tags such as {quote(node.tag.replace(_YAML, '!!'))} are not allowed; remove it",
            )
            return False
        self.seen.add(id(node))
        if len(self.seen) > MAX_VALUES:
            raise _GiveUp(
                "file-too-large", f"the file holds over {MAX_VALUES:,} values; split it into smaller quizzes"
            )
        return True

    def scalar(self, fields: dict, name: str, expected: str) -> yaml.ScalarNode | None:
        pair = fields.get(name)
        if pair is None:
            return None
        value = pair[1]
        if not self.check_once(value):
            return None
        if not isinstance(value, yaml.ScalarNode):
            shape = "a list" if isinstance(value, yaml.SequenceNode) else "a set of fields"
            self.report(value, "wrong-type", f"`{name}` must be {expected}, not {shape}")
            return None
        return value

    def text(self, fields: dict, name: str) -> str | None:
        value = self.scalar(fields, name, "text")
        if value is None:
            return None
        if value.tag == _STR:
            bad = CONTROL.search(value.value)
            if bad:
                self.report(value, "control-character", _control_message(name, bad.group()))
                return None
            if visible(value.value):
                return value.value
        elif value.tag != _NULL:
            kind = _KINDS.get(value.tag, "something other than text")
            self.report(
                value,
                "wrong-type",
                f"`{name}` must be text, but {quote(value.value)} reads as {kind}; quote it",
            )
            return None
        rule = MISSING_RULES.get(name, "missing-field")
        self.report(value, rule, f"`{name}` is empty")
        return None

    def flag(self, fields: dict, name: str) -> bool | None:
        value = self.scalar(fields, name, "true or false")
        if value is None:
            return None
        if value.tag != _BOOL or value.value not in _FLAGS:
            self.report(value, "wrong-type", f"`{name}` must be true or false, not {quote(value.value)}")
            return None
        return _FLAGS[value.value]

    def sequence(self, fields: dict, name: str) -> list[yaml.Node] | None:
        pair = fields.get(name)
        if pair is None:
            return None
        value = pair[1]
        if not self.check_once(value):
            return None
        if isinstance(value, yaml.SequenceNode):
            return value.value
        if isinstance(value, yaml.ScalarNode) and value.tag == _NULL:
            return []
        self.report(value, "wrong-type", f"`{name}` must be a list of items, each starting with `- `")
        return None

    def text_list(self, fields: dict, name: str, spans: dict, example: str) -> list[str]:
        """A list of short texts; each item's position is kept as a `name[i]` span."""
        items = []
        for index, item in enumerate(self.sequence(fields, name) or ()):
            if not self.check_once(item):
                continue
            if isinstance(item, yaml.ScalarNode) and item.tag == _STR and item.value.strip():
                items.append(item.value.strip())
                spans[f"{name}[{len(items) - 1}]"] = (item.start_mark.line + 1, item.start_mark.column + 1)
            else:
                self.report(item, "wrong-type", f"`{name}:` item {index + 1} must be {example}")
        return items

    def allow(self, fields: dict, spans: dict) -> tuple[list[str], str]:
        """The `allow:` rule ids (positions kept as `allow[i]` spans) and the `reason:`."""
        rules = self.text_list(fields, "allow", spans, "a rule id such as key-longest")
        reason = self.text(fields, "reason") if "reason" in fields else ""
        return rules, reason or ""


def _is_null(pair: tuple[yaml.Node, yaml.Node] | None) -> bool:
    return pair is not None and isinstance(pair[1], yaml.ScalarNode) and pair[1].tag == _NULL


def _control_message(name: str, char: str) -> str:
    # libyaml refuses control characters typed into the file, so this one came from an escape:
    # "C:\backup" in double quotes holds \b, a backspace.
    return (
        f"`{name}` holds the control character U+{ord(char):04X}, which no export can carry; "
        "in double quotes a backslash starts an escape: write \\\\ or use single quotes"
    )


def _unknown_field_message(name: str, known: dict[str, str]) -> str:
    close = difflib.get_close_matches(name.lower(), known, n=1, cutoff=0.7)
    hint = f"; did you mean `{close[0]}`?" if close else f"; known fields: {', '.join(known)}"
    return f"unknown field {quote(name)}{hint}"
