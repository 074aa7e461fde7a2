"""Anki: an .apkg deck (genanki) and a CSV with Anki's import header, one note per question.

Re-importing an updated export updates the learner's cards instead of duplicating them: a
note's guid comes from its question id, the note type's id is fixed, and each bank's deck id
comes from the bank's name. None of them depends on the time or the order of the questions.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import itertools
import json
import re
import sqlite3
import time
import zipfile
from collections.abc import Sequence

import genanki

from ..markup import render_inline
from ..model import Question, Quiz
from ..names import file_names
from .common import (
    ExportedFile,
    ExportOptions,
    explanation_with_references,
    key_letters,
    letter,
    per_question,
    source_markdown,
)

_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the .apkg's zip entries carry no build time
# Chosen once at random; changing it makes Anki treat every exported card as a new note type.
MODEL_ID = 1_742_306_519
FIELDS = ["Prompt", "Choices", "Answer", "Feedback", "Explanation", "Source", "Quiz", "Id"]

_FRONT = '<div class="prompt">{{Prompt}}</div>\n{{Choices}}'
_BACK = """{{FrontSide}}
<hr id="answer">
<div class="answer">{{Answer}}</div>
{{#Feedback}}<div class="feedback">{{Feedback}}</div>{{/Feedback}}
<div class="explanation">{{Explanation}}</div>
{{#Source}}<div class="source">Source: {{Source}}</div>{{/Source}}"""
_CSS = """.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; line-height: 1.4; }
.answer { font-weight: bold; }
.feedback, .explanation, .source { margin-top: 0.75em; }
ol.choices { list-style-type: upper-alpha; }"""

MODEL = genanki.Model(
    MODEL_ID,
    "Course quiz question",
    fields=[{"name": name} for name in FIELDS],
    templates=[{"name": "Question", "qfmt": _FRONT, "afmt": _BACK}],
    css=_CSS,
)


def stable_id(*parts: str) -> int:
    """A deck id from names: the same names always give the same id, in genanki's range."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def note_guid(question: Question) -> str:
    return genanki.guid_for("quizkit", question.id)


def deck_name(options: ExportOptions, quiz: Quiz) -> str:
    # "::" nests decks in Anki: one parent deck for the course, one child per bank.
    names = [" ".join(name.replace("::", ":").split()) for name in (options.course, quiz.title or quiz.name)]
    return "::".join(names)


# Anki tags are space-separated words, and `::` nests them; keep letters, digits, - and _.
_NOT_TAG = re.compile(r"[^\w-]+")


def note_tags(quiz: Quiz, question: Question) -> list[str]:
    return [_NOT_TAG.sub("_", tag) for tag in (quiz.name, question.topic, question.difficulty) if tag]


@per_question
def note_fields(question: Question, options: ExportOptions) -> dict[str, str]:
    """The HTML of each field: prompt and lettered choices in front; key, feedback, explanation behind."""
    choices = question.options()
    keys = set(key_letters(question))
    answer = "<br>".join(
        f"{letter(i)}. {render_inline(c.text)}" for i, c in enumerate(choices) if letter(i) in keys
    )
    feedback = "".join(
        f"<li><strong>{letter(i)}.</strong> {render_inline(c.feedback)}</li>"
        for i, c in enumerate(choices)
        if c.feedback
    )
    return {
        "Prompt": render_inline(question.prompt),
        "Choices": '<ol class="choices">'
        + "".join(f"<li>{render_inline(c.text)}</li>" for c in choices)
        + "</ol>",
        "Answer": answer,
        "Feedback": f"<ul>{feedback}</ul>" if feedback else "",
        "Explanation": render_inline(explanation_with_references(question, options)),
        "Source": render_inline(source_markdown(question, options)) if question.source else "",
        # Anki fields are HTML: names and ids are shown as text, never read as markup.
        "Quiz": html.escape(question.quiz),
        "Id": html.escape(question.id),
    }


def build_package(quizzes: Sequence[Quiz], options: ExportOptions) -> genanki.Package:
    decks = []
    for quiz in quizzes:
        deck = genanki.Deck(stable_id("quizkit-deck", quiz.name), deck_name(options, quiz))
        for question in quiz.questions:
            fields = note_fields(question, options)
            deck.add_note(
                genanki.Note(
                    model=MODEL,
                    fields=[fields[name] for name in FIELDS],
                    guid=note_guid(question),
                    tags=note_tags(quiz, question),
                )
            )
        decks.append(deck)
    return genanki.Package(decks)


def apkg_bytes(quizzes: Sequence[Quiz], options: ExportOptions) -> bytes:
    """The .apkg: what genanki's write_to_file writes, built in memory. (write_to_file puts its
    SQLite database in a temporary file it never deletes: one more per export, every build.)"""
    package = build_package(quizzes, options)
    timestamp = time.time()
    database = sqlite3.connect(":memory:")
    try:
        package.write_to_db(database.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
        database.commit()
        collection = database.serialize()
    finally:
        database.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("collection.anki2", date_time=_ZIP_DATE), collection)
        archive.writestr(zipfile.ZipInfo("media", date_time=_ZIP_DATE), json.dumps({}))
    return buffer.getvalue()


CSV_COLUMNS = ["guid", "Front", "Back", "Deck", "Tags"]


def anki_csv(quizzes: Sequence[Quiz], options: ExportOptions) -> str:
    """Anki's text import: the header lines tell it the separator, the columns and the guid."""
    out = io.StringIO()
    out.write("#separator:Comma\n#html:true\n#notetype:Basic\n")
    out.write(f"#columns:{','.join(CSV_COLUMNS)}\n")
    out.write("#guid column:1\n#deck column:4\n#tags column:5\n")
    # Every field quoted: Anki skips a line that starts with `#` as a comment, and a note's guid
    # may start with one (genanki's guids are base-91: about one question id in 4,000).
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for quiz in quizzes:
        for question in quiz.questions:
            fields = note_fields(question, options)
            front = f"{fields['Prompt']}{fields['Choices']}"
            back = "".join(
                f'<div class="{name.lower()}">{fields[name]}</div>'
                for name in ("Answer", "Feedback", "Explanation", "Source")
                if fields[name]
            )
            tags = " ".join(note_tags(quiz, question))
            writer.writerow([note_guid(question), front, back, deck_name(options, quiz), tags])
    return out.getvalue()


def export_anki(quizzes: Sequence[Quiz], stem: str, options: ExportOptions) -> list[ExportedFile]:
    apkg, csv_name = file_names("anki", stem)
    return [
        ExportedFile(apkg, apkg_bytes(quizzes, options)),
        ExportedFile(csv_name, anki_csv(quizzes, options).encode("utf-8")),
    ]
