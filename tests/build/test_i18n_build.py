"""The fixture site built in each shipped interface language (issue 17): the quiz and practice
markup carries no English interface string, the page carries its own language's browser words (a
JSON island: the quiz's, plus the practice pages' on those pages only), and `<html lang>` names the
language of the catalogue. Adding a language is adding its catalogue file: a made-up one is built."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

import pytest
from test_quiz_markers import BUDGET_BYTES

from conftest import LANGUAGES, SAME_IN_ENGLISH, build_fixture_in, built, shared_build
from quizkit import i18n
from quizkit.mkdocs.plugin import MINIFIERS
from quizkit.pool import BANKS, FOLDER

PAGES = ("lessons/sample/index.html", "exam/index.html")
STRINGS_TAG = re.compile(r'src="(?:\.\./)*assets/quiz/((?:i18n/)?strings[\w.-]*\.js)"')
ISLAND = re.compile(r'<template class="ta-strings" data-locale="([^"]+)"[^>]*>(.*?)</template>', re.S)


def island(html: str) -> tuple[str, dict]:
    """The page's browser words: (locale, sections); exactly one island per page."""
    (found,) = ISLAND.findall(html)
    return found[0], json.loads(found[1])


def interface_markup(html: str) -> str:
    """The quiz forms and practice tools of a page, where the renderer's words are."""
    parts = re.findall(r'<form [^>]*class="ta-quiz".*?</form>', html, re.S)
    parts += re.findall(
        r'<template class="ta-practice__pool".*?</template>|<p class="ta-practice__nojs">.*?</p>', html, re.S
    )
    return "\n".join(parts)


def pool_markup(site: Path) -> str:
    """The practice pool's questions, where MkDocs' plugin writes them: files, not the page."""
    banks = sorted((site / FOLDER / BANKS).glob("*.json"))
    return "\n".join(json.loads(path.read_text(encoding="utf-8"))["html"] for path in banks)


def english_texts(language: str):
    """Each English interface text (the fixed words around its {placeholders}) the language translates."""
    english = i18n.Words("en").entries
    for key, entry in english.items():
        # The course map's words (map_*) are on the home page, never in quiz or practice markup,
        # and "Quiz" or "questions" would match the fixture's English question text.
        if (language, key) in SAME_IN_ENGLISH or key.startswith("map_"):
            continue
        for text in entry.values() if isinstance(entry, dict) else [entry]:
            for part in re.split(r"\{\w+\}", text):
                if len(part.strip(" .:“”")) > 3:
                    yield key, part.strip()


@pytest.mark.parametrize(
    ("language", "name"), [(lang, f"fixture-{lang}") for lang in LANGUAGES] + [("es", "fixture-zensical-es")]
)
def test_the_site_speaks_its_language_with_no_english_interface_word_left(language, name):
    site = built(name)
    for page in PAGES:
        html = (site / page).read_text(encoding="utf-8")
        markup = interface_markup(html)
        assert markup, f"{name} {page}: no quiz or practice markup"
        if page.startswith("exam/"):
            markup += pool_markup(site)
        # <html lang> and the catalogue agree (Material writes "pt" for pt-BR).
        lang = re.search(r'<html lang="([^"]+)"', html).group(1)
        assert language.split("-")[0] == lang.split("-")[0], (name, page, lang)
        # The page carries its own language's words; practice words on practice pages only. The
        # scripts that read them are the same files in every language.
        practice = page.startswith("exam/")
        locale, words = island(html)
        assert locale == language, (name, page, locale)
        catalogue = i18n.catalogue(language)
        assert words == {s: catalogue[s] for s in (("quiz", "practice") if practice else ("quiz",))}
        names = ["strings"] + (["strings-practice"] if practice else [])
        assert STRINGS_TAG.findall(html) == [f"{n}.js" for n in names], (name, page)
        if language == "en":
            assert "Answer and explanation" in markup
            continue
        left = [(key, text) for key, text in english_texts(language) if text in markup]
        assert not left, f"{name} {page}: English interface text left: {left}"
        assert i18n.Words(language)["answer_summary"] in markup


def test_a_language_without_a_catalogue_falls_back_to_english_with_a_build_warning(tmp_path):
    # Italian: Material speaks it, the quizzes do not (yet).
    build = build_fixture_in("it", tmp_path / "site")
    # A build warning: the strict build stops on it; it names the language and where to add one.
    assert "WARNING" in build.log and "theme.language 'it'" in build.log and "docs/educators/" in build.log
    assert build.returncode != 0, build.log


def test_adding_a_language_is_adding_its_catalogue_file():
    # A temporary copy of the quizkit package with one more file, nl.json, and nothing else changed
    # (conftest's "fixture-added-nl"; tests/browser/test_i18n_browser.py presses the marked button).
    build = shared_build("fixture-added-nl")
    assert build.returncode == 0, build.log
    assert "theme.language" not in build.log  # no fallback warning: the language is shipped now
    html = (build.site / "lessons" / "sample" / "index.html").read_text(encoding="utf-8")
    assert "Answer and explanation (xx)" in interface_markup(html)
    locale, words = island(html)
    assert locale == "nl" and words["quiz"]["check"] == "Check (xx)"
    assert '<html lang="nl"' in html
    # The package the other tests use is untouched.
    assert "nl" not in i18n.languages()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_lesson_quiz_page_fits_the_size_budget_in_every_language(language):
    # The budget of tests/build/test_quiz_markers.py, measured on the page in each language.
    site = built(f"fixture-{language}")
    lesson = (site / "lessons" / "sample" / "index.html").read_text(encoding="utf-8")
    loaded = set(re.findall(r'(?:src|href)="(?:\.\./)*(assets/quiz/[\w./-]+)"', lesson))
    sizes = {
        name: len(
            gzip.compress(MINIFIERS[Path(name).suffix]((site / name).read_text()).encode(), compresslevel=9)
        )
        for name in loaded
    }
    assert sum(sizes.values()) <= BUDGET_BYTES, (
        f"{language}: gzipped sizes {sizes} exceed {BUDGET_BYTES} bytes"
    )
