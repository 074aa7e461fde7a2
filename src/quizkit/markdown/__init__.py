"""Python-Markdown extension: quiz and practice markers become quizzes, under MkDocs or Zensical.

    markdown_extensions:
      - quizkit.markdown:
          course: course.yml   # the course file (default), relative to mkdocs.yml

A line `<!-- quiz: NAME -->` becomes the bank quizzes/NAME.yml as a quiz; `<!-- practice: exam -->`
(or `review`, `progress`) a practice tool over every bank (see markers.py, practice.py);
`<!-- course-map -->` the table of lessons from the site's navigation (course_map.py). Banks are
checked once per build (quizkit.banks); a bank or marker error stops the conversion with the
validator's `file:line` message, or, with `errors: show` (what the MkDocs plugin sets for
`mkdocs serve`), is shown in the page so the reader sees it while the server keeps running.
The practice pages inline the question pool unless `pool:` names the index of pool files
that the MkDocs plugin writes (markdown/practice.py says why).
"""

from __future__ import annotations

import html
import secrets
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.preprocessors import Preprocessor

from ..banks import BankErrors, checked_banks
from ..config import Course, CourseError, course_path, load_course
from ..i18n import BROWSER, Words, words
from ..render import render_quiz
from ..urls import relative_source
from .course_map import course_lessons, render_course_map
from .elements import append_html
from .markers import Marker, MarkerError, candidate, check_page, read_marker, unknown_quiz
from .page import page_info
from .practice import render_practice

__all__ = ["QuizExtension", "makeExtension"]


class QuizError(Exception):
    """A quiz cannot be rendered: the message is the located problem(s)."""


class QuizExtension(Extension):
    def __init__(self, **kwargs) -> None:
        self.config = {
            "course": ["course.yml", "the course file (quiz folder, topics), relative to mkdocs.yml"],
            "errors": [
                "raise",
                "`raise` stops the build on a bank or marker error; `show` puts it in the page",
            ],
            # Set by the MkDocs plugin, which writes the pool files (quizkit.pool); left empty,
            # the practice pages inline the pool (Zensical, the offline copy).
            "pool": ["", "site-relative path of the question pool's index file, when one is written"],
        }
        super().__init__(**kwargs)

    def course(self, md: Markdown) -> Course:
        """The course file, relative to the site's config file (the working folder without one)."""
        return load_course(course_path(self.getConfig("course"), page_info(md).config_dir))

    def extendMarkdown(self, md: Markdown) -> None:
        markers = _MarkerLines(md, self)
        md.preprocessors.register(markers, "quizkit_markers", 22)  # after fences, before raw HTML
        md.parser.blockprocessors.register(_MarkerBlock(md.parser, markers), "quizkit_markers", 75)


class _MarkerLines(Preprocessor):
    """Replaces each marker line with a token paragraph that _MarkerBlock turns into elements."""

    def __init__(self, md: Markdown, extension: QuizExtension) -> None:
        super().__init__(md)
        self.extension = extension
        self.nonce = secrets.token_hex(8)
        self.found: dict[str, Marker] = {}
        # The browser's words this page needs, written once, with its first quiz or practice tool.
        self.strings: tuple[str, ...] = ()

    def run(self, lines: list[str]) -> list[str]:
        self.found = {}
        self.strings = ()
        if not any(candidate(line) for line in lines):
            return lines
        info = page_info(self.md)
        where = self.where(info.src_path)
        numbers = iter(self.source_lines(info.src_path) or ())
        out: list[str] = []
        markers = []
        for number, line in enumerate(lines, start=1):
            if not candidate(line):
                out.append(line)
                continue
            number = next(numbers, number)  # noqa: PLW2901  (the line in the file, front matter included)
            try:
                marker = read_marker(line, number, where)
            except MarkerError as error:
                marker = Marker("error", str(error), number, line)
            markers.append(marker)
            token = f"quizkit-{self.nonce}-{len(self.found)}"
            self.found[token] = marker
            out += ["", token, ""]
        # The browser's words go only where a script shows them (the course map needs none).
        kinds = {m.kind for m in markers}
        self.strings = BROWSER if "practice" in kinds else BROWSER[:1] if "quiz" in kinds else ()
        try:
            check_page([m for m in markers if m.kind != "error"], where)
        except MarkerError as error:
            self.found = {token: Marker("error", str(error), 0, "") for token in self.found}
        return out

    def source_lines(self, src_path: str | None) -> list[int] | None:
        """The line numbers of the marker lines in the page's file (the generator strips front
        matter before Markdown sees the text, so positions here would be off)."""
        if src_path is None:
            return None
        try:
            text = (self.extension.course(self.md).docs_dir / src_path).read_text(encoding="utf-8-sig")
        except (OSError, CourseError):
            return None
        return [n for n, line in enumerate(text.splitlines(), start=1) if candidate(line)]

    def where(self, src_path: str | None) -> str:
        if src_path is None:
            return "this page"
        try:
            docs = self.extension.course(self.md).docs_dir.name
        except CourseError:
            docs = "docs"
        return f"{docs}/{src_path}"


class _MarkerBlock(BlockProcessor):
    def __init__(self, parser, markers: _MarkerLines) -> None:
        super().__init__(parser)
        self.markers = markers

    def test(self, parent, block) -> bool:
        return block.strip() in self.markers.found

    def run(self, parent, blocks) -> None:
        marker = self.markers.found[blocks.pop(0).strip()]
        extension = self.markers.extension
        show = extension.getConfig("errors") == "show"
        t = words(page_info(self.parser.md).language)
        pieces = []
        try:
            pieces.append(self.render(marker, t))
            if self.markers.strings:
                # The words' island before the page's first quiz; a piece of its own, so each
                # stays one outer element that append_html can stash instead of parsing.
                pieces.insert(0, t.island(*self.markers.strings))
                self.markers.strings = ()
        except (MarkerError, BankErrors, CourseError) as error:
            if not show:
                raise QuizError(str(error)) from None
            pieces = [_error_panel(str(error), t)]
        holder = etree.Element("div")
        for piece in pieces:
            append_html(holder, piece, self.parser.md.htmlStash)
        parent.extend(list(holder))

    def render(self, marker: Marker, t: Words) -> str:
        if marker.kind == "error":
            raise MarkerError(marker.name)
        course = self.markers.extension.course(self.parser.md)
        result = checked_banks(course)
        if result.errors:
            raise BankErrors(result)
        info = page_info(self.parser.md)
        src = info.src_path

        def link_for(target: str) -> str:
            return relative_source(target, src) if src else target

        if marker.kind == "course-map":
            return render_course_map(course_lessons(info.nav, course.docs_dir, result.quizzes), link_for, t)
        if marker.kind == "practice":
            return render_practice(
                marker.name,
                result.quizzes,
                course,
                link_for,
                src,
                info.use_directory_urls,
                info.site_name,
                t,
                pool=self.markers.extension.getConfig("pool") or None,
            )
        banks = {quiz.name: quiz for quiz in result.quizzes}
        if marker.name not in banks:
            raise unknown_quiz(self.markers.where(src), marker, banks)
        return render_quiz(banks[marker.name], link_for=link_for, t=t)


def _error_panel(message: str, t: Words) -> str:
    """What a reader of `mkdocs serve` sees in place of a quiz that cannot be built: the panel in
    the site's language, the validator's own lines as they are (they name files, lines and rules,
    as the command line prints them)."""
    command = "<code>python scripts/validate_quizzes.py</code>"
    fix = html.escape(t["serve_fix"]).replace("{command}", command)
    return (
        '<div class="admonition failure ta-quiz-error" role="alert">'
        f'<p class="admonition-title">{html.escape(t["serve_title"])}</p>'
        f"<pre><code>{html.escape(message)}</code></pre>"
        f"<p>{fix}</p></div>"
    )


def makeExtension(**kwargs) -> QuizExtension:  # noqa: N802  (Python-Markdown's entry point name)
    return QuizExtension(**kwargs)
