"""Typed quiz data: what the loader produces and the checker, renderer and exporters read.

Field names follow the quiz file format contract (docs/educators/quiz-format.md). Every node
keeps the line and column it came from, so any later stage can point an author at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]
QuestionType = Literal["single", "multiple", "true-false"]

QUESTION_TYPES: tuple[str, ...] = ("single", "multiple", "true-false")
DIFFICULTIES: tuple[str, ...] = ("easy", "medium", "hard")


@dataclass(frozen=True)
class Problem:
    """One finding, printed as `path:line:col: severity: [rule] message`."""

    path: str
    line: int
    col: int
    severity: Severity
    rule: str
    message: str
    # A warning the author acknowledged with `allow:` on the question; counted, not failing.
    acknowledged: bool = False

    def format_text(self) -> str:
        note = " (allowed)" if self.acknowledged else ""
        return f"{self.path}:{self.line}:{self.col}: {self.severity}: [{self.rule}] {self.message}{note}"


@dataclass
class Choice:
    text: str
    feedback: str
    correct: bool = False
    line: int = 0
    col: int = 0


@dataclass
class Question:
    id: str
    prompt: str
    explanation: str
    source: str
    type: QuestionType = "single"
    topic: str = ""
    difficulty: str = ""
    choices: list[Choice] = field(default_factory=list)
    # Only for true-false questions.
    answer: bool | None = None
    # Reference ids: anchors of docs/references.md (`refs: [bordin-1979]`).
    refs: list[str] = field(default_factory=list)
    # (id, short citation) per ref, e.g. ("bordin-1979", "Bordin (1979)"): filled by the checker
    # from docs/references.md, so the renderer and exporters never read that page themselves.
    citations: list[tuple[str, str]] = field(default_factory=list, compare=False)
    # Warning rule ids acknowledged on this question, with the author's reason.
    allow: list[str] = field(default_factory=list)
    reason: str = ""
    # The bank (quiz file stem) this question belongs to, filled by the loader.
    quiz: str = ""
    line: int = 0
    col: int = 0
    # Where each field's key sits in the file, {field: (line, col)}, for later checks to point at.
    spans: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)

    def options(self) -> list[Choice]:
        """The choices a learner sees: the file's choices, or True/False for true-false.

        Renderers and exporters use this so that no one special-cases true-false twice.
        """
        if self.type != "true-false":
            return self.choices
        return [
            Choice(text="True", feedback="", correct=self.answer is True, line=self.line, col=self.col),
            Choice(text="False", feedback="", correct=self.answer is False, line=self.line, col=self.col),
        ]


@dataclass
class Quiz:
    path: str  # as given on the command line or relative to the project root
    name: str  # file stem: what a page's `<!-- quiz: NAME -->` marker names
    title: str
    lesson: str  # docs-relative page the quiz belongs to
    questions: list[Question] = field(default_factory=list)
    # Bank-level warnings acknowledged for the whole file, with the author's reason.
    allow: list[str] = field(default_factory=list)
    reason: str = ""
    # Where each top-level key sits in the file, {field: (line, col)}.
    spans: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)
