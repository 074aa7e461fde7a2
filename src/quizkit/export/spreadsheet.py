"""A plain CSV of every question, one row each, for reviewing or editing in a spreadsheet.

Columns (also listed in docs/educators/lms.md):
quiz, quiz_title, id, type, topic, difficulty, prompt, then choice_a and feedback_a up to
choice_f and feedback_f (empty when a question has fewer choices; true-false questions have
the choices True and False), answer (the key's letters, `;`-separated for `multiple`),
explanation, source, refs (reference ids, `;`-separated). Text is the quiz Markdown as written.
UTF-8 with a byte-order mark, so Excel opens accented text correctly; LibreOffice and Google
Sheets ignore the mark.

A spreadsheet runs a cell that starts with =, +, -, @, a tab or a carriage return as a formula
(CSV injection), so such a cell is written with an apostrophe in front: `'=SUM(A1)`, `'- a
list item`. The apostrophe is the spreadsheets' own "this is text" mark; a cell that itself
starts with an apostrophe gets one more, so removing the first apostrophe always gives back
the text as written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ..model import Quiz
from ..names import file_names
from .common import ExportedFile, ExportOptions, key_letters, letter

MAX_CHOICES = 6  # the checker refuses more
# What makes a spreadsheet read a cell as a formula, and the apostrophe that marks text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def cell(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs: see the module docstring."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _columns() -> list[str]:
    choice_columns = []
    for i in range(MAX_CHOICES):
        choice_columns += [f"choice_{letter(i).lower()}", f"feedback_{letter(i).lower()}"]
    head = ["quiz", "quiz_title", "id", "type", "topic", "difficulty", "prompt"]
    return head + choice_columns + ["answer", "explanation", "source", "refs"]


COLUMNS = _columns()


def questions_csv(quizzes: Sequence[Quiz]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line ends, as spreadsheets write
    writer.writerow(COLUMNS)
    for quiz in quizzes:
        for q in quiz.questions:
            cells = []
            for choice in q.options()[:MAX_CHOICES]:
                cells += [choice.text, choice.feedback]
            cells += [""] * (2 * MAX_CHOICES - len(cells))
            row = [quiz.name, quiz.title, q.id, q.type, q.topic, q.difficulty, q.prompt]
            tail = [";".join(key_letters(q)), q.explanation, q.source, ";".join(q.refs)]
            writer.writerow([cell(value) for value in row + cells + tail])
    return out.getvalue()


def export_csv(quizzes: Sequence[Quiz], stem: str, options: ExportOptions) -> list[ExportedFile]:
    (name,) = file_names("csv", stem)
    return [ExportedFile(name, questions_csv(quizzes).encode("utf-8-sig"))]
