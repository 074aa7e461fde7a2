"""The course as it would be with more questions: a copy with generated extra banks (issue 16).

Shared by `make bench` (build time and page weight at 1,000 and 10,000 questions) and by any test
that needs a course of a given size (import it as `grown_course`: tests/ is on pytest's path).

    from grown_course import grow_course
    root = grow_course(tmp_path / "course", extra=4000)   # mkdocs.yml, docs/, quizzes/... + 4,000

The extra questions are the course's own, cloned round-robin bank by bank, so they have the same
length, Markdown, feedback, sources and citations as real ones, and they validate the same way.
Every text gets the clone's number, so no two texts are equal: a build cannot serve a clone from
the render cache and look cheaper than a course that really grew. Each generated bank belongs to
its model's lesson (no page shows it with a marker, like the exam pool): it reaches the exam and
review pools and every export, and the lesson pages stay as they are.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# What a build of the course reads (mkdocs.yml, the course file, pages, banks, theme overrides,
# snippets); the package itself is imported from wherever it is installed.
COURSE_PARTS = ("mkdocs.yml", "course.yml", "docs", "quizzes", "includes", "overrides")
BANK_SIZE = 100
PREFIX = "zz-grown-"  # sorts after the course's banks, so their questions keep their numbers


def course_banks(quizzes_dir: Path) -> list[dict]:
    """The course's banks as plain data, in file order (generated ones left out)."""
    banks = []
    for path in sorted(quizzes_dir.glob("*.yml")):
        if not path.name.startswith(PREFIX):
            banks.append(yaml.safe_load(path.read_text(encoding="utf-8")))
    return banks


def question_count(quizzes_dir: Path) -> int:
    return sum(len(bank.get("questions") or []) for bank in _all_banks(quizzes_dir))


def _all_banks(quizzes_dir: Path) -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(quizzes_dir.glob("*.yml"))]


def _clone(question: dict, n: int) -> dict:
    """Question `question` as generated question number `n`: every text marked with `n`."""
    clone = dict(copy.deepcopy(question), id=f"{PREFIX}{n}")  # shared lists would dump as YAML aliases
    clone["prompt"] = f"Case {n}. {question['prompt']}"
    clone["explanation"] = f"{question['explanation']} (Case {n}.)"
    if "choices" in question:
        clone["choices"] = [
            {
                **choice,
                "text": f"{choice['text']} ({n})",
                **({"feedback": f"{choice['feedback']} (Case {n}.)"} if choice.get("feedback") else {}),
            }
            for choice in question["choices"]
        ]
    return clone


def add_questions(quizzes_dir: Path, extra: int) -> list[Path]:
    """Write `extra` generated questions into `quizzes_dir`, in banks of BANK_SIZE; their files."""
    models = [bank for bank in course_banks(quizzes_dir) if bank.get("questions")]
    written, n = [], 0
    for number in range((extra + BANK_SIZE - 1) // BANK_SIZE):
        model = models[number % len(models)]
        size = min(BANK_SIZE, extra - n)
        questions = []
        for i in range(size):
            questions.append(_clone(model["questions"][i % len(model["questions"])], n))
            n += 1
        bank = {
            "title": f"Generated bank {number + 1} (like {model['title']})",
            "lesson": model["lesson"],
            "questions": questions,
        }
        path = quizzes_dir / f"{PREFIX}{number + 1:04d}.yml"
        path.write_text(yaml.safe_dump(bank, sort_keys=False, allow_unicode=True), encoding="utf-8")
        written.append(path)
    return written


def grow_course(dest: Path, extra: int, source: Path = ROOT) -> Path:
    """A copy of the course at `source` in `dest` with `extra` generated questions; `dest`.

    Build it with `mkdocs build` run in `dest` (the snippets extension reads includes/ from there).
    """
    dest.mkdir(parents=True, exist_ok=True)
    for part in COURSE_PARTS:
        origin = source / part
        if origin.is_dir():
            shutil.copytree(origin, dest / part, dirs_exist_ok=True)
        elif origin.is_file():
            shutil.copy2(origin, dest / part)
    if extra > 0:
        add_questions(dest / "quizzes", extra)
    return dest
