"""Benchmark: the quiz validator against a bare `yaml.load` of the same files.

Generates banks of 100, 1,000 and 10,000 questions (files of 100 questions, with a tiny docs
folder so every `source` resolves), then measures wall time (median of 3) and peak Python
memory (tracemalloc, each measurement in a fresh subprocess) for both, side by side.
Goal: the validator within 3x the bare load at 10,000 questions, growing linearly.

    .venv/bin/python bench/bench_validator.py      # prints the Markdown table
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from quizkit.validate import load_and_check

ROOT = Path(__file__).resolve().parents[1]

SIZES = (100, 1_000, 10_000)
PER_FILE = 100
REPEATS = 3
HEADINGS = ("Goals and tasks", "The bond", "Measuring it", "Ruptures", "Repair")
TOPICS = ("definition", "evidence", "building", "measurement", "ruptures")


def write_bank(folder: Path, questions: int) -> list[Path]:
    """Quiz files holding `questions` valid questions, and the docs page they point at."""
    docs = folder / "docs" / "lessons"
    docs.mkdir(parents=True)
    page = "# Bench lesson\n\n" + "".join(f"## {h}\n\nText.\n\n" for h in HEADINGS)
    (docs / "bench.md").write_text(page, encoding="utf-8")
    quizzes = folder / "quizzes"
    quizzes.mkdir()
    files = []
    for start in range(0, questions, PER_FILE):
        lines = [f'title: "Bench quiz {start // PER_FILE}"', "lesson: lessons/bench.md", "questions:"]
        for n in range(start, min(start + PER_FILE, questions)):
            lines += _question(n)
        path = quizzes / f"bench-{start // PER_FILE:04d}.yml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    return files


def _question(n: int) -> list[str]:
    anchor = HEADINGS[n % len(HEADINGS)].lower().replace(" ", "-")
    if n % 5 == 4:
        return [
            f"  - id: bench-{n}",
            "    type: true-false",
            f"    topic: {TOPICS[n % len(TOPICS)]}",
            "    difficulty: medium",
            f"    prompt: Statement number {n} about the working alliance is true.",
            f"    answer: {'true' if n % 2 else 'false'}",
            f"    explanation: The explanation for statement {n}, with *emphasis* and a `code` span.",
            f"    source: lessons/bench.md#{anchor}",
        ]
    key = n % 4
    lines = [
        f"  - id: bench-{n}",
        "    type: single",
        f"    topic: {TOPICS[n % len(TOPICS)]}",
        "    difficulty: easy",
        f"    prompt: Which description best fits case {n} in the lesson?",
        "    choices:",
    ]
    for c in range(4):
        lines.append(f"      - text: Choice {c} for case {n}, a plausible description of the alliance")
        if c == key:
            lines.append("        correct: true")
        lines.append(f"        feedback: Why choice {c} of case {n} is {'right' if c == key else 'wrong'}.")
    lines += [
        f"    explanation: The teaching point of case {n}, shown after answering.",
        f"    source: lessons/bench.md#{anchor}",
    ]
    return lines


def bare_load(files: list[Path]) -> list:
    # The loaded data is kept, as the validator keeps its quizzes: memory figures compare like with like.
    return [yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for path in files]


def validate(files: list[Path]) -> None:
    result = load_and_check(files, docs_dir=files[0].parent.parent / "docs")
    if result.errors:
        raise SystemExit(f"bench bank is invalid: {result.errors[0].format_text()}")


def median_seconds(run, files: list[Path]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        run(files)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def peak_memory(kind: str, folder: Path) -> int:
    """Peak traced bytes of one run, measured in a fresh interpreter so runs do not share caches."""
    out = subprocess.run(
        [sys.executable, __file__, "--peak", kind, str(folder)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)["peak"]


def _measure_peak(kind: str, folder: Path) -> None:
    import tracemalloc

    files = sorted((folder / "quizzes").glob("*.yml"))
    tracemalloc.start()
    (validate if kind == "validator" else bare_load)(files)
    print(json.dumps({"peak": tracemalloc.get_traced_memory()[1]}))


def run() -> str:
    """Run the benchmark and return its results as a Markdown table with a verdict."""
    rows = [
        "| questions | files | bare `yaml.load` (s) | validator (s) | time ratio "
        "| bare peak (MB) | validator peak (MB) | memory ratio |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    per_question = {}
    ratio = 0.0
    for size in SIZES:
        with tempfile.TemporaryDirectory(prefix="bench-quiz-") as tmp:
            folder = Path(tmp)
            files = write_bank(folder, size)
            validate(files)  # warm-up: imports, Markdown extensions, page anchors
            bare = median_seconds(bare_load, files)
            checked = median_seconds(validate, files)
            bare_peak, checked_peak = peak_memory("bare", folder), peak_memory("validator", folder)
        ratio = checked / bare
        per_question[size] = checked / size
        rows.append(
            f"| {size:,} | {len(files)} | {bare:.3f} | {checked:.3f} | {ratio:.2f}x "
            f"| {bare_peak / 1e6:.1f} | {checked_peak / 1e6:.1f} | {checked_peak / bare_peak:.2f}x |"
        )
    growth = per_question[SIZES[-1]] / per_question[SIZES[-2]]
    verdict = "met" if ratio <= 3 and growth < 1.5 else "NOT met"
    rows += [
        "",
        f"Goal (validator within 3x the bare load at {SIZES[-1]:,} questions, linear growth): {verdict}. "
        f"Time per question at {SIZES[-1]:,} is {growth:.2f}x that at {SIZES[-2]:,}.",
    ]
    return "\n".join(rows)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--peak":
        _measure_peak(sys.argv[2], Path(sys.argv[3]))
    else:
        print(run())
