"""The validator's promise, as a property: whatever a bank holds, either the validator refuses it
with a located error (file:line:col), or the site renders it and every export carries it.

Banks are generated from arbitrary Unicode (control, format and combining characters), GIFT and
CSV specials, HTML and Markdown, in prompts, choices, feedback, explanations, titles, ids and
file names. Each export of an accepted bank is read back by a parser that is not ours and
compared with the bank: GIFT by gift-pegjs (one Node process for the whole run), QTI by lxml
against the IMS schemas, Anki from the .apkg's SQLite collection, CSV by Python's csv.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from test_export_gift import GIFT_PEGJS, moodle_category, moodle_placeholders_post
from test_export_qti import _schema
from validator_helpers import FIXTURE_COURSE, FIXTURE_DOCS

from quizkit.export import FORMATS, ExportOptions, export_banks, exporter
from quizkit.export.anki import FIELDS, note_guid
from quizkit.export.common import choice_weights, explanation_markdown, key_letters
from quizkit.export.qti import QTI_NS, qti_identifier
from quizkit.export.spreadsheet import FORMULA_STARTS
from quizkit.markup import render_inline, render_plain
from quizkit.names import ALL_BANKS
from quizkit.render import render_quiz
from quizkit.report import LINE_PATTERN
from quizkit.validate import load_and_check

ROOT = Path(__file__).resolve().parents[2]
_BLANK_ENDS = re.compile(r"^[\s\ufeff]+|[\s\ufeff]+$")
OPTIONS = ExportOptions(course="Course / with \\ specials", site_url="https://example.org/course/")
NS = {"q": QTI_NS, "cp": "http://www.imsglobal.org/xsd/imscp_v1p1"}
# Every example builds, checks, renders and exports up to two banks: a few dozen keep the file
# well under a minute on a shared CPU while still meeting every kind of hostile text.
PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SNIPPETS = [
    # GIFT: its specials, weights, format words, Moodle's placeholders, comments, categories
    *"~=#{}:\\",
    "%100%",
    "%-50%",
    "%10%",
    "[html]",
    "[markdown]",
    "[plain]",
    "[moodle]",
    "&&058;",
    "&&092;",
    "::",
    "####",
    "//",
    "$CATEGORY:",
    # CSV and spreadsheets
    "+",
    "-",
    "@",
    "\t",
    "'",
    '"',
    ",",
    "=SUM(A1)",
    # HTML
    "<b>",
    "</b>",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "&copy;",
    "&#38;",
    "<!--",
    "-->",
    # Markdown
    "*",
    "**",
    "_",
    "`",
    "`a < b`",
    "[x](https://example.org/a?b=1&c=2)",
    "[x](javascript:alert(1))",
    "\n",
    "\n\n",
    "- ",
    "1. ",
    "> ",
    "    ",
    "  \n",
    # Unicode: format, combining, full-width, controls (from YAML escapes), separators
    "\u200b",
    "\u2060",
    "\ufeff",
    "\u202e",
    "\u0301",
    "Ａ",
    "é",
    "\u2028",
]
# Characters the validator must refuse (they reach a bank through YAML escapes).
REFUSED = ["\x00", "\x08", "\x1b", "\x85", "\r", "\ufffe"]
WORDS = st.text(st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Zs", "Cf"]), max_size=6)
VISIBLE = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S"]), min_size=1, max_size=6)
_HOSTILE = st.lists(st.sampled_from(SNIPPETS) | WORDS | st.just(" "), max_size=5).map("".join)
_TEXT = st.tuples(_HOSTILE, VISIBLE, _HOSTILE).map("".join)


def sometimes(rare, usual, one_in: int = 12):
    """`usual`, or now and then `rare`: most banks should pass, so the exports get tested too."""
    # Hypothesis favours the first of a sampled list (and small integers): `usual` goes first.
    return st.sampled_from([usual] * (one_in - 1) + [rare]).flatmap(lambda strategy: strategy)


# Now and then a control character, or a text of invisible characters only.
TEXT = sometimes(
    st.tuples(_TEXT, st.sampled_from([*REFUSED, "\u200b", "\u2060\ufeff", " "])).map("".join)
    | st.sampled_from(["\u200b", "\u2060\ufeff", " \u200d "]),
    _TEXT,
    one_in=40,
)
_NAME = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,6}", fullmatch=True)
IDS = sometimes(st.sampled_from(["1abc", "q-1abc", "Q", "a\n", "a b", "é"]), _NAME)
NAMES = sometimes(
    st.sampled_from(["x-anki", ALL_BANKS, "all-quizzes-anki", "my quiz", "café–quiz", "<img onerror=1>"]),
    st.sampled_from(["x", "1abc", "q-1abc"]) | _NAME,
    one_in=6,
)


@st.composite
def question(draw, qid: str) -> dict:
    kind = draw(st.sampled_from(["single", "multiple", "true-false"]))
    data = {"id": qid, "type": kind, "topic": "definition", "prompt": draw(TEXT)}
    if kind == "true-false":
        data["answer"] = draw(st.booleans())
    else:
        count = draw(st.integers(3, 5))
        keys = {draw(st.integers(0, count - 1))}
        if kind == "multiple":
            keys |= set(draw(st.lists(st.integers(0, count - 1), max_size=count)))
        data["choices"] = [
            {"text": draw(TEXT), **({"correct": True} if i in keys else {}), "feedback": draw(TEXT)}
            for i in range(count)
        ]
    data["explanation"] = draw(TEXT)
    data["source"] = "lessons/sample.md#a-working-definition"
    return data


@st.composite
def bank_files(draw) -> dict[str, str]:
    """{file name: YAML text} for one or two banks."""
    names = draw(st.lists(NAMES, min_size=1, max_size=2, unique=True))
    files = {}
    for name in names:
        ids = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))
        bank = {
            "title": draw(TEXT),
            "lesson": "lessons/sample.md",
            "questions": [draw(question(qid)) for qid in ids],
            # Hostile texts trip item-writing warnings; they are not what this test is about.
            "allow": ["key-position-bias", "key-longest-often"],
            "reason": "Generated.",
        }
        text = yaml.safe_dump(bank, sort_keys=False, allow_unicode=True, width=1000)
        if draw(sometimes(st.just(True), st.just(False), one_in=20)):  # YAML 1.1 booleans
            text = text.replace("correct: true", "correct: yes").replace("answer: false", "answer: off")
        files[f"{name}.yml"] = text
    return files


class GiftReader:
    """One Node process running gift-pegjs for the whole test: a JSON line in, one out."""

    SCRIPT = """
const parser = require("gift-pegjs");
const rl = require("readline").createInterface({ input: process.stdin });
rl.on("line", (line) => {
  let out;
  try { out = { ok: parser.parse(JSON.parse(line)) }; } catch (e) { out = { error: String(e) }; }
  process.stdout.write(JSON.stringify(out) + "\\n");
});
"""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            ["node", "-e", self.SCRIPT], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def parse(self, text: str) -> list[dict]:
        self.proc.stdin.write(json.dumps(text) + "\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline())
        assert "error" not in answer, f"gift-pegjs refused the export: {answer['error']}"
        return answer["ok"]

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def gift_reader():
    if not GIFT_PEGJS.exists():
        pytest.fail("The GIFT check needs gift-pegjs: run `npm ci`.")
    reader = GiftReader()
    yield reader
    reader.close()


@pytest.fixture(scope="module")
def schemas():
    return _schema("qtiv2p1/imsqti_v2p1.xsd"), _schema("imscp_v1p1.xsd")


@PROPERTY
@given(files=bank_files())
def test_a_bank_is_refused_with_a_location_or_rendered_and_exported_faithfully(files, gift_reader, schemas):
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, text in files.items():
            path = Path(folder) / name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        result = load_and_check(paths, docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    if result.errors:
        for problem in result.errors:
            assert problem.path in {str(p) for p in paths} and problem.line >= 1 and problem.col >= 1
            assert LINE_PATTERN.match(problem.format_text()), problem.format_text()
        return
    assert len(result.quizzes) == len(files)
    for quiz in result.quizzes:
        assert_inert(render_quiz(quiz, link_for=lambda source: source))
    exporters = [exporter(name) for name in FORMATS]
    exported = export_banks(result.quizzes, exporters, OPTIONS, always_combined=True)
    by_name = {file.name: file.content for file in exported}
    assert len(by_name) == len(exported), "two exports share a file name"
    questions = [(quiz, q) for quiz in result.quizzes for q in quiz.questions]
    check_gift(by_name[f"{ALL_BANKS}.gift"].decode("utf-8"), result.quizzes, gift_reader)
    check_qti(by_name[f"{ALL_BANKS}-qti.zip"], questions, *schemas)
    check_anki(by_name[f"{ALL_BANKS}.apkg"], by_name[f"{ALL_BANKS}-anki.csv"], questions)
    check_csv(by_name[f"{ALL_BANKS}.csv"], questions)


class _Tags(HTMLParser):
    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def assert_inert(page: str) -> None:
    """Whatever the bank held, the page gets no script, image, handler or script link."""
    for tag, attrs in _Tags(page).tags:
        assert tag not in ("script", "img", "iframe", "object", "style"), tag
        assert not any(name.startswith("on") for name in attrs), attrs
        assert not (attrs.get("href") or "").lower().startswith("javascript:"), attrs


def check_gift(text: str, quizzes, reader: GiftReader) -> None:
    parsed = reader.parse(text)
    expected = []
    for quiz in quizzes:
        expected.append(("Category", quiz))
        expected.extend(("Question", q) for q in quiz.questions)
    assert len(parsed) == len(expected)
    for got, (kind, want) in zip(parsed, expected, strict=True):
        if kind == "Category":
            assert got["type"] == "Category"
            course, title = (" ".join(name.split()) for name in (OPTIONS.course, want.title))
            assert moodle_category(got["title"]) == [course, title]
            continue
        assert got["title"] == want.id
        texts = [(got["stem"], want.prompt), (got["globalFeedback"], explanation_markdown(want, OPTIONS))]
        if want.type == "true-false":
            assert got["type"] == "TF" and got["isTrue"] is want.answer
        else:
            assert got["type"] == "MC" and len(got["choices"]) == len(want.choices)
            for choice, source in zip(got["choices"], want.choices, strict=True):
                texts += [(choice["text"], source.text), (choice["feedback"], source.feedback)]
            if want.type == "single":
                assert [c["isCorrect"] for c in got["choices"]] == [c.correct for c in want.choices]
                assert {c["weight"] for c in got["choices"]} == {None}
            else:
                weights = [float(w) for w in choice_weights(want)]
                assert [c["weight"] for c in got["choices"]] == weights
        for shown, markdown in texts:
            # What Moodle stores: HTML, the site's rendering, untouched by its placeholder step.
            assert shown["format"] == "html"
            # Readers trim a text's ends differently (gift-pegjs before unescaping `\n`, also a
            # byte-order mark; Moodle after, spaces and line breaks only): blank in HTML anyway.
            assert _ends_trimmed(shown["text"]) == _ends_trimmed(render_inline(markdown))
            assert moodle_placeholders_post(shown["text"]) == shown["text"]


def _ends_trimmed(text: str) -> str:
    return _BLANK_ENDS.sub("", text)


def _text_of(element) -> str:
    # The words a player shows: the item is pretty-printed, so spaces between blocks collapse.
    return " ".join("".join(element.itertext()).split())


def _plain(markdown: str) -> str:
    return " ".join(render_plain(markdown).split())


def check_qti(content: bytes, questions, qti_schema, cp_schema) -> None:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        members = {name: etree.fromstring(archive.read(name)) for name in archive.namelist()}
    manifest = members.pop("imsmanifest.xml")
    assert cp_schema.validate(manifest), cp_schema.error_log
    assert len(members) == len(questions)
    for _, question in questions:
        item = members[f"items/{qti_identifier(question.id)}.xml"]
        assert qti_schema.validate(item), qti_schema.error_log
        assert item.get("title") == question.id
        keys = [v.text for v in item.findall(".//q:correctResponse/q:value", NS)]
        assert keys == key_letters(question)
        choices = item.findall(".//q:simpleChoice", NS)
        options = question.options()
        assert [_text_of(c) for c in choices] == [_plain(o.text) for o in options]
        assert _text_of(item.find(".//q:div[@class='prompt']", NS)) == _plain(question.prompt)
        feedback = {f.get("identifier"): f for f in item.findall("q:modalFeedback", NS)}
        for i, option in enumerate(options):
            if option.feedback:
                assert _text_of(feedback[choices[i].get("identifier")]) == _plain(option.feedback)
        general = _plain(explanation_markdown(question, OPTIONS))
        assert _text_of(feedback["EXPLANATION"]) == general
        if question.type == "multiple":
            mapped = [Decimal(e.get("mappedValue")) for e in item.findall(".//q:mapEntry", NS)]
            assert mapped == [Decimal(w) / 100 for w in choice_weights(question)]


def check_anki(apkg: bytes, anki_csv: bytes, questions) -> None:
    with zipfile.ZipFile(io.BytesIO(apkg)) as archive:
        database = sqlite3.connect(":memory:")
        database.deserialize(archive.read("collection.anki2"))
    notes = {
        guid: (flds.split("\x1f"), tags.split())
        for guid, flds, tags in database.execute("SELECT guid, flds, tags FROM notes")
    }
    database.close()
    assert len(notes) == len(questions)
    for quiz, question in questions:
        fields, tags = notes[note_guid(question)]
        note = dict(zip(FIELDS, fields, strict=True))
        assert note["Prompt"] == render_inline(question.prompt)
        assert note["Quiz"] == html.escape(quiz.name) and note["Id"] == question.id
        assert tags[0] == quiz.name
        for choice in question.options():
            assert f"<li>{render_inline(choice.text)}</li>" in note["Choices"]
    # The header is six `#key:value` lines; every record after it is quoted (Anki would skip a
    # record starting with `#`), so each starts with a quote.
    header, body = anki_csv.decode("utf-8").split("\n#tags column:5\n", 1)
    assert header.startswith("#separator:Comma\n") and body.startswith('"')
    rows = list(csv.reader(io.StringIO(body, newline="")))
    assert sorted(row[0] for row in rows) == sorted(note_guid(q) for _, q in questions)


def check_csv(content: bytes, questions) -> None:
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline="")))
    assert len(rows) == len(questions)
    for row, (quiz, question) in zip(rows, questions, strict=True):
        for value in row.values():
            # A spreadsheet runs nothing: every cell starting like a formula is marked as text.
            assert not value.startswith(FORMULA_STARTS) or value.startswith("'")
        cells = {key: value[1:] if value.startswith("'") else value for key, value in row.items()}
        assert (cells["quiz"], cells["quiz_title"], cells["id"]) == (quiz.name, quiz.title, question.id)
        assert (cells["prompt"], cells["explanation"]) == (question.prompt, question.explanation)
        options = question.options()
        for letter, option in zip("abcdef", options, strict=False):
            assert (cells[f"choice_{letter}"], cells[f"feedback_{letter}"]) == (option.text, option.feedback)
        assert cells["answer"] == ";".join(key_letters(question))


def test_the_generator_reaches_both_outcomes():
    """A property that only ever saw refusals (or acceptances) would prove little."""
    outcomes = set()

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(files=bank_files())
    def sample(files):
        with tempfile.TemporaryDirectory() as folder:
            for name, text in files.items():
                (Path(folder) / name).write_text(text, encoding="utf-8")
            result = load_and_check([folder], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
        outcomes.add(bool(result.errors))

    sample()
    assert outcomes == {True, False}, sys.stderr
