"""What every exporter shares: options, in-memory files, choice letters, source links."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..model import Question, Quiz
from ..urls import page_url

# The stem of the files that hold every bank at once (one import for a whole course).
ALL_BANKS = "all-quizzes"
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
    names = [quiz.name for quiz in quizzes]
    if ALL_BANKS in names:
        raise ValueError(
            f"a quiz bank may not be named {ALL_BANKS!r}: that name is kept for the combined files"
        )
    files: list[ExportedFile] = []
    for export in exporters:
        for quiz in quizzes:
            files.extend(export([quiz], quiz.name, options))
        if len(quizzes) > 1 or (always_combined and quizzes):
            files.extend(export(quizzes, ALL_BANKS, options))
    return files


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
        url = source_url(f"references.md#{ref}", options)
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
