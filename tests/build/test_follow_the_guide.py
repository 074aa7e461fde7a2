"""A teacher follows the educator guide's "Add a lesson" steps in a copy of the course and ends
with every check passing: the strict validator, the strict MkDocs build and the content tests.

Each step below quotes the guide (docs/educators/index.md) it carries out. When the guide is
incomplete this test fails, and the fix belongs in the guide. The lesson text is filler: it
never ships, it only has to meet the course policies the guide names.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "educators" / "index.md"
BIN = Path(sys.executable).parent
# What a fork's checkout holds; the build output, caches and installed tools are not copied.
SKIP = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "site", "site-*", "dist", "__pycache__", ".pytest_cache", ".zensical*"
)
NAME = "10-supervision"
TITLE = "Lesson 10: Supervision"
FILLER = (
    "Supervision gives a therapist a second view of the work, and the alliance between supervisor "
    "and supervisee mirrors the one between therapist and client in goals, tasks and bond. "
)


def course_policies(copy: Path) -> dict:
    return yaml.safe_load((copy / "course.yml").read_text(encoding="utf-8"))["policies"]


def lesson_page(policies: dict) -> str:
    """Steps 2 to 6 of the guide: front matter and title, skeleton, devices, diagram, links."""
    low, _ = policies["lesson_words"]
    fillers = -(-low // len(FILLER.split()))  # just enough for the minimum; the rest adds a few more
    body = "\n\n".join(FILLER * 4 for _ in range(-(-fillers // 4)))
    speaker = policies["lesson_vignette_speakers"][0]
    # The guide's two boxes: a warning for the misconception, a tip for the exam.
    kinds = ("warning", "tip")
    callouts = "\n\n".join(
        f'!!! {kinds[n % 2]} "{title}"\n    {FILLER}' for n, title in enumerate(policies["lesson_callouts"])
    )
    closing = "\n\n".join(f"## {heading}" for heading in policies["lesson_closing_headings"][:-1])
    return f"""---
title: "{TITLE}"
description: How supervision shapes the alliance, and how the supervisory alliance mirrors it.
minutes: {policies["lesson_minutes"][0] + 2}
---

# {TITLE}

## {policies["lesson_first_heading"]}

- Describe the supervisory alliance.

## What supervision adds

{body}

{callouts}

**{speaker}:** What would help you most this week?

![Supervision as a second alliance beside the first](../assets/diagrams/l10-supervision.svg){{ width="420" }}

As [lesson 1](01-what-is-the-alliance.md) said, the alliance has three parts
([Bordin, 1979](../references.md#bordin-1979)).

{closing}

- Supervision has an alliance of its own.

## {policies["lesson_closing_headings"][-1]}

<!-- quiz: {NAME} -->
"""


DIAGRAM = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 420 120" role="img"
  aria-labelledby="l10-title l10-desc" font-family="system-ui, sans-serif">
  <title id="l10-title">Two alliances</title>
  <desc id="l10-desc">The supervisory alliance beside the therapeutic alliance.</desc>
  <rect x="0" y="0" width="420" height="120" fill="#ffffff"/>
  <text x="210" y="60" font-size="16" text-anchor="middle">Supervisor, therapist, client</text>
</svg>
"""

# Four choices that differ from their first word, of equal length, so no item-writing rule trips.
STARTS = ("Goals", "Tasks", "Bonds", "Roles")


def question(i: int, kind: str, difficulty: str) -> dict:
    anchor = f"lessons/{NAME}.md#what-supervision-adds"
    base = {
        "id": f"l10-supervision-{i:02d}",
        "type": kind,
        "topic": "settings",
        "difficulty": difficulty,
        "explanation": "Supervision has its own alliance, built on the same three parts.",
        "source": anchor,
    }
    if kind == "true-false":
        return {**base, "prompt": f"Supervision case {i} has an alliance of its own.", "answer": True}
    keys = {i % 4} if kind == "single" else {i % 4, (i + 1) % 4}
    choices = [
        {
            "text": f"{start} agreed in supervision case {i}",
            "feedback": "Right for this case." if n in keys else "Not what this case shows.",
            **({"correct": True} if n in keys else {}),
        }
        for n, start in enumerate(STARTS)
    ]
    prompt = f"In supervision case {i}, which {'parts were' if kind == 'multiple' else 'part was'} agreed?"
    return {**base, "prompt": prompt, "choices": choices}


def quiz_bank(policies: dict) -> dict:
    """Step 7: a bank for the lesson, big enough, every difficulty, a mix of kinds."""
    count = policies["bank_min_questions"]
    difficulties = policies["difficulties"]
    kinds = ["multiple" if i % 4 == 1 else "single" for i in range(count)]
    kinds[-1] = "true-false"
    questions = [question(i, kind, difficulties[i % len(difficulties)]) for i, kind in enumerate(kinds)]
    return {"title": "Lesson 10 check: supervision", "lesson": f"lessons/{NAME}.md", "questions": questions}


def add_to_nav(mkdocs_yml: Path) -> None:
    """Step 8: the page goes into `nav`, under Lessons, after lesson 9 (a text edit, as a teacher
    makes it: the file holds !ENV tags a YAML round trip would lose)."""
    text = mkdocs_yml.read_text(encoding="utf-8")
    last = re.search(r"^(\s+)- lessons/09-[\w-]+\.md\n", text, re.MULTILINE)
    assert last, "mkdocs.yml's nav has no lesson 9 to add lesson 10 after"
    entry = f"{last.group(1)}- lessons/{NAME}.md\n"
    mkdocs_yml.write_text(text[: last.end()] + entry + text[last.end() :], encoding="utf-8")


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTEST_ADDOPTS": ""}
    env.pop("PYTEST_XDIST_WORKER", None)
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env)


def test_the_guide_names_every_step_this_test_takes():
    guide = GUIDE.read_text(encoding="utf-8")
    for step in (
        "docs/lessons/10-supervision.md",
        'title: "Lesson 10: Supervision"',
        "`minutes:`",
        "<!-- quiz: 10-supervision -->",
        '!!! warning "Common misconception"',
        "**Client:**",
        "docs/assets/diagrams/",
        "`lesson: lessons/10-supervision.md`",
        "Add the page to `nav` in `mkdocs.yml`",
        "course map is built from `nav`",
        "multiple_min_share",
    ):
        assert step in guide, f"{GUIDE}: the 'Add a lesson' steps no longer say {step!r}"


def test_a_lesson_added_as_the_guide_says_passes_every_check(tmp_path):
    copy = tmp_path / "course"
    shutil.copytree(ROOT, copy, ignore=SKIP)
    policies = course_policies(copy)
    (copy / "docs" / "lessons" / f"{NAME}.md").write_text(lesson_page(policies), encoding="utf-8")
    (copy / "docs" / "assets" / "diagrams" / "l10-supervision.svg").write_text(DIAGRAM, encoding="utf-8")
    bank = yaml.safe_dump(quiz_bank(policies), sort_keys=False, allow_unicode=True)
    (copy / "quizzes" / f"{NAME}.yml").write_text(bank, encoding="utf-8")
    add_to_nav(copy / "mkdocs.yml")
    home_before = (copy / "docs" / "index.md").read_text(encoding="utf-8")

    # Step 9: `make validate`, `make build` and the content tests of `make test`, in the copy.
    validate = run([str(BIN / "quizkit-validate"), "--strict"], copy)
    assert validate.returncode == 0, validate.stdout + validate.stderr
    build = run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(tmp_path / "site")], copy)
    assert build.returncode == 0, build.stdout + build.stderr
    content = run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/content"], copy)
    assert content.returncode == 0, content.stdout[-4000:] + content.stderr[-2000:]

    # The home page's course map lists the new lesson, though docs/index.md was not touched.
    assert (copy / "docs" / "index.md").read_text(encoding="utf-8") == home_before
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    row = re.search(
        rf'<td><a href="lessons/{NAME}/">{TITLE}</a></td>\s*<td>(.*?)</td>\s*<td>(.*?)</td>', home
    )
    assert row, "the home page's course map has no row for lesson 10"
    assert row.groups() == (
        f"{policies['lesson_minutes'][0] + 2} minutes",
        f"{policies['bank_min_questions']} questions",
    )
