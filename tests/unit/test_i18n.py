"""The interface catalogues (issue 17): one file per language, src/quizkit/i18n/LANG.json, holding
the build-time words ("page") and the browser's ("quiz", "practice"). Every catalogue has exactly
the English sections and keys, in the English order (so a change is one line in each file), with
the same placeholders; the languages shipped are the files present, and nothing else lists them."""

from __future__ import annotations

import json
import logging
import re
import string

import pytest

from conftest import LANGUAGES, ROOT, SAME_IN_ENGLISH
from quizkit import i18n
from quizkit.model import Choice, Question, Quiz
from quizkit.render import render_quiz

PLURAL_FORMS = {"zero", "one", "two", "few", "many", "other"}  # CLDR's categories
PLURAL_HINT = f'plural forms as in en.json ({{"one": ..., "other": ...}}; forms {sorted(PLURAL_FORMS)})'


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def entry_problems(name: str, section: str, key: str, entry, english) -> list[str]:
    """What is wrong with one entry of catalogue `name` against the English one."""
    where = f"{name}: {section}.{key}"
    if isinstance(english, str):
        if not isinstance(entry, str):
            return [f"{where}: a plain text in en.json, not plural forms"]
        if placeholders(entry) != placeholders(english):
            found, wanted = sorted(placeholders(entry)), sorted(placeholders(english))
            return [f"{where}: placeholders {found}, en.json has {wanted}"]
        return []
    if not isinstance(entry, dict) or "other" not in entry or set(entry) - PLURAL_FORMS:
        return [f"{where}: {PLURAL_HINT}"]
    if not all(isinstance(text, str) for text in entry.values()):
        return [f"{where}: every plural form is a text"]
    # A form may leave out the count ("la question manquée"), never add a name English lacks.
    wanted = set().union(*map(placeholders, english.values()))
    found = set().union(*map(placeholders, entry.values()))
    if found != wanted:
        return [f"{where}: placeholders {sorted(found)} across the forms, en.json has {sorted(wanted)}"]
    return []


def catalogue_problems(name: str, catalogue: dict, english: dict) -> list[str]:
    """Every difference from the English catalogue's structure, each naming the file and the key."""
    problems = []
    if list(catalogue) != list(english):
        problems.append(f"{name}: sections {list(catalogue)}, en.json has {list(english)}")
    for section, entries in english.items():
        mine = catalogue.get(section, {})
        problems += [f"{name}: {section}.{key} is missing" for key in entries if key not in mine]
        problems += [f"{name}: {section}.{key} is not in en.json" for key in mine if key not in entries]
        shared = [key for key in entries if key in mine]
        if [key for key in mine if key in entries] != shared:
            problems.append(f"{name}: the keys of {section} are not in en.json's order")
        for key in shared:
            problems += entry_problems(name, section, key, mine[key], entries[key])
    return problems


ENGLISH = i18n.catalogue("en")


def has_letters(entry) -> bool:
    """Whether an entry has words to translate (a separator such as "; " has none)."""
    texts = entry.values() if isinstance(entry, dict) else [entry]
    return any(re.search(r"[^\W\d_]", re.sub(r"\{\w+\}", "", text)) for text in texts)


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_each_catalogue_has_exactly_the_english_keys_and_placeholders(language):
    problems = catalogue_problems(f"{language}.json", i18n.catalogue(language), ENGLISH)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_no_entry_of_a_translation_is_left_in_english(language):
    catalogue = i18n.catalogue(language)
    same = [
        f"{section}.{key}"
        for section, entries in ENGLISH.items()
        for key, entry in entries.items()
        if catalogue[section][key] == entry
        and (language, key) not in SAME_IN_ENGLISH
        # a word list such as "Right|Richtig" keeps the banks' English word on purpose
        and key != "feedbackRightWords"
        and has_letters(entry)
    ]
    assert same == [], f"{language}.json: still English: {same}"


def test_the_check_names_the_file_and_the_key_of_each_problem():
    english = {"page": {"a": "A {n}", "b": {"one": "{n} b", "other": "{n} bs"}}, "quiz": {"c": "C", "d": "D"}}
    broken = {"page": {"a": "A", "b": "B", "x": "extra"}, "quiz": {"d": "D", "c": "C"}}
    assert catalogue_problems("xx.json", broken, english) == [
        "xx.json: page.x is not in en.json",
        "xx.json: page.a: placeholders [], en.json has ['n']",
        f"xx.json: page.b: {PLURAL_HINT}",
        "xx.json: the keys of quiz are not in en.json's order",
    ]
    missing = {
        "page": {"a": "A {n}", "b": {"one": "{n} b", "other": "{n} bs", "dual": "x"}},
        "quiz": {"c": "C"},
    }
    problems = catalogue_problems("xx.json", missing, english)
    assert "xx.json: quiz.d is missing" in problems
    assert any(p.startswith("xx.json: page.b: plural forms") for p in problems)
    # A plural form may leave out the count, as long as another form has it.
    fine = {"page": {"a": "A {n}", "b": {"one": "the b", "other": "{n} bs"}}, "quiz": {"c": "C", "d": "D"}}
    assert catalogue_problems("xx.json", fine, english) == []


def test_the_languages_shipped_are_the_catalogue_files_and_nothing_else_lists_them():
    assert list(LANGUAGES) == ["en"] + sorted(p.stem for p in i18n.FOLDER.glob("*.json") if p.stem != "en")
    assert set(LANGUAGES) >= {"en", "es", "fr", "de", "pt-BR"}
    template = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    assert "shipped" not in template and "pt-BR" not in template
    assert not (ROOT / "docs" / "assets" / "quiz" / "i18n").exists()


def test_each_catalogue_file_keeps_one_entry_per_line_for_easy_merges():
    # Two branches adding a key each then touch different lines; a sorted section would mix groups.
    for language in LANGUAGES:
        path = i18n.FOLDER / f"{language}.json"
        lines = path.read_text(encoding="utf-8").splitlines()
        entries = [line for line in lines if line.startswith("    ")]
        count = sum(len(section) for section in i18n.catalogue(language).values())
        assert len(entries) == count, f"{path.name}: one entry per line, indented four spaces"


def test_the_island_carries_the_browser_sections_in_the_page_language():
    island = i18n.words("fr").island("quiz")
    assert island.startswith('<template class="ta-strings" data-locale="fr"')
    data = json.loads(re.search(r">(.*)</template>", island).group(1))
    assert list(data) == ["quiz"] and data["quiz"]["check"] == "Vérifier"
    assert list(
        json.loads(re.search(r">(.*)</template>", i18n.words("de").island("quiz", "practice")).group(1))
    ) == [
        "quiz",
        "practice",
    ]
    # The site's own tag formats numbers when its words are the catalogue's; else the catalogue's.
    assert 'data-locale="es-MX"' in i18n.words("es-MX").island("quiz")
    assert 'data-locale="en"' in i18n.words("it").island("quiz")


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


def test_french_sets_a_no_break_space_before_double_punctuation():
    # "Vrai ou faux ?" must not wrap before "?"; the catalogue's other texts say so too.
    plain = [
        f"fr.json: {section}.{key}"
        for section, entries in i18n.catalogue("fr").items()
        for key, entry in entries.items()
        for text in (entry.values() if isinstance(entry, dict) else [entry])
        if re.search(r" [:;?!»]|« ", text)
    ]
    assert plain == [], f"an ordinary space before : ; ? ! » or after «: {plain}"
