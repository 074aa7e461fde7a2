"""Do `lesson`, `source` and `refs` point at pages, headings and references that exist in docs/?"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

from ..anchors import page_anchors
from ..model import Problem, Question, Quiz
from ..references import REFERENCES_PAGE, read_references
from ..rules import quote
from . import at, at_field


class LinkChecker:
    """Checks quiz links against one docs folder; remembers pages and anchors it has seen."""

    def __init__(self, docs_dir: Path, project_root: Path) -> None:
        self.docs_dir = docs_dir.resolve()
        self.project_root = project_root
        self._pages: dict[str, str | None] = {}
        self._anchors: dict[str, frozenset[str] | str] = {}
        self._references: dict[str, str] | None = None

    def check_lesson(self, quiz: Quiz) -> Iterator[Problem]:
        if not quiz.lesson:
            return
        why = self.page_problem(quiz.lesson)
        if why:
            yield at(quiz, quiz.spans.get("lesson", (1, 1)), "lesson-missing", f"`lesson:` {why}")

    def check_source(self, quiz: Quiz, question: Question) -> Iterator[Problem]:
        if not question.source:
            return
        page, _, anchor = question.source.partition("#")
        why = self.page_problem(page)
        if why:
            yield at_field(quiz, question, "source", "source-page-missing", f"`source:` {why}")
            return
        if not anchor:
            return
        anchors = self.anchors(page)
        if isinstance(anchors, str):
            yield at_field(quiz, question, "source", "source-anchor-missing", anchors)
        elif anchor not in anchors:
            close = difflib.get_close_matches(anchor, sorted(anchors), n=1)
            hint = f"; did you mean #{close[0]}?" if close else "; check the heading's wording"
            yield at_field(
                quiz,
                question,
                "source",
                "source-anchor-missing",
                f"{page} has no heading with the anchor {quote('#' + anchor)}{hint}",
            )

    def check_refs(self, quiz: Quiz, question: Question) -> Iterator[Problem]:
        """Each `refs:` id must be an entry of references.md; known ones become the citations."""
        if not question.refs:
            return
        if self._references is None:
            self._references = read_references(self.docs_dir)
        known = self._references
        question.citations = [(ref, known[ref]) for ref in question.refs if ref in known]
        for index, ref in enumerate(question.refs):
            if ref in known:
                continue
            close = difflib.get_close_matches(ref, sorted(known), n=1)
            add = f"; add it to {REFERENCES_PAGE} as {{ #{ref} }}"
            hint = f"; did you mean {close[0]}?" if close else add
            where = question.spans.get(f"refs[{index}]", question.spans.get("refs", (question.line, 1)))
            yield at(quiz, where, "unknown-ref", f"{REFERENCES_PAGE} has no entry {quote('#' + ref)}{hint}")

    def page_problem(self, page: str) -> str | None:
        """Why `page` is not a docs page (None when it is one)."""
        if page not in self._pages:
            self._pages[page] = self._find_page(page)
        return self._pages[page]

    def _find_page(self, page: str) -> str | None:
        if "://" in page or page.startswith("mailto:"):
            return f"must be a page in docs/ such as lessons/01-intro.md, not the web address {quote(page)}"
        if page.startswith("/") or not page.endswith(".md"):
            return f"{quote(page)} must be a docs-relative .md path such as lessons/01-intro.md"
        target = (self.docs_dir / page).resolve()
        if not target.is_relative_to(self.docs_dir) or not target.is_file():
            return f"names {quote(page)}, which is not a page in {self.docs_dir.name}/"
        return None

    def anchors(self, page: str) -> frozenset[str] | str:
        """The page's anchors, or the reason they could not be computed."""
        if page not in self._anchors:
            try:
                self._anchors[page] = page_anchors(self.docs_dir / page, self.project_root)
            except Exception as exc:  # a broken page must not crash the validator; say why instead
                self._anchors[page] = f"cannot read the headings of {page}: {type(exc).__name__}: {exc}"
        return self._anchors[page]
