"""The validator CLI, run as a learner-facing tool: exit codes, text and JSON output."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "scripts" / "validate_quizzes.py"
FIXTURES = ROOT / "tests" / "fixtures"
DOCS = FIXTURES / "docs"
VALID = FIXTURES / "quizzes" / "valid"
INVALID = FIXTURES / "quizzes" / "invalid"
LINE = re.compile(r"^.+:\d+:\d+: (error|warning): \[[a-z0-9-]+\] .+$")
SUMMARY = re.compile(r"^\d+ files, \d+ questions: \d+ errors, \d+ warnings(, \d+ allowed)?$")


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(CLI), "--docs-dir", str(DOCS), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_valid_folder_exits_0_with_a_summary():
    proc = run(VALID)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.splitlines()[-1].startswith(f"{len(list(VALID.glob('*.yml')))} files, ")
    assert SUMMARY.match(proc.stdout.splitlines()[-1])
    assert proc.stderr == ""


def test_invalid_file_exits_1_with_path_line_col():
    proc = run(INVALID / "single-needs-one-key.yml")
    assert proc.returncode == 1
    first, summary = proc.stdout.splitlines()
    assert first.startswith(f"{INVALID / 'single-needs-one-key.yml'}:10:5: error: [single-needs-one-key] ")
    assert summary == "1 files, 1 questions: 1 errors, 0 warnings"


def test_relative_paths_stay_relative(tmp_path):
    shutil.copy(INVALID / "bad-id.yml", tmp_path / "bad-id.yml")
    proc = run("bad-id.yml", cwd=tmp_path)
    assert proc.stdout.startswith("bad-id.yml:5:9: error: [bad-id] ")


def test_invalid_folder_collects_every_file_before_the_summary():
    proc = run(INVALID)
    assert proc.returncode == 1
    *lines, summary = proc.stdout.splitlines()
    assert all(LINE.match(line) for line in lines)
    assert SUMMARY.match(summary)
    named = {Path(line.split(":")[0]).name for line in lines}
    assert named == {path.name for path in INVALID.glob("*.yml")}


def test_several_files_and_duplicate_ids_across_them(tmp_path):
    for name in ("one.yml", "two.yml"):
        shutil.copy(VALID / "quoted-values.yml", tmp_path / name)
    proc = run(tmp_path / "one.yml", tmp_path / "two.yml")
    assert proc.returncode == 1
    assert f"{tmp_path / 'two.yml'}:4:5: error: [duplicate-id] " in proc.stdout
    assert proc.stdout.splitlines()[-1].startswith("2 files, 2 questions: 1 errors, 1 warnings")


def test_warnings_pass_unless_strict():
    path = INVALID / "negative-stem.yml"
    assert run(path).returncode == 0
    strict = run(path, "--strict")
    assert strict.returncode == 1
    assert "warning: [negative-stem]" in strict.stdout


def test_allowed_warnings_pass_strict_and_are_counted():
    proc = run(VALID / "allowed-warnings.yml", "--strict")
    assert proc.returncode == 0
    assert proc.stdout.strip().endswith(", 2 allowed")
    assert "(allowed)" not in proc.stdout
    shown = run(VALID / "allowed-warnings.yml", "--strict", "--show-allowed")
    assert shown.stdout.count("(allowed)") == 2


def test_json_output():
    proc = run(INVALID / "bad-id.yml", INVALID / "negative-stem.yml", "--format", "json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert (data["files"], data["errors"], data["warnings"]) == (2, 1, 1)
    assert data["summary"] == "2 files, 2 questions: 1 errors, 1 warnings"
    rules = [(Path(p["path"]).name, p["line"], p["rule"], p["severity"]) for p in data["problems"]]
    assert rules == [
        ("bad-id.yml", 5, "bad-id", "error"),
        ("negative-stem.yml", 9, "negative-stem", "warning"),
    ]


@pytest.mark.parametrize(
    "args",
    [
        ("--format", "xml"),
        ("--no-such-flag",),
        ("tests/fixtures/quizzes/nowhere.yml",),
        ("--docs-dir", "nowhere"),
    ],
)
def test_bad_usage_exits_2(args):
    proc = run(*args)
    assert proc.returncode == 2
    assert proc.stdout == "" and "usage:" in proc.stderr


def test_hostile_files_never_trace_back(tmp_path):
    (tmp_path / "bomb.yml").write_text(
        'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
        + "".join(f"a{i}: &a{i} [{', '.join(['*a' if i == 0 else f'*a{i - 1}'] * 9)}]\n" for i in range(9))
    )
    (tmp_path / "deep.yml").write_text("title: " + "[" * 3000 + "]" * 3000)
    (tmp_path / "binary.yml").write_bytes(bytes(range(256)))
    (tmp_path / "empty.yml").write_bytes(b"")
    (tmp_path / "list.yml").write_text("- 1\n- 2\n")
    (tmp_path / "tabs.yml").write_text("title: x\n\tlesson: y\n")
    proc = run(tmp_path)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    assert all(LINE.match(line) for line in proc.stdout.splitlines()[:-1])
    assert proc.stdout.splitlines()[-1].startswith("6 files, 0 questions: ")


def test_no_paths_checks_quizzes_folder():
    proc = subprocess.run([sys.executable, str(CLI)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode in (0, 1)
    summary = proc.stdout.splitlines()[-1]
    assert SUMMARY.match(summary)
    assert summary.startswith(f"{len(list((ROOT / 'quizzes').glob('*.yml')))} files, ")
    assert "schema.json" not in proc.stdout
