"""Item-writing flaws in one question (Haladyna, Downing & Rodriguez 2002): warnings only.

Each flaw gives test-wise learners a cue unrelated to what the question teaches. An author can
keep a deliberate one with `allow: [rule-id]` and a `reason:`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Problem, Question, Quiz
from . import at, at_field
from .choices import ALL_OF_THE_ABOVE, NONE_OF_THE_ABOVE
from .text import plain, words

NEGATIVE = re.compile(r"\b(not|except|least)\b", re.IGNORECASE)
# Markdown emphasis is the only emphasis that counts: it reaches the page (and screen readers)
# as <strong>/<em>; capitals alone read the same as lowercase when spoken.
_EMPHASISED_NEGATIVE = re.compile(r"(\*\*|__|\*|_)(not|except|least)\1", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)")
ABSOLUTE = re.compile(r"\b(always|never|all|none)\b", re.IGNORECASE)
# "The key is the longest by a wide margin": at least this many times, and characters, longer.
KEY_LONGEST_RATIO, KEY_LONGEST_MARGIN = 1.5, 15
SHARED_START_WORDS = 2
_ENDS_IN_ARTICLE = re.compile(r"\b(a|an)[\s_.…:\-–—]*$", re.IGNORECASE)
# Words whose first sound is not what their first letter suggests.
_CONSONANT_SOUNDING = ("uni", "use", "usu", "ute", "uti", "ura", "ure", "uro", "eu", "ewe", "one", "once")
_VOWEL_SOUNDING = ("hour", "honest", "honor", "honour", "heir")
_VOWEL_SOUNDING_LETTERS = "aefhilmnorsx"  # initialisms read letter by letter: "an FBI", "an MRI"


def check_item_writing(quiz: Quiz, question: Question) -> Iterator[Problem]:
    """Warnings for one question's wording."""
    if question.type == "true-false":
        yield from _absolute_statement(quiz, question)
        return
    yield from _negative_stem(quiz, question)
    yield from _choice_cues(quiz, question)
    yield from _key_longest(quiz, question)
    yield from _grammatical_cue(quiz, question)
    yield from _shared_start(quiz, question)


def _negative_stem(quiz: Quiz, question: Question) -> Iterator[Problem]:
    # Only the question itself (the prompt's last sentence) counts: a scenario before it may
    # well say what someone did "not" do without making the question a negative one.
    asked = _SENTENCE_BREAK.split(question.prompt.strip())[-1]
    match = NEGATIVE.search(_EMPHASISED_NEGATIVE.sub("", asked))
    if match:
        word = match.group(1)
        yield at_field(
            quiz,
            question,
            "prompt",
            "negative-stem",
            f'the prompt asks a negative ("{word}"); ask positively, or emphasise it as **{word.upper()}**',
        )


def _choice_cues(quiz: Quiz, question: Question) -> Iterator[Problem]:
    for number, choice in enumerate(question.choices, start=1):
        shown = plain(choice.text)
        where = (choice.line, choice.col)
        if NONE_OF_THE_ABOVE.match(shown):
            yield at(
                quiz,
                where,
                "none-of-the-above",
                f'choice {number} is "none of the above"; replace it with a plausible wrong answer',
            )
        elif not ALL_OF_THE_ABOVE.match(shown) and (match := ABSOLUTE.search(shown)):
            yield at(
                quiz,
                where,
                "absolute-word",
                f'choice {number} says "{match.group(1)}", which test-wise learners '
                "take as a sign of a wrong answer",
            )


def _absolute_statement(quiz: Quiz, question: Question) -> Iterator[Problem]:
    match = ABSOLUTE.search(plain(question.prompt))
    if match:
        yield at_field(
            quiz,
            question,
            "prompt",
            "absolute-word",
            f'the statement says "{match.group(1)}", which test-wise learners read as a sign it is false',
        )


def _key_longest(quiz: Quiz, question: Question) -> Iterator[Problem]:
    keys = [choice for choice in question.choices if choice.correct]
    if question.type != "single" or len(keys) != 1 or len(question.choices) < 2:
        return
    key = len(plain(keys[0].text))
    longest_other = max(len(plain(choice.text)) for choice in question.choices if not choice.correct)
    if key >= KEY_LONGEST_RATIO * longest_other and key >= longest_other + KEY_LONGEST_MARGIN:
        yield at(
            quiz,
            (keys[0].line, keys[0].col),
            "key-longest",
            f"the correct choice ({key} characters) is much longer than any other ({longest_other}); "
            "shorten it or lengthen the others",
        )


def _grammatical_cue(quiz: Quiz, question: Question) -> Iterator[Problem]:
    match = _ENDS_IN_ARTICLE.search(plain(question.prompt))
    if not match:
        return
    article = match.group(1).lower()
    misfits = []
    for number, choice in enumerate(question.choices, start=1):
        vowel = starts_with_vowel_sound(choice.text)
        if vowel is not None and vowel != (article == "an"):
            misfits.append(str(number))
    if misfits:
        yield at_field(
            quiz,
            question,
            "prompt",
            "grammatical-cue",
            f'the prompt ends in "{article}", which does not fit choice {", ".join(misfits)}; '
            'end it before the article, or write "a(n)"',
        )


def starts_with_vowel_sound(text: str) -> bool | None:
    """Whether the text's first word starts with a vowel sound (None if there is no word)."""
    found = words(text)
    if not found:
        return None
    word = found[0]
    lower = word.lower()
    if word.isdigit():
        return lower.startswith("8") or (len(lower) in (2, 5) and lower.startswith(("11", "18")))
    if len(word) > 1 and word.isupper() and word.isalpha():
        return lower[0] in _VOWEL_SOUNDING_LETTERS
    if lower.startswith(_CONSONANT_SOUNDING):
        return False
    if lower.startswith(_VOWEL_SOUNDING):
        return True
    return lower[0] in "aeiou"


def _shared_start(quiz: Quiz, question: Question) -> Iterator[Problem]:
    if len(question.choices) < 3:
        return
    starts = {tuple(w.casefold() for w in words(c.text)[:SHARED_START_WORDS]) for c in question.choices}
    if len(starts) == 1:
        (start,) = starts
        if len(start) == SHARED_START_WORDS:
            yield at_field(
                quiz,
                question,
                "choices",
                "shared-choice-start",
                f'every choice starts with "{" ".join(start)}"; move those words into the prompt',
            )
