"""load_and_check: the fixture folders (one invalid file per rule), paths, and CheckResult."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from validator_helpers import FIXTURE_COURSE, FIXTURE_DOCS, QUIZ_FIXTURES, check, question, quiz, rules, write

from quizkit.config import Course, load_course
from quizkit.validate import CheckResult, load_and_check

VALID = sorted((QUIZ_FIXTURES / "valid").glob("*.yml"))
INVALID = sorted((QUIZ_FIXTURES / "invalid").glob("*.yml"))
EXPECT = re.compile(r"^# expect: ([a-z0-9-]+) @ (\d+)$", re.MULTILINE)


def expectations(path: Path) -> set[tuple[str, int]]:
    """The `# expect: rule-id @ line` comments at the top of a fixture (read as Latin-1: some
    fixtures are deliberately not UTF-8)."""
    return {(rule, int(line)) for rule, line in EXPECT.findall(path.read_bytes().decode("latin-1"))}


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_fixture_passes_strict(path):
    result = load_and_check([path], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    assert not result.failed(strict=True), "\n".join(p.format_text() for p in result.problems)
    assert result.quizzes and result.quizzes[0].questions


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_fixture_reports_its_rule_at_its_line(path):
    expected = expectations(path)
    assert expected, f"{path.name} declares no `# expect: rule-id @ line`"
    result = load_and_check([path], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    found = {(p.rule, p.line) for p in result.problems if not p.acknowledged}
    shown = "\n".join(p.format_text() for p in result.problems)
    assert expected <= found, shown
    # Nothing else fires: each fixture isolates its rule.
    assert {rule for rule, _ in found} == {rule for rule, _ in expected}, shown
    assert result.failed(strict=True)


def test_every_rule_has_a_fixture_or_a_unit_test():
    from quizkit.rules import RULES

    covered = {rule for path in INVALID for rule, _ in expectations(path)}
    # These need a situation a single small file cannot hold; tests below cover them.
    elsewhere = {
        "path-missing",
        "file-unreadable",
        "file-too-large",
        "too-many-problems",
        "duplicate-quiz-name",
        "export-name-collision",
        "missing-refs",  # needs a course file naming refs topics: test_missing_refs_*
    }
    assert set(RULES) - covered == elsewhere


def test_folder_reads_yml_and_yaml_sorted_and_ignores_schema_json(tmp_path):
    write(tmp_path, quiz(question(id="b-1")), "b.yaml")
    write(tmp_path, quiz(question(id="a-1", prompt="Another prompt?")), "a.yml")
    (tmp_path / "schema.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("not a quiz")
    result = load_and_check([tmp_path], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    assert result.files == 2
    assert [q.name for q in result.quizzes] == ["a", "b"]
    assert not result.problems


def test_duplicate_ids_across_two_files(tmp_path):
    first = write(tmp_path, quiz(question(id="shared")), "first.yml")
    second = write(tmp_path, quiz(question(id="shared", prompt="A different prompt?")), "second.yml")
    result = load_and_check([first, second], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    (problem,) = result.errors
    assert problem.rule == "duplicate-id" and problem.path == str(second)
    assert str(first) in problem.message


def test_duplicate_quiz_names_in_two_folders(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    write(tmp_path / "one", quiz(question(id="a")), "same.yml")
    write(tmp_path / "two", quiz(question(id="b", prompt="Other?")), "same.yml")
    result = load_and_check(
        [tmp_path / "one", tmp_path / "two"], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE
    )
    assert [p.rule for p in result.errors] == ["duplicate-quiz-name"]


def test_missing_path_is_a_problem_not_an_exception(tmp_path):
    result = load_and_check([tmp_path / "nowhere.yml"], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    assert [p.rule for p in result.errors] == ["path-missing"]
    assert result.files == 0


def test_same_file_twice_is_read_once(tmp_path):
    path = write(tmp_path, quiz())
    result = load_and_check([path, tmp_path, str(path)], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    assert result.files == 1 and not result.problems


def test_paths_are_shown_as_given(tmp_path, monkeypatch):
    write(tmp_path, quiz(question(source="lessons/sample.md#gone")))
    monkeypatch.chdir(tmp_path)
    result = load_and_check(["quiz.yml"], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    assert result.problems[0].path == "quiz.yml"
    result = load_and_check(["."], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    assert result.problems[0].path == "quiz.yml"


def test_quiz_with_errors_is_still_returned(tmp_path):
    result = check(tmp_path, quiz(question(choices=None)))
    assert result.errors and result.quizzes[0].questions[0].id == "q-one"


def test_summary_counts_errors_warnings_and_allowed(tmp_path):
    negative = question(id="neg", prompt="Which is not a part?", allow=["negative-stem"], reason="Kept.")
    result = check(tmp_path, quiz(question(), negative, question(id="x", prompt="Which is NOT right?")))
    assert result.summary() == "1 files, 3 questions: 0 errors, 1 warnings, 1 allowed"
    assert not result.failed() and result.failed(strict=True)
    assert [p.rule for p in result.acknowledged] == ["negative-stem"]


def test_check_result_without_problems():
    result = CheckResult(quizzes=[], problems=[], files=0)
    assert result.summary() == "0 files, 0 questions: 0 errors, 0 warnings"
    assert not result.failed(strict=True)


def test_default_docs_dir_is_under_project_root(tmp_path):
    (tmp_path / "docs" / "lessons").mkdir(parents=True)
    (tmp_path / "docs" / "lessons" / "sample.md").write_text("# Sample\n\n## A working definition\n")
    path = write(tmp_path, quiz())
    result = load_and_check([path], project_root=tmp_path)
    assert not result.problems, [p.format_text() for p in result.problems]


def test_problems_are_in_file_then_line_order(tmp_path):
    write(tmp_path, quiz(question(id="Bad Id", topic="nope", source="lessons/sample.md#gone")), "a.yml")
    write(tmp_path, "title: [", "b.yml")
    result = load_and_check([tmp_path], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    keys = [(p.path, p.line, p.col) for p in result.problems]
    assert keys == sorted(keys)
    assert rules(result) >= {"bad-id", "unknown-topic", "source-anchor-missing", "yaml-syntax"}


@pytest.mark.parametrize(
    "name", ["my quiz", "café–quiz", "<img src=x onerror=alert(1)>", "Quiz", "-x", "a.b"]
)
def test_a_file_name_no_marker_can_name_is_refused(tmp_path, name):
    result = check(tmp_path, quiz(), f"{name}.yml")
    assert [(p.rule, p.line, p.col) for p in result.errors] == [("bad-quiz-name", 1, 1)]
    assert result.errors[0].path == str(tmp_path / f"{name}.yml")


@pytest.mark.parametrize("name", ["all-quizzes", "all-quizzes-anki"])
def test_names_of_the_combined_export_files_are_reserved(tmp_path, name):
    result = check(tmp_path, quiz(), f"{name}.yml")
    assert [(p.rule, p.line, p.col) for p in result.errors] == [("reserved-quiz-name", 1, 1)]


def test_banks_whose_export_files_would_overwrite_each_other(tmp_path):
    # `x` exports x-anki.csv for Anki; `x-anki` exports x-anki.csv as its spreadsheet.
    write(tmp_path, quiz(question(id="a")), "x.yml")
    write(tmp_path, quiz(question(id="b", prompt="Another prompt?")), "x-anki.yml")
    result = load_and_check([tmp_path], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    (problem,) = result.errors
    assert (problem.rule, problem.path, problem.line) == ("export-name-collision", str(tmp_path / "x.yml"), 1)
    assert "x-anki.csv" in problem.message and "x-anki.yml" in problem.message


def _course_with_refs_topics(tmp_path, topics: str) -> Course:
    course = tmp_path / "course.yml"
    course.write_text(
        f"docs: {FIXTURE_DOCS}\ntopics:\n  definition: Definition\n  evidence: Evidence\n"
        f"refs_topics: {topics}\n",
        encoding="utf-8",
    )
    return load_course(course)


def test_missing_refs_warns_on_a_refs_topic_without_refs(tmp_path):
    course = _course_with_refs_topics(tmp_path, "[evidence]")
    bank = write(tmp_path, quiz(question(topic="evidence"), question(id="q-two", prompt="Another?")))
    result = load_and_check([bank], course=course)
    found = [p for p in result.problems if p.rule == "missing-refs"]
    assert [(p.severity, p.line) for p in found] == [("warning", 6)]  # the `topic:` line of q-one
    assert result.failed(strict=True) and not result.failed(strict=False)


def test_missing_refs_is_quiet_with_refs_or_without_refs_topics(tmp_path):
    with_refs = write(tmp_path, quiz(question(topic="evidence", refs=["bordin-1979"])), "a.yml")
    course = _course_with_refs_topics(tmp_path, "[evidence]")
    assert "missing-refs" not in rules(load_and_check([with_refs], course=course))
    bare = write(tmp_path, quiz(question(topic="evidence")), "b.yml")
    assert "missing-refs" not in rules(
        load_and_check([bare], course=_course_with_refs_topics(tmp_path, "[]"))
    )


def test_missing_refs_can_be_allowed_on_the_question(tmp_path):
    course = _course_with_refs_topics(tmp_path, "[evidence]")
    allowed = question(topic="evidence", allow=["missing-refs"], reason="A definition, no study behind it.")
    result = load_and_check([write(tmp_path, quiz(allowed))], course=course)
    assert [p.rule for p in result.acknowledged] == ["missing-refs"] and not result.failed(strict=True)
