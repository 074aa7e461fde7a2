"""Anki export: the .apkg and the CSV open in Anki's own library (the `anki` package)."""

from __future__ import annotations

import sqlite3
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
