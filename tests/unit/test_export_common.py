"""What the exporters share: file naming per bank and combined, and links to lesson pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_samples import hostile_quiz, sample_quiz

from quizkit.export import FORMATS, ExportOptions, export_banks, exporter
from quizkit.export.common import source_url

ROOT = Path(__file__).resolve().parents[2]


def test_each_bank_gets_its_files_and_several_banks_a_combined_set():
    files = export_banks(
        [sample_quiz(), hostile_quiz()], [exporter("gift"), exporter("csv")], ExportOptions()
    )
    assert [f.name for f in files] == [
        "bank-one.gift", "hostile-bank.gift", "all-quizzes.gift",
        "bank-one.csv", "hostile-bank.csv", "all-quizzes.csv",
    ]  # fmt: skip


def test_one_bank_gets_a_combined_set_only_when_asked():
    gift = [exporter("gift")]
    assert [f.name for f in export_banks([sample_quiz()], gift, ExportOptions())] == ["bank-one.gift"]
    files = export_banks([sample_quiz()], gift, ExportOptions(), always_combined=True)
    assert [f.name for f in files] == ["bank-one.gift", "all-quizzes.gift"]
    assert export_banks([], gift, ExportOptions(), always_combined=True) == []


def test_the_combined_name_is_reserved():
    with pytest.raises(ValueError, match="all-quizzes"):
        export_banks([sample_quiz("all-quizzes")], [exporter("csv")], ExportOptions())


def test_banks_whose_files_would_overwrite_each_other_are_refused():
    # The validator refuses these names first (export-name-collision); this guards other callers.
    with pytest.raises(ValueError, match="x-anki.csv"):
        export_banks([sample_quiz("x"), sample_quiz("x-anki")], [exporter("csv")], ExportOptions())


def test_every_exporter_names_its_files_from_the_one_table():
    from quizkit.names import file_names

    for name in FORMATS:
        files = exporter(name)([sample_quiz()], "stem", ExportOptions())
        assert tuple(f.name for f in files) == file_names(name, "stem")


def test_every_format_has_an_exporter():
    assert FORMATS == ("gift", "qti", "anki", "csv")
    assert all(callable(exporter(name)) for name in FORMATS)


@pytest.mark.parametrize(
    ("source", "directory_urls", "url"),
    [
        (
            "lessons/03-the-evidence.md#how-strong",
            True,
            "https://x.org/c/lessons/03-the-evidence/#how-strong",
        ),
        ("lessons/03-the-evidence.md", False, "https://x.org/c/lessons/03-the-evidence.html"),
        ("index.md", True, "https://x.org/c/"),
        ("educators/index.md#fork", True, "https://x.org/c/educators/#fork"),
    ],
)
def test_sources_become_links_to_the_live_site(source, directory_urls, url):
    options = ExportOptions(site_url="https://x.org/c/", use_directory_urls=directory_urls)
    assert source_url(source, options) == url
    assert source_url(source, ExportOptions()) is None


def test_exported_explanations_carry_the_cited_references():
    from quizkit.export.common import explanation_markdown

    question = sample_quiz().questions[0]
    question.citations = [("bordin-1979", "Bordin (1979)")]
    live = explanation_markdown(question, ExportOptions(site_url="https://example.org/course/"))
    assert "References: [Bordin (1979)](https://example.org/course/references/#bordin-1979)" in live
    assert "References: Bordin (1979)\n" in explanation_markdown(question, ExportOptions())
