"""GIFT export: read back by an independent parser (gift-pegjs, run by Node) question by question."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from export_samples import hostile_quiz, sample_quiz

from quizkit.export import ExportOptions
from quizkit.export.common import explanation_markdown
from quizkit.export.gift import bank_gift, escape_gift, split_percent
from quizkit.markup import render_inline
from quizkit.model import Choice, Question, Quiz

ROOT = Path(__file__).resolve().parents[2]

GIFT_PEGJS = ROOT / "node_modules" / "gift-pegjs"
# Reads each GIFT file named on the command line; prints the parsed questions as JSON.
_PARSE_JS = """
const parser = require("gift-pegjs");
const fs = require("fs");
const out = process.argv.slice(1).map((f) => parser.parse(fs.readFileSync(f, "utf8")));
process.stdout.write(JSON.stringify(out));
"""
# Moodle's grade list (question/format.php: get_grade_options), as fractions.
MOODLE_GRADES = [
    1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25,
    0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0,
]  # fmt: skip
OPTIONS = ExportOptions(course="Test course", site_url="https://example.org/course/")


def parse_gift(*texts: str, tmp_path: Path) -> list[list[dict]]:
    """Each GIFT text as gift-pegjs reads it (a syntax error fails the test with its message)."""
    if shutil.which("node") is None or not GIFT_PEGJS.exists():
        pytest.fail("The GIFT tests need Node and gift-pegjs: run `make browser` (it runs `npm ci`).")
    files = []
    for i, text in enumerate(texts):
        path = tmp_path / f"export-{i}.gift"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    proc = subprocess.run(["node", "-e", _PARSE_JS, *files], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, f"gift-pegjs refused the export:\n{proc.stderr}"
    return json.loads(proc.stdout)


def test_escape_covers_every_special_character():
    assert escape_gift("~=#{}:\\") == "\\~\\=\\#\\{\\}\\:\\\\"
    assert escape_gift("one\ntwo\r\nthree") == "one\\ntwo\\nthree"


@pytest.mark.parametrize("parts", range(1, 7))
def test_weights_sum_to_100_and_are_moodle_grades(parts):
    for total in (100, -100):
        weights = split_percent(total, parts)
        assert sum(Decimal(w) for w in weights) == total
        for w in weights:
            fraction = abs(float(w)) / 100
            assert any(abs(fraction - g) < 1e-5 for g in MOODLE_GRADES), w


def test_parser_reads_back_every_question_key_and_feedback(tmp_path):
    quizzes = [sample_quiz(), sample_quiz("bank-two", "Bank two / more")]
    [parsed] = parse_gift(bank_gift(quizzes, OPTIONS), tmp_path=tmp_path)

    categories = [q["title"] for q in parsed if q["type"] == "Category"]
    assert categories == [
        "$course$/top/Test course/Bank one: the basics",
        "$course$/top/Test course/Bank two // more",
    ]
    assert [moodle_category(c) for c in categories] == [
        ["Test course", "Bank one: the basics"],
        ["Test course", "Bank two / more"],
    ]
    questions = [q for q in parsed if q["type"] != "Category"]
    expected = [q for quiz in quizzes for q in quiz.questions]
    assert [q["title"] for q in questions] == [q.id for q in expected]
    for got, want in zip(questions, expected, strict=True):
        assert got["id"] == want.id
        assert got["tags"] == [want.topic, want.difficulty]
        assert got["stem"] == {"format": "html", "text": render_inline(want.prompt)}
        assert got["globalFeedback"] == {
            "format": "html",
            "text": render_inline(explanation_markdown(want, OPTIONS)),
        }
        if want.type == "true-false":
            assert got["type"] == "TF"
            assert got["isTrue"] is want.answer
            continue
        assert got["type"] == "MC"
        assert [c["text"]["text"] for c in got["choices"]] == [render_inline(c.text) for c in want.choices]
        assert [c["feedback"]["text"] for c in got["choices"]] == [
            render_inline(c.feedback) for c in want.choices
        ]
        assert {c["text"]["format"] for c in got["choices"]} == {"html"}
        assert {c["feedback"]["format"] for c in got["choices"]} == {"html"}
        if want.type == "single":
            assert [c["isCorrect"] for c in got["choices"]] == [c.correct for c in want.choices]
            assert all(c["weight"] is None for c in got["choices"])
        else:
            weights = [c["weight"] for c in got["choices"]]
            keys = [w for w, c in zip(weights, want.choices, strict=True) if c.correct]
            wrong = [w for w, c in zip(weights, want.choices, strict=True) if not c.correct]
            assert all(w > 0 for w in keys) and sum(keys) == pytest.approx(100)
            assert all(w < 0 for w in wrong) and sum(wrong) == pytest.approx(-100)


def test_hostile_characters_survive_the_round_trip(tmp_path):
    quiz = hostile_quiz()
    text = bank_gift([quiz], OPTIONS)
    [parsed] = parse_gift(text, tmp_path=tmp_path)

    assert parsed[0] == {"type": "Category", "title": "$course$/top/Test course/Hostile // {bank}: #1"}
    single, multiple = parsed[1:]
    want = quiz.questions[0]
    assert single["stem"]["text"] == render_inline(want.prompt)
    assert "a~b =c #d {e} f:g" in single["stem"]["text"] and "\n" in single["stem"]["text"]
    assert [c["text"]["text"] for c in single["choices"]] == [render_inline(c.text) for c in want.choices]
    assert [c["feedback"]["text"] for c in single["choices"]] == [
        render_inline(c.feedback) for c in want.choices
    ]
    assert [c["isCorrect"] for c in single["choices"]] == [True, False, False]
    assert single["globalFeedback"]["text"] == render_inline(want.explanation)
    assert multiple["choices"][0]["text"]["text"] == render_inline(quiz.questions[1].choices[0].text)
    assert [c["weight"] for c in multiple["choices"]] == [33.33333, 33.33333, 33.33334, -100]


def test_multiple_has_no_unescaped_equals_so_moodle_allows_several_answers():
    # Moodle makes a question single-answer when its answers hold any unescaped "=".
    text = bank_gift([hostile_quiz()], OPTIONS)
    block = text.split("::hostile-multiple::", 1)[1]
    assert "=" not in block.replace("\\=", "")


def test_a_blank_line_never_appears_inside_a_question():
    quiz = sample_quiz()
    quiz.questions[0].prompt = "First paragraph.\n\nSecond paragraph."
    text = bank_gift([quiz], OPTIONS)
    question = text.split("// [id:bank-one-single]", 1)[1].split("\n\n", 1)[0]
    assert "<p>First paragraph.</p>\\n<p>Second paragraph.</p>" in question and question.rstrip().endswith(
        "}"
    )


# Moodle's GIFT reader (question/format/gift/format.php) replaces `\\:`-style escapes with
# `&&058;`-style placeholders, and back after parsing: a text holding such a sequence itself
# would change. Category lines get the first step only, then question/format.php's
# split_category_path: split on single slashes, `//` -> `/`, trim.
MOODLE_PLACEHOLDERS = {
    "&&058;": ":",
    "&&035;": "#",
    "&&061;": "=",
    "&&123;": "{",
    "&&125;": "}",
    "&&126;": "~",
}


def moodle_placeholders_post(text: str) -> str:
    for placeholder, char in MOODLE_PLACEHOLDERS.items():
        text = text.replace(placeholder, char)
    return text.replace("&&010;", "\n")


def moodle_category(title: str) -> list[str]:
    """The category names Moodle makes from a gift-pegjs category title (`$course$/top/...`)."""
    path = title.replace("\\\\", "\x00")
    for placeholder, char in MOODLE_PLACEHOLDERS.items():
        path = path.replace("\\" + char, placeholder)
    path = path.replace("\\n", "&&010;")
    path = path.replace("\x00", "\\")
    names = [name.replace("//", "/").strip() for name in re.split(r"(?<!/)/(?!/)", path)]
    assert names[:2] == ["$course$", "top"], names
    return names[2:]


def one_question_quiz(**fields) -> Quiz:
    base = {
        "id": "q",
        "type": "single",
        "prompt": "Which?",
        "choices": [Choice("Right", "Yes.", True), Choice("Wrong", "No."), Choice("Other", "No.")],
        "explanation": "Because.",
        "source": "",
        "quiz": "bank",
    }
    base.update(fields)
    title = base.pop("title", "Bank")
    return Quiz(path="quizzes/bank.yml", name="bank", title=title, lesson="", questions=[Question(**base)])


def test_a_wrong_choice_that_starts_like_a_weight_or_a_format_stays_wrong_and_whole(tmp_path):
    choices = [
        Choice("Right", "[plain]kept", True),
        Choice("%100%looks like full marks", "%50%feedback"),
        Choice("[markdown]a format word", "[html]another"),
        Choice("%10% too", "[moodle]x"),
    ]
    many = [Choice("%100%key", "f", True), Choice("[html]other key", "f", True), Choice("%-50%wrong", "f")]
    quizzes = [one_question_quiz(choices=choices), one_question_quiz(id="m", type="multiple", choices=many)]
    [parsed] = parse_gift(bank_gift(quizzes, OPTIONS), tmp_path=tmp_path)
    single, multiple = [q for q in parsed if q["type"] != "Category"]
    assert [c["weight"] for c in single["choices"]] == [None, None, None, None]
    assert [c["isCorrect"] for c in single["choices"]] == [True, False, False, False]
    assert [c["text"]["text"] for c in single["choices"]] == [render_inline(c.text) for c in choices]
    assert [c["feedback"]["text"] for c in single["choices"]] == [render_inline(c.feedback) for c in choices]
    assert [c["weight"] for c in multiple["choices"]] == [50, 50, -100]
    assert [c["text"]["text"] for c in multiple["choices"]] == [render_inline(c.text) for c in many]


def test_raw_html_in_quiz_text_reaches_moodle_as_text(tmp_path):
    quiz = one_question_quiz(prompt="<img src=x onerror=alert(1)> and <b>bold</b>")
    [parsed] = parse_gift(bank_gift([quiz], OPTIONS), tmp_path=tmp_path)
    stem = parsed[1]["stem"]
    assert stem["format"] == "html" and "<img" not in stem["text"] and "<b>" not in stem["text"]
    assert stem["text"] == "&lt;img src=x onerror=alert(1)&gt; and &lt;b&gt;bold&lt;/b&gt;"


def test_placeholder_lookalikes_survive_moodles_reader(tmp_path):
    quiz = one_question_quiz(prompt="Literal &&058; and &&035; here", explanation="&&010;")
    [parsed] = parse_gift(bank_gift([quiz], OPTIONS), tmp_path=tmp_path)
    for text in (parsed[1]["stem"]["text"], parsed[1]["globalFeedback"]["text"]):
        assert moodle_placeholders_post(text) == text
    assert parsed[1]["stem"]["text"] == render_inline(quiz.questions[0].prompt)


@pytest.mark.parametrize(
    "title",
    ["C:\\notes\\new", "/leading slash", "trailing slash/", "a \\: b", "both // ways /", "\\\\server"],
)
def test_bank_titles_become_one_category_each_as_written(tmp_path, title):
    [parsed] = parse_gift(bank_gift([one_question_quiz(title=title)], OPTIONS), tmp_path=tmp_path)
    assert moodle_category(parsed[0]["title"]) == ["Test course", title]
