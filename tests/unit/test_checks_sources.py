"""checks/sources.py: `lesson` and `source` must resolve in the docs folder."""

from __future__ import annotations

import pytest
from validator_helpers import check, question, quiz, rules


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("lessons/sample.md#a-working-definition", set()),
        ("lessons/sample.md#stable-anchor", set()),
        ("lessons/sample.md", set()),
        ("lessons/other.md#measuring-the-alliance", set()),
        ("lessons/sample.md#a-working-defintion", {"source-anchor-missing"}),
        ("lessons/sample.md#a-renamed-heading", {"source-anchor-missing"}),
        ("lessons/absent.md#x", {"source-page-missing"}),
        ("lessons/sample#a-working-definition", {"source-page-missing"}),
        ("/lessons/sample.md", {"source-page-missing"}),
        ("https://example.org/x.md", {"source-page-missing"}),
    ],
)
def test_source(tmp_path, source, expected):
    assert rules(check(tmp_path, quiz(question(source=source)))) == expected


def test_anchor_suggestion(tmp_path):
    result = check(tmp_path, quiz(question(source="lessons/sample.md#a-working-defintion")))
    assert "did you mean #a-working-definition" in result.errors[0].message


def test_lesson_must_exist(tmp_path):
    assert rules(check(tmp_path, quiz(lesson="lessons/nope.md"))) == {"lesson-missing"}
    assert rules(check(tmp_path, quiz(lesson="lessons"))) == {"lesson-missing"}


def test_pages_outside_the_docs_folder_do_not_count(tmp_path):
    from validator_helpers import write

    from quizkit.validate import load_and_check

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("## Here\n")
    (tmp_path / "outside.md").write_text("## Here\n")
    path = write(tmp_path, quiz(question(source="../outside.md#here"), lesson="page.md"))
    result = load_and_check([path], docs_dir=tmp_path / "docs")
    assert rules(result) == {"source-page-missing"}


def test_refs_resolve_to_reference_entries_with_short_citations(tmp_path):
    result = check(tmp_path, quiz(question(refs=["bordin-1979", "fluckiger-2018"])))
    assert result.problems == []
    assert result.quizzes[0].questions[0].citations == [
        ("bordin-1979", "Bordin (1979)"),
        ("fluckiger-2018", "Flückiger et al. (2018)"),
    ]


def test_an_unknown_ref_is_an_error_at_its_item_with_a_suggestion(tmp_path):
    result = check(tmp_path, quiz(question(refs=["bordin-1979", "fluckiger-2019"])))
    [problem] = result.errors
    assert problem.rule == "unknown-ref"
    assert "did you mean fluckiger-2018?" in problem.message
    line = (tmp_path / "quiz.yml").read_text().splitlines()[problem.line - 1]
    assert line[problem.col - 1 :].startswith("fluckiger-2019")


@pytest.mark.parametrize("refs", ["bordin-1979", [["bordin-1979"]], [3]])
def test_refs_must_be_a_list_of_ids(tmp_path, refs):
    assert rules(check(tmp_path, quiz(question(refs=refs)))) == {"wrong-type"}
