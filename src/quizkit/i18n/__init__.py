"""Every word the quizzes and practice pages show or announce, in the site's `theme.language`.

One JSON catalogue per language in this folder (`en.json`, `es.json`, ...), and the files present
are the languages shipped: adding `xx.json` adds a language. Each has three sections:

- "page": what the Python renderer writes at build time (the no-JS quiz and practice markup, the
  error panel `mkdocs serve` shows for a broken bank);
- "quiz": what the lesson quiz script says in the browser;
- "practice": what the practice pages' scripts (exam, review queue, progress) add.

The browser gets its sections from the page itself: the Markdown extension writes them as a JSON
island (`island()`), which docs/assets/quiz/strings.js reads; so MkDocs, Zensical and the offline
copy all get the same words with no extra file. An entry is a string with {name} placeholders, or
plural forms {"one": ..., "other": ...} picked by the count {n} (CLDR categories; "other" is the
fallback). tests/unit/test_i18n.py checks every catalogue against English: the same sections and
keys in the same order, the same placeholders. An unknown language falls back to English with one
build warning.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from pathlib import Path

from ..island import island

FOLDER = Path(__file__).parent
DEFAULT = "en"
# Under MkDocs a "mkdocs.*" logger's warning is a build warning (and fails `--strict`); under
# Zensical, Python's last-resort handler prints it.
log = logging.getLogger("mkdocs.plugins.quizkit.i18n")


def languages() -> list[str]:
    """The shipped interface languages, English first."""
    return [DEFAULT] + sorted(p.stem for p in FOLDER.glob("*.json") if p.stem != DEFAULT)


def resolve(language: str | None) -> str:
    """The catalogue for `language`: itself, else its base language ("es-MX" -> "es"), else English."""
    if not language:
        return DEFAULT
    shipped = languages()
    # The exact code, else "es" for "es-MX"; the browser gets the same catalogue (see island()).
    for candidate in (language, language.split("-")[0]):
        if candidate in shipped:
            return candidate
    _warn_once(language)
    return DEFAULT


@cache
def _warn_once(language: str) -> None:
    log.warning(
        "theme.language '%s': the quizzes have no catalogue in that language, so they speak English "
        "(shipped: %s; to add one see docs/educators/)",
        language,
        ", ".join(languages()),
    )


# The sections of a catalogue: the build-time words, then the browser's (see the docstring);
# a lesson page gets the first browser section, a practice page both.
PAGE, BROWSER = "page", ("quiz", "practice")


def catalogue(language: str) -> dict[str, dict]:
    """The catalogue file of a shipped language, section by section."""
    return json.loads((FOLDER / f"{language}.json").read_text(encoding="utf-8"))


class Words:
    """One language's build-time words: `words["key"]`, `words.fmt("key", n=3)`, `words.count("key", n)`;
    `words.island(...)` holds the browser's."""

    def __init__(self, language: str, locale: str | None = None) -> None:
        self.language = language
        # The tag the browser formats numbers and dates with: the site's own ("es-MX") when its
        # words are this catalogue's, else the catalogue's.
        self.locale = locale or language
        self.sections = catalogue(language)
        self.entries: dict = self.sections[PAGE]

    def island(self, *sections: str) -> str:
        """The browser's words for a page, as the JSON island strings.js reads ("quiz", and
        "practice" on practice pages)."""
        return island({name: self.sections[name] for name in sections}, "ta-strings", locale=self.locale)

    def __getitem__(self, key: str) -> str:
        return self.entries[key]

    def fmt(self, key: str, **values) -> str:
        return self.entries[key].format(**values)

    def count(self, key: str, n: int, **values) -> str:
        """A plural entry ({"one": ..., "other": ...}) for the count n, with {n} filled in."""
        forms = self.entries[key]
        return forms[plural_category(self.language, n)].format(n=n, **values)


def plural_category(language: str, n: int) -> str:
    """CLDR's "one"/"other" for whole numbers: French and Brazilian Portuguese count 0 as one."""
    if language.split("-")[0] in ("fr", "pt"):
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"


@cache
def words(language: str | None = None) -> Words:
    """The catalogue for the site's `theme.language` (English when it is unset or unknown)."""
    chosen = resolve(language)
    # Numbers and dates follow the site's own tag ("es-MX") when its words are this catalogue's.
    same = bool(language) and language.split("-")[0] == chosen.split("-")[0]
    return Words(chosen, language if same else chosen)
