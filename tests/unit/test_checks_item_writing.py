"""checks/item_writing.py: per-question warnings, each tuned to stay quiet on good items."""

from __future__ import annotations

import pytest
from validator_helpers import check, question, quiz, rules, true_false

from quizkit.checks.item_writing import starts_with_vowel_sound


def texts(*items: str, key: int = 0) -> list[dict]:
    return [{"text": t, "correct": i == key, "feedback": "f"} for i, t in enumerate(items)]


@pytest.mark.parametrize(
    ("prompt", "warns"),
    [
        ("Which of these is NOT a component?", True),
        ("Which is the least useful sign?", True),
        ("All of these help, except which?", True),
        ("Which of these is **not** a component?", False),
        ("Which of these is _NOT_ a component?", False),
        ("Which of these is *except*ional?", False),
        ("He did not come back. Which response fits best?", False),
        ("Which notion fits best?", False),
    ],
)
def test_negative_stem(tmp_path, prompt, warns):
    found = rules(check(tmp_path, quiz(question(prompt=prompt))))
    assert ("negative-stem" in found) is warns


@pytest.mark.parametrize(
    ("key", "others", "warns"),
    [
        ("Agreement between client and therapist on the goals", ["Goals", "Tasks"], True),
        ("Agreement on goals", ["Tasks", "Bond"], False),  # 3x longer, but only 14 characters more
        ("A " * 20, ["B " * 14, "C"], False),  # 15 characters more, but under 1.5x
    ],
)
def test_key_longest(tmp_path, key, others, warns):
    found = rules(check(tmp_path, quiz(question(choices=texts(key, *others)))))
    assert ("key-longest" in found) is warns


def test_key_longest_not_for_multiple(tmp_path):
    data = question(type="multiple", choices=texts("A very long correct answer with many words", "B", "C"))
    assert "key-longest" not in rules(check(tmp_path, quiz(data)))


@pytest.mark.parametrize(
    ("text", "warns"),
    [
        ("Clients always know", True),
        ("NEVER", True),
        ("All clients", True),
        ("Overall fit", False),
        ("Hallway", False),
        ("Nonetheless", False),
    ],
)
def test_absolute_word(tmp_path, text, warns):
    found = rules(check(tmp_path, quiz(question(choices=texts("Goals", "Tasks", text)))))
    assert ("absolute-word" in found) is warns


def test_absolute_word_in_true_false_statement(tmp_path):
    assert rules(check(tmp_path, quiz(true_false(prompt="The bond never matters.")))) == {"absolute-word"}


@pytest.mark.parametrize(
    ("prompt", "choices", "warns"),
    [
        ("The alliance is best described as an", ["agreement", "bond", "opinion"], True),
        ("The alliance is best described as a", ["agreement", "bond", "contract"], True),
        ("The alliance is best described as a ___.", ["bond", "contract", "pact"], False),
        ("The alliance is best described as an …", ["agreement", "opinion", "*alliance*"], False),
        ("It is a", ["university idea", "useful idea", "one-off"], False),
        ("It is an", ["hour", "honest thing", "MRI finding"], False),
        ("Which is best?", ["agreement", "bond", "contract"], False),
    ],
)
def test_grammatical_cue(tmp_path, prompt, choices, warns):
    found = rules(check(tmp_path, quiz(question(prompt=prompt, choices=texts(*choices)))))
    assert ("grammatical-cue" in found) is warns


@pytest.mark.parametrize(
    ("word", "vowel"),
    [
        ("apple", True),
        ("unit", False),
        ("hour", True),
        ("FBI", True),
        ("CBT", False),
        ("8", True),
        ("11", True),
        ("1", False),
        ("", None),
    ],
)
def test_vowel_sound(word, vowel):
    assert starts_with_vowel_sound(word) is vowel


def test_shared_choice_start(tmp_path):
    same = texts("The client sets goals", "The client pays", "the Client writes")
    assert "shared-choice-start" in rules(check(tmp_path, quiz(question(choices=same))))
    one_word = texts("The goals", "The tasks", "The bond")
    assert "shared-choice-start" not in rules(check(tmp_path, quiz(question(choices=one_word))))


def test_none_of_the_above_is_not_also_an_absolute_word(tmp_path):
    data = question(choices=texts("Goals", "Tasks", "None of the above"))
    assert rules(check(tmp_path, quiz(data))) == {"none-of-the-above"}
