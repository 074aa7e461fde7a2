"""The quiz engine's fixture site (tests/fixtures/site: its own pages and banks, the real theme,
Markdown extension, plugin and assets), built once per run (conftest.shared_build) and served
on 127.0.0.1.

Imported by the test_quiz_*.py modules, as tests/site/site_pages.py is by its tests (a second
conftest.py would shadow the top-level one's `conftest` module name).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURE_SITE, built, served

FIXTURE_CONFIG = FIXTURE_SITE / "mkdocs.yml"
LESSON = "lessons/sample/"
HOSTILE = "hostile/"
QUIZ_TITLE = "Sample check: the alliance"
STORAGE_KEY = "ta-course:v1:/"  # scoped to the site root (store.js)


@pytest.fixture(scope="session")
def quiz_site() -> Path:
    return built("fixture-mkdocs")


@pytest.fixture(scope="session")
def quiz_url() -> str:
    return served("fixture-mkdocs")


def question(page, number: int):
    """A question as a person finds it: the group named "Question N. ..."."""
    return page.get_by_role("group", name=f"Question {number}.")


def quiz_form(page):
    return page.get_by_role("form", name=QUIZ_TITLE)


def choose_by_keyboard(page, name: str, limit: int = 8) -> None:
    """Press ArrowDown until the focused choice is the one named `name` (the order is shuffled)."""
    for _ in range(limit):
        if page.evaluate("document.activeElement.labels[0].textContent.trim()") == name:
            if not page.evaluate("document.activeElement.checked"):
                page.keyboard.press("Space")  # Tab lands on the first radio without selecting it
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"no choice named {name!r} reached with the arrow keys")
