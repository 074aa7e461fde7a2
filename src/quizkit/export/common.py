"""What every exporter shares: options, in-memory files, choice letters, source links."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import TypeVar

from ..model import Question, Quiz
from ..names import ALL_BANKS, name_clashes
from ..references import REFERENCES_PAGE
from ..urls import page_url

LETTERS = "ABCDEFGHIJ"


@dataclass(frozen=True)
class ExportOptions:
    """What an export needs to know about the site, beyond the questions themselves."""

    course: str = "Course quizzes"  # GIFT top category, Anki parent deck, QTI package title
    site_url: str | None = None  # turns each question's `source` into a link on the live site
    use_directory_urls: bool = True


@dataclass(frozen=True)
class ExportedFile:
    name: str  # a bare file name, e.g. `all-quizzes.gift`
    content: bytes


# One format: the quizzes to put in one set of files, and the stem of those files' names.
Exporter = Callable[[Sequence[Quiz], str, ExportOptions], list[ExportedFile]]


def export_banks(
    quizzes: Sequence[Quiz],
    exporters: Sequence[Exporter],
    options: ExportOptions,
    always_combined: bool = False,
) -> list[ExportedFile]:
    """Each bank in its own files, plus one `all-quizzes.*` set holding every bank.

    The combined set is skipped for a single bank unless `always_combined` (the site links to it).
    """
    # The validator refuses these names with a file:line error; this guards callers that skip it.
    clashes = name_clashes(quiz.name for quiz in quizzes)
    if clashes:
        stem, (owner, file) = next(iter(clashes.items()))
        raise ValueError(f"the quiz banks {owner!r} and {stem!r} would both export {file}")
    global _shared  # noqa: PLW0603  (one export_banks call at a time: a build, or the CLI)
    files: list[ExportedFile] = []
    _shared = {}
    try:
        for export in exporters:
            for quiz in quizzes:
                files.extend(export([quiz], quiz.name, options))
            if len(quizzes) > 1 or (always_combined and quizzes):
                files.extend(export(quizzes, ALL_BANKS, options))
    finally:
        _shared = None
    return files


# What each question's export parts are, while export_banks runs (None otherwise): see per_question.
_shared: dict[tuple, object] | None = None
T = TypeVar("T")


def per_question(make: Callable[[Question, ExportOptions], T]) -> Callable[[Question, ExportOptions], T]:
    """`make(question, options)` worked out once per question while export_banks runs, so the
    all-quizzes files (and a format's second file, like Anki's CSV beside its deck) reuse what
    each bank's files computed instead of doing it all again. Keyed by the question object, which
    export_banks' caller holds for the whole call; outside export_banks nothing is kept."""

    @functools.wraps(make)
    def shared(question: Question, options: ExportOptions) -> T:
        if _shared is None:
            return make(question, options)
        key = (make, id(question), options)
        if key not in _shared:
            _shared[key] = make(question, options)
        return _shared[key]  # type: ignore[return-value]

    return shared


_STEP = Decimal("0.00001")  # Moodle matches a weight to its grade list within 1e-5 of a fraction


def split_percent(total: int, parts: int) -> list[str]:
    """`total` shared out in `parts` weights Moodle accepts, summing to `total` exactly.

    50/50, 33.33333/33.33333/33.33334...: each is within Moodle's tolerance of a grade it lists.
    """
    share = (Decimal(abs(total)) / parts).quantize(_STEP, rounding=ROUND_DOWN)
    shares = [share] * (parts - 1) + [Decimal(abs(total)) - share * (parts - 1)]
    sign = "-" if total < 0 else ""
    return [sign + format(s.normalize(), "f") for s in shares]


def choice_weights(question: Question) -> list[str]:
    """Partial credit for a `multiple` question, in percent per choice: the correct choices share
    +100, the wrong ones -100, and a score never goes below 0. GIFT (Moodle) and QTI both grade
    with these, so a learner scores the same in either: picking 2 of 3 keys earns 66.7%, all
    3 keys and 1 of 2 wrong choices 50%."""
    options = question.options()
    keys = [i for i, choice in enumerate(options) if choice.correct]
    wrong = [i for i, choice in enumerate(options) if not choice.correct]
    weights = dict(zip(keys, split_percent(100, len(keys)), strict=True)) if keys else {}
    if wrong:
        weights.update(zip(wrong, split_percent(-100, len(wrong)), strict=True))
    return [weights[i] for i in range(len(options))]


def letter(index: int) -> str:
    """A, B, C...: how choices are named in answer keys, CSV columns and QTI identifiers."""
    return LETTERS[index]


def key_letters(question: Question) -> list[str]:
    return [letter(i) for i, choice in enumerate(question.options()) if choice.correct]


def source_url(source: str, options: ExportOptions) -> str | None:
    """The live page (and heading) a docs-relative `source` points to, if the site URL is known."""
    if not options.site_url or not source:
        return None
    page, _, anchor = source.partition("#")
    page = page_url(page, options.use_directory_urls)
    url = options.site_url.rstrip("/") + "/" + page
    return f"{url}#{anchor}" if anchor else url


def source_markdown(question: Question, options: ExportOptions) -> str:
    """Where to read more: a link to the live page when the site URL is known, else the path."""
    if not question.source:
        return ""
    url = source_url(question.source, options)
    return f"[{question.source}]({url})" if url else f"`{question.source}`"


def references_markdown(question: Question, options: ExportOptions) -> str:
    """The cited references, each linked to its entry on the live site when the URL is known."""
    cited = []
    for ref, label in question.citations:
        url = source_url(f"{REFERENCES_PAGE}#{ref}", options)
        cited.append(f"[{label}]({url})" if url else label)
    return "; ".join(cited)


def explanation_with_references(question: Question, options: ExportOptions) -> str:
    """The explanation followed by the references it cites, as quiz Markdown."""
    references = references_markdown(question, options)
    return f"{question.explanation}\n\nReferences: {references}" if references else question.explanation


def explanation_markdown(question: Question, options: ExportOptions) -> str:
    """The explanation, its references and its lesson section, as quiz Markdown (one
    general-feedback text, for formats without a separate source field)."""
    source = source_markdown(question, options)
    explanation = explanation_with_references(question, options)
    return f"{explanation}\n\nSource: {source}" if source else explanation
