"""The export CLI and the site's download hook, run as an educator would run them."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "scripts" / "export_quizzes.py"
FIXTURES = ROOT / "tests" / "fixtures" / "export"
FIXTURE_ARGS = ["--docs-dir", str(FIXTURES / "docs"), "--quizzes-dir", str(FIXTURES / "quizzes")]
BROKEN = "tests/fixtures/export/invalid/broken.yml"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CLI), *args], cwd=ROOT, capture_output=True, text=True)


def test_exports_every_format_for_every_bank(tmp_path):
    out = tmp_path / "exports"
    proc = run_cli("--to", "all", "--out", str(out), "--course", "Fixture course", *FIXTURE_ARGS)
    assert proc.returncode == 0, proc.stderr
    stems = ["alpha", "beta", "all-quizzes"]
    expected = {
        f"{s}{suffix}" for s in stems for suffix in (".gift", "-qti.zip", ".apkg", "-anki.csv", ".csv")
    }
    assert {p.name for p in out.iterdir()} == expected
    assert "Exported 5 questions from 2 bank(s)" in proc.stderr

    gift = (out / "all-quizzes.gift").read_text(encoding="utf-8")
    assert (
        gift.count("$CATEGORY:") == 2
        and "$CATEGORY: $course$/top/Fixture course/Beta // {hostile}: #1" in gift
    )
    with zipfile.ZipFile(out / "all-quizzes-qti.zip") as archive:
        assert len([n for n in archive.namelist() if n.startswith("items/")]) == 5
    rows = list(csv.DictReader(io.StringIO((out / "beta.csv").read_text(encoding="utf-8-sig"))))
    assert [r["answer"] for r in rows] == ["A", "A;B;C"]
    assert rows[0]["prompt"] == r"Which text keeps a~b =c #d {e} f:g \h \*i\* and ####k intact?"


def test_a_bank_can_be_named_or_given_as_a_path(tmp_path):
    by_name = run_cli("--to", "gift", "--out", str(tmp_path / "a"), "alpha", *FIXTURE_ARGS)
    assert by_name.returncode == 0, by_name.stderr
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["alpha.gift"]
    path = str(FIXTURES / "quizzes" / "beta.yml")
    by_path = run_cli("--to", "csv", "--out", str(tmp_path / "b"), path, "--docs-dir", str(FIXTURES / "docs"))
    assert by_path.returncode == 0, by_path.stderr
    assert [p.name for p in (tmp_path / "b").iterdir()] == ["beta.csv"]


@pytest.mark.parametrize("fmt", ["gift", "qti", "anki", "csv", "all"])
def test_an_invalid_bank_is_never_exported(tmp_path, fmt):
    out = tmp_path / "exports"
    good = str(FIXTURES / "quizzes" / "alpha.yml")
    proc = run_cli("--to", fmt, "--out", str(out), good, BROKEN, "--docs-dir", str(FIXTURES / "docs"))
    assert proc.returncode == 1
    assert f"{BROKEN}:10:5: error: [single-needs-one-key]" in proc.stderr
    assert "Nothing exported" in proc.stderr
    assert not out.exists()


def test_a_control_character_is_a_located_error_not_a_traceback(tmp_path):
    # "C:\backup" in double quotes holds a backspace; the QTI export used to raise on it (exit 2).
    bank = tmp_path / "escapes.yml"
    text = (FIXTURES / "quizzes" / "alpha.yml").read_text(encoding="utf-8")
    bank.write_text(text.replace("title: ", 'title: "C:\\backup\\notes" # ', 1), encoding="utf-8")
    out = tmp_path / "exports"
    proc = run_cli("--to", "all", "--out", str(out), str(bank), "--docs-dir", str(FIXTURES / "docs"))
    assert proc.returncode == 1, proc.stderr
    assert f"{bank}:2:8: error: [control-character]" in proc.stderr
    assert "Traceback" not in proc.stderr and not out.exists()


def test_bad_usage_exits_2(tmp_path):
    unknown = run_cli("--to", "gift", "--out", str(tmp_path), "no-such-bank", *FIXTURE_ARGS)
    assert unknown.returncode == 2 and "no-such-bank" in unknown.stderr
    assert run_cli("--to", "pdf", "--out", str(tmp_path)).returncode == 2
    assert not list(tmp_path.iterdir())


def test_real_banks_export_or_are_refused_whole(tmp_path):
    # Lesson writers edit quizzes/ all the time: only what holds for any state of it is asserted.
    out = tmp_path / "exports"
    proc = run_cli("--to", "gift", "--out", str(out))
    banks = sorted(p.stem for p in (ROOT / "quizzes").glob("*.yml"))
    if proc.returncode == 1:
        assert ": error: [" in proc.stderr and not out.exists()
        return
    assert proc.returncode == 0, proc.stderr
    written = {p.name for p in out.iterdir()} if banks else set()
    expected = {f"{b}.gift" for b in banks} | ({"all-quizzes.gift"} if len(banks) > 1 else set())
    assert written == expected


# --- the site's downloads (the quizkit MkDocs plugin) -----------------------------------------


def make_site(tmp_path: Path, page: str, with_quizzes: bool = True) -> Path:
    """A tiny MkDocs project using the real plugin, the fixture banks and the fixture docs, and
    the course's own course.yml (its folders, quizzes/ and docs/, resolve inside the project)."""
    project = tmp_path / "project"
    shutil.copytree(FIXTURES / "docs", project / "docs")
    if with_quizzes:
        shutil.copytree(FIXTURES / "quizzes", project / "quizzes")
    (project / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (project / "docs" / "lms.md").write_text(page, encoding="utf-8")
    shutil.copy(ROOT / "course.yml", project / "course.yml")
    (project / "mkdocs.yml").write_text(
        textwrap.dedent("""\
            site_name: Fixture course
            site_url: https://example.org/course/
            plugins:
              - quizkit
            markdown_extensions:
              - quizkit.markdown:
                  course: course.yml
            """),
        encoding="utf-8",
    )
    return project


def build(project: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(project / "site")]
    return subprocess.run(command, cwd=project, capture_output=True, text=True)


def test_site_offers_the_exports_and_checks_links_to_them(tmp_path):
    page = "# LMS\n\n[GIFT](downloads/all-quizzes.gift) and [QTI](downloads/alpha-qti.zip)\n"
    project = make_site(tmp_path, page)
    proc = build(project)
    assert proc.returncode == 0, proc.stderr
    downloads = project / "site" / "downloads"
    assert (downloads / "all-quizzes.gift").read_text(encoding="utf-8").count("$CATEGORY:") == 2
    assert {p.name for p in downloads.iterdir()} >= {"alpha.apkg", "beta-qti.zip", "all-quizzes.csv"}
    html = (project / "site" / "lms" / "index.html").read_text(encoding="utf-8")
    assert 'href="../downloads/all-quizzes.gift"' in html

    (project / "docs" / "lms.md").write_text("# LMS\n\n[typo](downloads/all-quizes.gift)\n", encoding="utf-8")
    broken = build(project)
    assert broken.returncode != 0 and "downloads/all-quizes.gift" in broken.stderr


def test_site_without_quizzes_builds_without_downloads(tmp_path):
    project = make_site(tmp_path, "# LMS\n", with_quizzes=False)
    proc = build(project)
    assert proc.returncode == 0, proc.stderr
    assert not (project / "site" / "downloads").exists()


def test_site_build_fails_on_an_invalid_bank(tmp_path):
    project = make_site(tmp_path, "# LMS\n")
    shutil.copy(ROOT / BROKEN, project / "quizzes" / "broken.yml")
    proc = build(project)
    assert proc.returncode != 0
    assert "error: [single-needs-one-key]" in proc.stderr
