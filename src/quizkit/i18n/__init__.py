"""The words the quiz markup shows, in the site's interface language (`theme.language`).

One JSON catalogue per language in this folder (`en.json`, `es.json`, ...) holds what the Python
renderer writes (the no-JS quiz and practice markup); its sibling for the browser scripts is
docs/assets/quiz/i18n/strings.LANG.js (English: docs/assets/quiz/strings.js), and
tests/unit/test_i18n.py keeps the two sets of languages and every catalogue's keys in step.
An unknown language falls back to English with one build warning.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from pathlib import Path

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
    # As overrides/main.html chooses the browser's catalogue: the exact code, else "es" for "es-MX".
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


class Words:
    """One language's catalogue: `words["key"]`, `words.fmt("key", n=3)`, `words.count("key", n)`."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.entries: dict = json.loads((FOLDER / f"{language}.json").read_text(encoding="utf-8"))

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
    return Words(resolve(language))
