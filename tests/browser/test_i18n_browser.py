"""The lesson quiz and the practice exam in another interface language (issue 17), in a real
browser: the buttons, a verdict, the live-region announcements and the exam's start are worded
in the site's language, and the page declares it (found by role and name, as a reader finds them)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import describe_violations, run_axe, served
from quizkit import i18n

pytestmark = pytest.mark.browser

WRONG_1 = "The rules that set how sessions are scheduled"  # the fixture bank's content stays English
KEY_1 = "The collaborative working relationship of client and therapist"

# What a reader of each language meets: (html lang, words) from the language's catalogues.
WORDS = {
    "es": {
        "lang": "es",
        "question": "Pregunta 1.",
        "check": "Comprobar",
        "try_again": "Intentar de nuevo",
        "mark": "Tu respuesta: incorrecta",
        "verdict": "No exactamente.",
        "spoken": "Pregunta 1: incorrecta. Respuesta correcta: " + KEY_1,
        "reset": "Reiniciar",
        "print": "Imprimir las respuestas",
        "summary": "Respondidas 1 de 4, 0 correctas.",
        "start": "Empezar el examen",
        "position": r"^Pregunta 1 de \d+$",
        "started": r"^Examen empezado: \d+ preguntas\.$",
        "flag": "Marcar para revisar",
        "next": "Siguiente",
    },
    "de": {
        "lang": "de",
        "question": "Frage 1.",
        "check": "Prüfen",
        "try_again": "Noch einmal versuchen",
        "mark": "Ihre Antwort: falsch",
        "verdict": "Nicht ganz.",
        "spoken": "Frage 1: falsch. Richtige Antwort: " + KEY_1,
        "reset": "Zurücksetzen",
        "print": "Lösungen drucken",
        "summary": "1 von 4 beantwortet, 0 richtig.",
        "start": "Prüfung starten",
        "position": r"^Frage 1 von \d+$",
        "started": r"^Prüfung gestartet: \d+ Fragen\.$",
        "flag": "Zur Überprüfung markieren",
        "next": "Weiter",
    },
}


@pytest.mark.parametrize("language", WORDS)
def test_the_lesson_quiz_speaks_the_site_language(page, context, language):
    w = WORDS[language]
    page.goto(served(f"fixture-{language}") + "lessons/sample/")
    assert page.evaluate("document.documentElement.lang") == w["lang"]
    q1 = page.get_by_role("group", name=re.compile("^" + re.escape(w["question"])))
    q1.get_by_role("radio", name=WRONG_1).check()
    q1.get_by_role("button", name=w["check"]).click()
    expect(q1.get_by_text(w["mark"])).to_be_visible()
    expect(q1.get_by_text(w["verdict"], exact=True)).to_be_visible()
    expect(q1.get_by_role("button", name=w["try_again"])).to_be_visible()
    form = page.get_by_role("form")
    expect(form.get_by_role("status")).to_contain_text(w["spoken"])
    expect(form.get_by_text(w["summary"])).to_be_visible()
    expect(form.get_by_role("button", name=w["reset"])).to_be_visible()
    expect(form.get_by_role("button", name=w["print"])).to_be_visible()
    # No English control is left on the page's quiz.
    for english in ("Check", "Try again", "Reset", "Print answer key", "Retry missed questions"):
        expect(form.get_by_role("button", name=english, exact=True)).to_have_count(0)
    violations = run_axe(page)  # the translated page, answered, still passes WCAG 2.2 AA
    assert violations == [], describe_violations(violations)
    assert context.log.console_errors == []


@pytest.mark.parametrize("language", WORDS)
def test_the_practice_exam_starts_in_the_site_language(page, context, language):
    w = WORDS[language]
    page.goto(served(f"fixture-{language}") + "exam/")
    expect(page.get_by_role("button", name="Start exam")).to_have_count(0)
    page.get_by_role("button", name=w["start"]).click()
    expect(page.get_by_role("heading", name=re.compile(w["position"]))).to_be_focused()
    expect(page.get_by_role("status").filter(has_text=re.compile(w["started"]))).to_have_count(1)
    expect(page.get_by_role("button", name=w["flag"])).to_be_visible()
    expect(page.get_by_role("button", name=w["next"])).to_be_visible()
    assert context.log.console_errors == []


# The results line after submitting an exam with no answer: the percentage as Intl writes it for
# the page language (French and German set "%" apart with a no-break space, English does not).
PERCENT = {
    "en": r"^You answered 0 of \d+ questions correctly: 0%\.$",
    "fr": r"^Vous avez répondu correctement à 0 questions sur \d+\u00a0: 0[\u00a0\u202f]%\.$",
    "de": r"^Sie haben 0 von \d+ Fragen richtig beantwortet: 0[\u00a0\u202f]%\.$",
}


@pytest.mark.parametrize("language", PERCENT)
def test_exam_results_write_percentages_for_the_page_language(page, context, language):
    words = i18n.catalogue(language)["practice"]
    page.goto(served(f"fixture-{language}") + "exam/")
    page.get_by_role("button", name=words["start"]).click()
    page.get_by_role("button", name=words["reviewAndSubmit"]).click()
    page.get_by_role("button", name=words["submit"]).click()
    expect(page.get_by_role("heading", name=words["resultsHeading"], exact=True)).to_be_focused()
    expect(page.get_by_text(re.compile(PERCENT[language]))).to_be_visible()
    # Each row of the chart too: "0 %" in French and German.
    space = "" if language == "en" else "[\u00a0\u202f]"
    expect(page.locator(".ta-chart__value").first).to_have_text(re.compile(f"^0{space}%$"))
    assert context.log.console_errors == []


def test_a_language_added_as_one_catalogue_file_shows_its_words(page, context):
    # conftest's "fixture-added-nl": en.json copied to nl.json with two texts marked "(xx)"; the
    # build-time one (the no-JS answer's summary) is checked in tests/build/test_i18n_build.py.
    page.goto(served("fixture-added-nl") + "lessons/sample/")
    assert page.evaluate("document.documentElement.lang") == "nl"
    q1 = page.get_by_role("group", name=re.compile(r"^Question 1\."))
    q1.get_by_role("radio", name=WRONG_1).check()
    q1.get_by_role("button", name="Check (xx)").click()
    expect(q1.get_by_role("button", name="Try again")).to_be_visible()
    assert context.log.console_errors == []
