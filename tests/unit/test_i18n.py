"""The interface catalogues (issue 17): one per language for the renderer (src/quizkit/i18n/*.json)
and one for the browser scripts (docs/assets/quiz/i18n/strings.LANG.js, English in ../strings.js).
Every catalogue has every key of the English one and no other, with the same placeholders (JSON)
or the same parameters (JS); the two sides and overrides/main.html ship the same languages."""

from __future__ import annotations

import json
import logging
import re
import string
import subprocess

import pytest

from conftest import LANGUAGES, ROOT, SAME_IN_ENGLISH
from quizkit import i18n
from quizkit.model import Choice, Question, Quiz
from quizkit.render import render_quiz

JS_DIR = ROOT / "docs" / "assets" / "quiz"


def js_files(language: str) -> list[str]:
    """The lesson quiz's words, then the practice pages' words (which add to the same object)."""
    if language == "en":
        return [str(JS_DIR / "strings.js"), str(JS_DIR / "strings-practice.js")]
    return [str(JS_DIR / f"i18n/{name}.{language}.js") for name in ("strings", "strings-practice")]


def placeholders(entry) -> dict:
    """Each text of an entry (plural forms by category) with the {names} it fills in."""
    forms = entry if isinstance(entry, dict) else {"": entry}
    return {
        form: sorted(f for _, f, _, _ in string.Formatter().parse(text) if f) for form, text in forms.items()
    }


def test_the_languages_shipped_are_the_same_on_both_sides_and_in_the_template():
    assert sorted(i18n.languages()) == sorted(LANGUAGES)
    assert sorted(p.name for p in (JS_DIR / "i18n").glob("*.js")) == sorted(
        f"{name}.{lang}.js" for lang in LANGUAGES if lang != "en" for name in ("strings", "strings-practice")
    )
    template = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    listed = re.search(r"set shipped = (\[[^\]]*\])", template).group(1)
    assert sorted(json.loads(listed)) == sorted(lang for lang in LANGUAGES if lang != "en")


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_each_renderer_catalogue_has_the_english_keys_and_placeholders(language):
    english = i18n.Words("en").entries
    other = i18n.Words(language).entries
    assert other.keys() == english.keys()
    for key, entry in english.items():
        assert placeholders(other[key]) == placeholders(entry), f"{language}.json: {key}"
        assert other[key] != entry or (language, key) in SAME_IN_ENGLISH, f"{language}.json: {key} is English"


# Lists the keys of a strings file (nested objects as a.b), each function with its parameter count.
_JS_KEYS = """
const k = (o, p = "") => Object.entries(o).flatMap(([a, v]) =>
  v && typeof v === "object" && !Array.isArray(v) && !(v instanceof RegExp) ? k(v, p + a + ".")
  : [p + a + (typeof v === "function" ? "/" + v.length : Array.isArray(v) ? "[" + v.length + "]" : "")]);
require(process.argv[1]);
console.log(JSON.stringify(k(require(process.argv[2]))));
"""


def js_keys(language: str) -> list[str]:
    out = subprocess.run(["node", "-e", _JS_KEYS, *js_files(language)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_each_browser_catalogue_has_the_english_keys_and_parameters(language):
    english, other = js_keys("en"), js_keys(language)
    assert sorted(set(english) - set(other)) == [], f"missing in strings.{language}.js"
    assert sorted(set(other) - set(english)) == [], f"extra in strings.{language}.js"


def test_an_unknown_language_falls_back_to_english_with_one_warning(caplog):
    i18n._warn_once.cache_clear()
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.quizkit.i18n"):
        assert i18n.resolve("xx") == "en"
        assert i18n.resolve("xx") == "en"
    assert [r.getMessage() for r in caplog.records].count(caplog.records[0].getMessage()) == 1
    assert "theme.language 'xx'" in caplog.records[0].getMessage()
    assert i18n.resolve("es-MX") == "es" and i18n.resolve("pt-BR") == "pt-BR" and i18n.resolve(None) == "en"


def test_french_and_portuguese_count_zero_as_one():
    assert i18n.plural_category("fr", 0) == "one" and i18n.plural_category("pt-BR", 1) == "one"
    assert i18n.plural_category("es", 0) == "other" and i18n.plural_category("de", 2) == "other"


def _quiz() -> Quiz:
    tf = Question(id="t", type="true-false", prompt="P?", explanation="E.", source="", answer=True)
    single = Question(
        id="s",
        type="single",
        prompt="P?",
        explanation="E.",
        choices=[Choice(text="A", feedback="fa", correct=True), Choice(text="B", feedback="fb")],
        source="lessons/x.md#y",
        citations=[("ref", "Author (2000)")],
    )
    return Quiz(path="q.yml", name="q", title="T", lesson="lessons/x.md", questions=[tf, single])


def test_the_rendered_quiz_speaks_the_catalogue_and_no_english_word_is_left():
    html = render_quiz(_quiz(), link_for=lambda target: target, t=i18n.words("de"))
    for text in (
        "Frage 1.",
        "Richtig oder falsch?",
        "Wählen Sie eine Antwort.",
        "Antwort und Erklärung",
        "Richtige Antwort:",
        "Erklärung:",
        "Quelle:",
        "In der Lektion nachlesen",
        "2 Fragen.",
        ">Richtig</label>",
        ">Falsch</label>",
    ):
        assert text in html, text
    for key, entry in i18n.Words("en").entries.items():
        for text in entry.values() if isinstance(entry, dict) else [entry]:
            fixed = re.split(r"\{\w+\}", text)
            assert not any(part.strip() and f">{part.strip()}" in html for part in fixed), (key, text)
