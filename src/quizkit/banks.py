"""The course's quiz banks, loaded and checked once however many pages and hooks ask.

The Markdown extension (quizzes on pages, practice pages), the MkDocs plugin (downloads, the
error stop) and every page of one build share one check. The result is cached under a stamp of
every file it depends on (banks, docs pages, course.yml, mkdocs.yml), so an edit during
`mkdocs serve` is seen on the next rebuild and nothing stale survives from an earlier build.
"""

from __future__ import annotations

from pathlib import Path

from .config import Course, display_path
from .references import REFERENCES_PAGE
from .validate import QUIZ_SUFFIXES, CheckResult, load_and_check

_CACHE_SIZE = 4
_cache: dict[tuple, CheckResult] = {}


class BankErrors(Exception):
    """The banks have errors: the message is the validator's `file:line:col: error: ...` lines."""

    def __init__(self, result: CheckResult) -> None:
        self.result = result
        lines = "\n".join(problem.format_text() for problem in result.errors)
        super().__init__(f"The quiz banks have {len(result.errors)} error(s); the build stops here:\n{lines}")


def checked_banks(course: Course) -> CheckResult:
    """Every bank of `course`, checked (errors included; see `require_clean`)."""
    key = _stamp(course)
    if key not in _cache:
        if len(_cache) >= _CACHE_SIZE:
            _cache.pop(next(iter(_cache)))
        if not course.quizzes_dir.is_dir():  # a site without a quiz folder simply has no banks
            _cache[key] = CheckResult(quizzes=[], problems=[], files=0)
        else:
            folder = display_path(course.quizzes_dir)
            _cache[key] = load_and_check([folder], docs_dir=course.docs_dir, course=course)
    return _cache[key]


def require_clean(result: CheckResult) -> CheckResult:
    if result.errors:
        raise BankErrors(result)
    return result


def content_stamp(course: Course) -> tuple:
    """A stamp of the files the checked questions' content comes from: the banks, the course file
    and the references page (citations). It changes when any of them is saved; an edit to a lesson
    leaves it alone, so what is made from the questions alone (the downloads) can be kept."""
    files = [course.path] if course.path else []
    files += _bank_files(course)
    files.append(course.docs_dir / REFERENCES_PAGE)
    return _file_stamps(files)


def _bank_files(course: Course) -> list[Path]:
    if not course.quizzes_dir.is_dir():
        return []
    return [p for p in course.quizzes_dir.iterdir() if p.suffix in QUIZ_SUFFIXES]


def _stamp(course: Course) -> tuple:
    files = [course.path, course.root / "mkdocs.yml"] if course.path else []
    files += _bank_files(course)
    if course.docs_dir.is_dir():
        files += list(course.docs_dir.rglob("*.md"))
    settings = (course.path, course.quizzes_dir, course.docs_dir, tuple(course.topics), course.refs_topics)
    return (settings, _file_stamps(files))


def _file_stamps(files) -> tuple:
    stamps = []
    for path in sorted(files):
        try:
            stat = Path(path).stat()
        except OSError:
            continue
        stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)
