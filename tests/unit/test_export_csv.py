"""Plain CSV export: one row per question, the documented columns, readable by any CSV reader."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from export_samples import HOSTILE, hostile_quiz, sample_quiz

from quizkit.export import ExportOptions
from quizkit.export.spreadsheet import COLUMNS, export_csv

ROOT = Path(__file__).resolve().parents[2]


def read_rows(quizzes) -> list[dict[str, str]]:
    [exported] = export_csv(quizzes, "bank", ExportOptions())
    assert exported.name == "bank.csv"
    assert exported.content.startswith(b"\xef\xbb\xbf")  # BOM, for Excel
    return list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"), newline="")))


def test_columns_are_the_documented_ones():
    assert COLUMNS[:7] == ["quiz", "quiz_title", "id", "type", "topic", "difficulty", "prompt"]
    assert COLUMNS[7:9] == ["choice_a", "feedback_a"] and COLUMNS[17:19] == ["choice_f", "feedback_f"]
    assert COLUMNS[-4:] == ["answer", "explanation", "source", "refs"]
    lms_page = (ROOT / "docs" / "educators" / "lms.md").read_text(encoding="utf-8")
    for column in ("quiz_title", "choice_a", "feedback_a", "answer", "explanation", "source", "refs"):
        assert f"`{column}`" in lms_page


def test_one_row_per_question_with_keys_as_letters():
    rows = read_rows([sample_quiz(), hostile_quiz()])
    assert [r["id"] for r in rows] == [
        "bank-one-single", "bank-one-multiple", "bank-one-true-false", "hostile", "hostile-multiple",
    ]  # fmt: skip
    single, multiple, true_false, hostile, _ = rows
    assert single["answer"] == "A" and single["choice_b"] == "The rules that structure sessions"
    assert single["choice_d"] == "" and single["feedback_f"] == ""
    assert multiple["answer"] == "A;C;D"
    assert (true_false["choice_a"], true_false["choice_b"], true_false["answer"]) == ("True", "False", "A")
    assert true_false["source"] == "lessons/03-the-evidence.md#how-strong-is-the-link"
    assert hostile["prompt"] == f"Prompt {HOSTILE}\nsecond line"  # Markdown as written, newline kept
    assert hostile["quiz_title"] == "Hostile / {bank}: #1"


FORMULA_CELLS = [
    '=HYPERLINK("http://x","y")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tindented",
    "\rcarriage",
    "'quoted",
]


def test_cells_a_spreadsheet_would_run_start_with_an_apostrophe():
    quiz = sample_quiz()
    single = quiz.questions[0]
    single.prompt = FORMULA_CELLS[0]
    for choice, text in zip(single.choices, FORMULA_CELLS[1:4], strict=True):
        choice.text = text
    single.choices[0].feedback, single.choices[1].feedback = FORMULA_CELLS[4], FORMULA_CELLS[5]
    single.explanation = FORMULA_CELLS[6]
    quiz.title = "=cmd|' /C calc'!A0"
    row = read_rows([quiz])[0]
    cells = [row["prompt"], row["choice_a"], row["choice_b"], row["choice_c"], row["feedback_a"]]
    cells += [row["feedback_b"], row["explanation"], row["quiz_title"]]
    assert all(cell.startswith("'") for cell in cells), cells
    # Dropping the one apostrophe gives back the text as written.
    assert [cell[1:] for cell in cells] == [*FORMULA_CELLS, quiz.title]
    assert row["feedback_c"] == single.choices[2].feedback  # ordinary text is left alone
    assert row["choice_d"] == ""
