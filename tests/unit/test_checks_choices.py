"""checks/choices.py: duplicate choices, "all of the above", combined options."""

from __future__ import annotations

import pytest
from validator_helpers import check, question, quiz, rules

from quizkit.checks.choices import ALL_OF_THE_ABOVE, NONE_OF_THE_ABOVE, is_combined


@pytest.mark.parametrize("text", ["All of the above", "all the above.", "All of these", "Any of the above"])
def test_all_of_the_above(text):
    assert ALL_OF_THE_ABOVE.match(text)


@pytest.mark.parametrize("text", ["None of the above", "none of these options", "None of the others"])
def test_none_of_the_above(text):
    assert NONE_OF_THE_ABOVE.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "Both A and B",
        "A and C",
        "A, B and C",
        "Options 1 and 3 only",
        "(a) and (b)",
        "Neither A nor B",
        "B & D",
        "Both of the above",
        "Neither of these",
    ],
)
def test_combined(text):
    assert is_combined(text)


@pytest.mark.parametrize(
    "text",
    [
        "Both client and therapist",
        "A bond and a goal",
        "Agreement on goals and tasks",
        "Version 2 and later",
        "All other things being equal, the bond",
    ],
)
def test_not_combined(text):
    assert not is_combined(text)


def test_duplicate_choice_ignores_case_markup_and_end_punctuation(tmp_path):
    data = question(
        choices=[
            {"text": "Agreement on tasks", "correct": True, "feedback": "f"},
            {"text": "*agreement on  tasks.*", "feedback": "f"},
            {"text": "A bond", "feedback": "f"},
        ]
    )
    assert rules(check(tmp_path, quiz(data))) == {"duplicate-choice"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Café culture", "Cafe\u0301 culture"),  # NFC and NFD
        ("Agreement on tasks", "Agree\u200bment on tasks"),  # a zero-width space
        ("Agreement on tasks", "Agreement\u2060 on\ufeff tasks"),  # word joiner, byte-order mark
        ("Agreement on tasks", "Ａｇｒｅｅｍｅｎｔ on tasks"),  # full-width letters
        ("Agreement on tasks", "[Agreement on tasks](https://example.org/tasks)"),  # a link's words
    ],
    ids=["nfd", "zero-width-space", "format-characters", "full-width", "link"],
)
def test_duplicate_choice_after_normalisation(tmp_path, first, second):
    data = question(
        choices=[
            {"text": first, "correct": True, "feedback": "f"},
            {"text": second, "feedback": "f"},
            {"text": "A bond", "feedback": "f"},
        ]
    )
    assert rules(check(tmp_path, quiz(data))) == {"duplicate-choice"}


def test_the_format_character_list_is_unicodes():
    import sys
    import unicodedata

    from quizkit.checks.text import _FORMAT

    format_chars = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert {ch for ch in format_chars if _FORMAT.fullmatch(ch)} == format_chars
