"""Anki export: the .apkg and the CSV open in Anki's own library (the `anki` package)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from export_samples import hostile_quiz, sample_quiz

from quizkit.export import ExportOptions
from quizkit.export.anki import FIELDS, MODEL_ID, export_anki, note_guid

ROOT = Path(__file__).resolve().parents[2]

OPTIONS = ExportOptions(course="Test course", site_url="https://example.org/course/")
QUIZZES = [sample_quiz(), hostile_quiz()]
QUESTIONS = [q for quiz in QUIZZES for q in quiz.questions]


def write_export(directory: Path, quizzes=QUIZZES, options=OPTIONS) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for exported in export_anki(quizzes, "deck", options):
        path = directory / exported.name
        path.write_bytes(exported.content)
        paths.append(path)
    apkg, csv_path = paths
    assert (apkg.name, csv_path.name) == ("deck.apkg", "deck-anki.csv")
    return apkg, csv_path


@pytest.fixture
def collection(tmp_path):
    from anki.collection import Collection

    (tmp_path / "collection").mkdir()
    col = Collection(str(tmp_path / "collection" / "collection.anki2"))
    yield col
    col.close()


def import_apkg(col, path: Path):
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request)


def notes(col) -> list:
    return [col.get_note(note_id) for note_id in col.find_notes("")]


def test_apkg_imports_with_one_note_per_question(collection, tmp_path):
    apkg, _ = write_export(tmp_path / "out")
    import_apkg(collection, apkg)

    imported = {note.guid: note for note in notes(collection)}
    assert collection.note_count() == len(QUESTIONS)
    assert set(imported) == {note_guid(q) for q in QUESTIONS}
    decks = {d.name for d in collection.decks.all_names_and_ids()}
    assert {"Test course::Bank one: the basics", "Test course::Hostile / {bank}: #1"} <= decks

    single = imported[note_guid(QUESTIONS[0])]
    assert single.note_type()["name"] == "Course quiz question"
    assert list(single.keys()) == FIELDS
    assert single["Prompt"] == "Which description best captures the <em>therapeutic alliance</em>?"
    assert single["Choices"].count("<li>") == 3
    assert single["Answer"] == "A. The collaborative working relationship"
    assert "partnership" in single["Feedback"]
    assert single["Explanation"] == "Bordin's definition: goals, tasks and bond."
    assert (
        'href="https://example.org/course/lessons/01-what-is-the-alliance/#a-working-definition"'
        in (single["Source"])
    )
    assert single["Id"] == "bank-one-single"
    assert set(single.tags) == {"bank-one", "definition", "easy"}

    multiple = imported[note_guid(QUESTIONS[1])]
    assert multiple["Answer"].count("<br>") == 2  # three keys
    true_false = imported[note_guid(QUESTIONS[2])]
    assert true_false["Choices"] == '<ol class="choices"><li>True</li><li>False</li></ol>'
    assert true_false["Answer"] == "A. True"


def test_cards_show_prompt_and_choices_in_front_and_the_key_behind(collection, tmp_path):
    apkg, _ = write_export(tmp_path / "out")
    import_apkg(collection, apkg)
    note = next(n for n in notes(collection) if n["Id"] == "bank-one-single")
    card = note.cards()[0]
    front, back = card.question(), card.answer()
    assert "therapeutic alliance" in front and "The rules that structure sessions" in front
    assert "Bordin" not in front
    assert "A. The collaborative working relationship" in back and "Bordin" in back and "Source" in back


def test_ids_are_stable_across_exports(tmp_path):
    first, _ = write_export(tmp_path / "one")
    second, _ = write_export(tmp_path / "two", options=ExportOptions(course="Renamed course"))

    def ids(apkg: Path, into: Path):
        with zipfile.ZipFile(apkg) as archive:
            archive.extract("collection.anki2", into)
        with sqlite3.connect(into / "collection.anki2") as db:
            guids = sorted(row[0] for row in db.execute("select guid from notes"))
            models = sorted(row[0] for row in db.execute("select distinct mid from notes"))
        return guids, models

    assert ids(first, tmp_path / "a") == ids(second, tmp_path / "b")
    assert ids(first, tmp_path / "c")[1] == [MODEL_ID]


def test_reimport_updates_instead_of_duplicating(collection, tmp_path):
    apkg, _ = write_export(tmp_path / "one")
    import_apkg(collection, apkg)
    again, _ = write_export(tmp_path / "two")
    import_apkg(collection, again)
    assert collection.note_count() == len(QUESTIONS)


def test_csv_header_is_read_by_ankis_importer(collection, tmp_path):
    from anki.collection import ImportCsvRequest

    _, csv_path = write_export(tmp_path / "out")
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[:3] == ["#separator:Comma", "#html:true", "#notetype:Basic"]
    metadata = collection.get_csv_metadata(path=str(csv_path), delimiter=None)
    assert (metadata.guid_column, metadata.deck_column, metadata.tags_column) == (1, 4, 5)
    assert list(metadata.column_labels) == ["guid", "Front", "Back", "Deck", "Tags"]
    assert metadata.is_html

    collection.import_csv(ImportCsvRequest(path=str(csv_path), metadata=metadata))
    imported = notes(collection)
    assert len(imported) == len(QUESTIONS)
    assert {n.guid for n in imported} == {note_guid(q) for q in QUESTIONS}
    single = next(n for n in imported if n.guid == note_guid(QUESTIONS[0]))
    assert single.note_type()["name"] == "Basic"
    assert "<em>therapeutic alliance</em>" in single["Front"] and "<ol" in single["Front"]
    assert "A. The collaborative working relationship" in single["Back"]
    hostile = next(n for n in imported if n.guid == note_guid(QUESTIONS[3]))
    assert "a~b =c #d {e} f:g \\h *i* ::j:: ####k" in hostile["Front"]


def apkg_notes(content: bytes) -> list[tuple[list[str], list[str]]]:
    """(fields, tags) of each note, read straight from the package's SQLite collection."""
    import io

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        database = sqlite3.connect(":memory:")
        database.deserialize(archive.read("collection.anki2"))
    rows = database.execute("SELECT flds, tags FROM notes ORDER BY id").fetchall()
    database.close()
    return [(flds.split("\x1f"), tags.split()) for flds, tags in rows]


def test_quiz_field_and_tags_never_carry_a_raw_bank_name():
    # The validator refuses such names (bad-quiz-name); the exporter still writes safe fields.
    quiz = sample_quiz("<img src=x onerror=alert(1)> my quiz")
    for question in quiz.questions:
        question.quiz = quiz.name
    apkg, _ = export_anki([quiz], "deck", OPTIONS)
    for fields, tags in apkg_notes(apkg.content):
        assert fields[FIELDS.index("Quiz")] == "&lt;img src=x onerror=alert(1)&gt; my quiz"
        assert all(re.fullmatch(r"[\w-]+", tag) for tag in tags), tags
        assert "_img_src_x_onerror_alert_1_my_quiz" in tags


def test_a_valid_bank_name_is_the_tag_as_it_stands():
    quiz = sample_quiz("lesson_2-")
    apkg, _ = export_anki([quiz], "deck", OPTIONS)
    assert {tags[0] for _, tags in apkg_notes(apkg.content)} == {"lesson_2-"}


def test_exports_leave_no_files_in_the_temp_folder(tmp_path):
    # genanki's write_to_file left a ~90 KB SQLite file in the temp folder on every export.
    temp = tmp_path / "tmp"
    temp.mkdir()
    # Run from this folder, so `python -c` finds export_samples.py beside this file.
    script = (
        "from export_samples import sample_quiz;"
        "from quizkit.export import ExportOptions, FORMATS, export_banks, exporter;"
        "export_banks([sample_quiz('a'), sample_quiz('b')], [exporter(f) for f in FORMATS], ExportOptions())"
    )
    env = {**os.environ, "TMPDIR": str(temp)}
    proc = subprocess.run(
        [sys.executable, "-c", script], cwd=Path(__file__).parent, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert list(temp.iterdir()) == []


def test_a_note_whose_guid_starts_with_a_hash_is_not_read_as_a_comment(collection, tmp_path):
    # Anki's CSV import skips lines starting with `#`; about one id in 4,000 gets such a guid.
    from anki.collection import ImportCsvRequest

    quiz = sample_quiz()
    quiz.questions[0].id = "q3649"
    quiz.questions[1].explanation = "A line\n#starting with a hash"
    assert note_guid(quiz.questions[0]).startswith("#")
    _, exported = export_anki([quiz], "deck", OPTIONS)
    path = tmp_path / exported.name
    path.write_bytes(exported.content)
    metadata = collection.get_csv_metadata(path=str(path), delimiter=None)
    collection.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))
    assert {n.guid for n in notes(collection)} == {note_guid(q) for q in quiz.questions}
    multiple = next(n for n in notes(collection) if n.guid == note_guid(quiz.questions[1]))
    assert "#starting with a hash" in multiple["Back"]
