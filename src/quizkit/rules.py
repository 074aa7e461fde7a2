"""Every rule the validator knows: its stable id, its severity and what it means.

Rule ids are a contract: educators name them in `allow:`, the format doc lists them, tests
assert them. Add rules freely; never rename one.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Problem, Severity


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    # Bank-level rules look at a whole quiz file; they are acknowledged at the quiz's top level.
    bank: bool = False


_E, _W = "error", "warning"

RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        # Reading the file
        Rule("path-missing", _E, "a path given to the validator does not exist"),
        Rule("file-unreadable", _E, "the file cannot be read"),
        Rule("file-too-large", _E, "the file is over 1 MB, or holds over 100,000 values"),
        Rule("too-many-problems", _E, "reading stopped after 500 problems in one file"),
        Rule("not-utf8", _E, "the file is not UTF-8 text"),
        Rule("empty-file", _E, "the file holds nothing but blanks or comments"),
        Rule("tab-indent", _E, "a line is indented with a tab; YAML needs spaces"),
        Rule("too-deep", _E, "the file nests deeper than YAML parsers allow"),
        Rule("yaml-syntax", _E, "the file is not valid YAML"),
        Rule("yaml-alias", _E, "YAML anchors and aliases (&name, *name) are not allowed"),
        Rule("yaml-tag", _E, "custom YAML tags (!name) are not allowed"),
        Rule("not-a-mapping", _E, "the file or a question is not a set of `field: value` lines"),
        Rule("duplicate-key", _E, "the same field appears twice in one place"),
        # Shape of the data
        Rule("wrong-type", _E, "a field holds the wrong kind of value (text, true/false, list)"),
        Rule("unknown-field", _E, "a field name the format does not know (often a typo)"),
        Rule("missing-field", _E, "a required field is missing or empty"),
        Rule("missing-feedback", _E, "a choice has no feedback"),
        Rule("missing-explanation", _E, "a question has no explanation"),
        Rule("empty-bank", _E, "a quiz has no questions"),
        Rule("bad-id", _E, "an id is not lowercase letters, digits, - and _"),
        Rule("unknown-type", _E, "`type` is not single, multiple or true-false"),
        Rule("unknown-topic", _E, "`topic` is not one of the course's topics (course.yml)"),
        Rule("unknown-difficulty", _E, "`difficulty` is not easy, medium or hard"),
        Rule(
            "field-not-for-type", _E, "`choices` on a true-false question, or `answer` on a choice question"
        ),
        # The answer key
        Rule("single-needs-one-key", _E, "a single-answer question does not have exactly one correct choice"),
        Rule("multiple-needs-a-key", _E, "a multiple-answer question has no correct choice"),
        Rule("true-false-needs-answer", _E, "a true-false question has no `answer: true` or `answer: false`"),
        Rule("choice-count", _E, "a question has fewer than 3 or more than 6 choices"),
        Rule("duplicate-choice", _E, "two choices of one question have the same text"),
        Rule("duplicate-id", _E, "two questions share an id (across all quiz files)"),
        Rule("duplicate-quiz-name", _E, "two quiz files share a file name, so a page marker is ambiguous"),
        Rule("bad-quiz-name", _E, "a quiz file's name is not lowercase letters, digits, - and _"),
        Rule("reserved-quiz-name", _E, "a quiz file's name is kept for the combined export files"),
        Rule("export-name-collision", _E, "two quiz files' names would give the same export file"),
        Rule(
            "control-character", _E, "a text holds a control character (often a backslash escape in quotes)"
        ),
        Rule("all-of-the-above", _E, 'a choice is "all of the above"'),
        Rule("combined-choice", _E, 'a choice combines others ("both A and B", "A and C")'),
        # Links into the lessons
        Rule("lesson-missing", _E, "`lesson` does not name an existing page in docs/"),
        Rule("source-page-missing", _E, "the page part of `source` does not exist in docs/"),
        Rule("source-anchor-missing", _E, "the #anchor part of `source` is not a heading on that page"),
        Rule("unknown-ref", _E, "a `refs:` id is not an entry of docs/references.md"),
        # Acknowledging warnings
        Rule("allow-needs-reason", _E, "`allow:` is given without a `reason:`"),
        Rule(
            "allow-unknown-rule", _E, "`allow:` names a rule that does not exist or cannot be allowed there"
        ),
        # Item-writing flaws (Haladyna, Downing & Rodriguez 2002)
        Rule("none-of-the-above", _W, 'a choice is "none of the above"'),
        Rule("negative-stem", _W, "the prompt uses NOT, EXCEPT or LEAST without emphasising it"),
        Rule("key-longest", _W, "the correct choice is the longest by a wide margin"),
        Rule("absolute-word", _W, "a choice (or a true-false statement) uses always, never, all or none"),
        Rule("grammatical-cue", _W, 'the prompt ends in "a"/"an" and a choice does not fit it'),
        Rule("shared-choice-start", _W, "every choice starts with the same words"),
        Rule("duplicate-prompt", _W, "the same prompt appears in two questions"),
        Rule(
            "missing-refs", _W, "the question's topic needs `refs:` (course.yml `refs_topics`) and has none"
        ),
        Rule(
            "key-longest-often", _W, "across a quiz, the correct choice is the longest too often", bank=True
        ),
        Rule("key-position-bias", _W, "across a quiz, correct choices bunch in one position", bank=True),
        Rule("allow-unused", _W, "`allow:` names a rule that no longer fires there"),
    )
}

# Warnings an author may acknowledge: on a question, or (bank rules) at the top of a quiz file.
ALLOWABLE_QUESTION_RULES: tuple[str, ...] = tuple(
    r.id for r in RULES.values() if r.severity == "warning" and not r.bank and r.id != "allow-unused"
)
ALLOWABLE_BANK_RULES: tuple[str, ...] = tuple(r.id for r in RULES.values() if r.bank)


def severity_of(rule_id: str) -> Severity:
    return RULES[rule_id].severity


_CONTROL = {c: " " for c in range(32)} | {127: " "}


def make_problem(path: str, line: int, col: int, rule_id: str, message: str) -> Problem:
    """A finding for `rule_id`, its message forced onto one line (it may quote hostile input)."""
    return Problem(path, line, col, RULES[rule_id].severity, rule_id, message.translate(_CONTROL))


def quote(value: object, limit: int = 40) -> str:
    """Show an author's value inside a message: quoted, one line, cut short."""
    text = str(value).translate(_CONTROL)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"'
