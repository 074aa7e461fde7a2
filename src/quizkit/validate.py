"""The validator's public entry point: load every quiz file, run every check, return it all.

The CLI (quizkit.cli, behind scripts/validate_quizzes.py), the site build (quizkit.site) and
the exporters call only `load_and_check`; nothing else parses a quiz file.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .allow import apply_allows
from .checks.answer_key import check_answer_key
from .checks.bank import check_across_files, check_bank
from .checks.choices import check_choices
from .checks.item_writing import check_item_writing
from .checks.refs import check_missing_refs
from .checks.sources import LinkChecker
from .config import Course, load_course
from .load import load_quiz_tree
from .model import Problem, Question, Quiz
from .rules import make_problem
from .structure import read_quiz

QUIZ_SUFFIXES = (".yml", ".yaml")
IGNORED_NAMES = ("schema.json",)


@dataclass
class CheckResult:
    """Every quiz that parsed (even with errors) and every problem found, in file order."""

    quizzes: list[Quiz]
    problems: list[Problem]
    files: int

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """Warnings not acknowledged with `allow:`."""
        return [p for p in self.problems if p.severity == "warning" and not p.acknowledged]

    @property
    def acknowledged(self) -> list[Problem]:
        return [p for p in self.problems if p.acknowledged]

    @property
    def questions(self) -> int:
        return sum(len(quiz.questions) for quiz in self.quizzes)

    def failed(self, strict: bool = False) -> bool:
        """True if any error, or with `strict` any unacknowledged warning."""
        return bool(self.errors) or (strict and bool(self.warnings))

    def summary(self) -> str:
        text = (
            f"{self.files} files, {self.questions} questions: "
            f"{len(self.errors)} errors, {len(self.warnings)} warnings"
        )
        allowed = len(self.acknowledged)
        return text + (f", {allowed} allowed" if allowed else "")


def load_and_check(
    paths: Sequence[Path | str],
    docs_dir: Path | None = None,
    project_root: Path | None = None,
    course: Course | None = None,
) -> CheckResult:
    """Load and check quiz files and folders (folders: their *.yml and *.yaml files, sorted).

    Problems are collected for all files before returning; none raises. Paths in problems are
    shown as given. `course` (default: the project's course.yml) gives the topics and the
    topics that need refs; `docs_dir` (default: the course's docs folder) is where `lesson` and
    `source` must resolve; `project_root` (default: the course file's folder) holds mkdocs.yml.
    """
    # Loading builds many small objects and no cycles; pausing the cyclic collector keeps the
    # cost per question flat as banks grow (it measured ~20% of the time at 10,000 questions).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_and_check(paths, docs_dir, project_root, course or load_course())
    finally:
        if collecting:
            gc.enable()


def _load_and_check(
    paths: Sequence[Path | str], docs_dir: Path | None, project_root: Path | None, course: Course
) -> CheckResult:
    root = Path(project_root) if project_root is not None else course.root
    if docs_dir is None:
        docs_dir = course.docs_dir if project_root is None else root / "docs"
    links = LinkChecker(Path(docs_dir), root)
    topics = tuple(course.topics)
    files, problems = expand_paths(paths)
    quizzes: list[Quiz] = []
    for path, shown in files:
        tree, found = load_quiz_tree(path, shown)
        problems.extend(found)
        if tree is not None:
            quiz, found = read_quiz(tree, shown, topics)
            problems.extend(found)
            if quiz is not None:
                quizzes.append(quiz)
    owned: dict[int, list[Problem]] = {}
    for owner, problem in check_across_files(quizzes):
        owned.setdefault(id(owner), []).append(problem)
    for quiz in quizzes:
        problems.extend(_check_quiz(quiz, links, owned, course))
    order = {shown: index for index, (_, shown) in enumerate(files)}
    problems.sort(key=lambda p: (order.get(p.path, -1), p.line, p.col))
    return CheckResult(quizzes=quizzes, problems=problems, files=len(files))


def _check_quiz(
    quiz: Quiz, links: LinkChecker, owned: dict[int, list[Problem]], course: Course
) -> list[Problem]:
    problems = list(links.check_lesson(quiz))
    for question in quiz.questions:
        found = _check_question(quiz, question, links)
        found.extend(check_missing_refs(quiz, question, course.refs_topics))
        found.extend(owned.get(id(question), ()))
        problems.extend(apply_allows(question, quiz, found))
    found = [problem for _, problem in check_bank(quiz, course)]
    found.extend(owned.get(id(quiz), ()))
    problems.extend(apply_allows(quiz, quiz, found))
    return problems


def _check_question(quiz: Quiz, question: Question, links: LinkChecker) -> list[Problem]:
    found = list(check_answer_key(quiz, question))
    found.extend(check_choices(quiz, question))
    found.extend(links.check_source(quiz, question))
    found.extend(links.check_refs(quiz, question))
    found.extend(check_item_writing(quiz, question))
    return found


def expand_paths(paths: Sequence[Path | str]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Quiz files to read as (path, shown path), each once, and a problem per missing path."""
    files: list[tuple[Path, str]] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p
                for p in path.iterdir()
                if p.suffix in QUIZ_SUFFIXES and p.name not in IGNORED_NAMES and p.is_file()
            )
        elif path.exists():
            found = [path]
        else:
            problems.append(make_problem(str(given), 1, 1, "path-missing", "no such file or folder"))
            continue
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append((file, str(given) if file is path else str(file)))
    return files, problems
