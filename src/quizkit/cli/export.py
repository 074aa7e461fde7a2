"""Export the quiz banks for an LMS or for flashcards.

    python scripts/export_quizzes.py --to gift|qti|anki|csv|all [--out DIR] [QUIZ ...]

QUIZ is a quiz file's path or a bank's name (its file stem in the course's quiz folder, set in
course.yml); without one, every bank there is exported. Each bank gets its own files, and with
more than one bank an `all-quizzes.*` set holds them all. Banks are loaded and checked exactly
as the site build does; if any has an error nothing is written. Exit status: 0 exported, 1 a bank has an error
(or, with --strict, a warning), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import CourseError, display_path, load_course, read_site_config
from ..export import FORMATS, ExportOptions, export_banks, exporter
from ..validate import QUIZ_SUFFIXES, load_and_check


class UsageError(Exception):
    pass


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=Path(sys.argv[0]).name, description="Export quiz banks as GIFT, QTI 2.1, Anki or CSV."
    )
    parser.add_argument("--to", required=True, choices=[*FORMATS, "all"], help="the format to write")
    parser.add_argument("--out", type=Path, help="folder to write into (default: dist/exports)")
    parser.add_argument(
        "quizzes", nargs="*", metavar="QUIZ", help="a quiz file or a bank name (default: all)"
    )
    parser.add_argument("--course-file", type=Path, help="the course file (default: course.yml)")
    parser.add_argument("--quizzes-dir", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument(
        "--docs-dir", type=Path, default=None, help="where `source` pages live (default: docs/)"
    )
    parser.add_argument(
        "--config-file", type=Path, default=None, help="site name and URL from here (default: mkdocs.yml)"
    )
    parser.add_argument("--course", help="course name for categories and decks (default: the site's name)")
    parser.add_argument("--site-url", help="link sources to this site (default: the site's URL)")
    parser.add_argument("--strict", action="store_true", help="refuse to export when a bank has warnings too")
    return parser.parse_args(argv)


def resolve_quiz_paths(names: list[str], quizzes_dir: Path) -> list[Path]:
    """Quiz files from paths or bank names; every bank in `quizzes_dir` when none are named."""
    if not names:
        return sorted(display_path(p) for p in quizzes_dir.glob("*") if p.suffix in QUIZ_SUFFIXES)
    paths = []
    for name in names:
        as_path = Path(name)
        candidates = [as_path] + [quizzes_dir / f"{name}{suffix}" for suffix in QUIZ_SUFFIXES]
        found = next((p for p in candidates if p.is_file()), None)
        if found is None:
            raise UsageError(f"no quiz file or bank named {name!r} (looked in {quizzes_dir})")
        paths.append(display_path(found))
    return paths


def site_options(args: argparse.Namespace) -> tuple[ExportOptions, Path | None]:
    """Course name, site URL and docs folder as the site build sees them, unless given."""
    course, site_url, use_directory_urls, docs_dir = args.course, args.site_url, True, args.docs_dir
    if course is None or site_url is None:
        try:
            config = read_site_config(args.config_file)
        except Exception as exc:  # a broken site config must not stop an export
            print(f"note: could not read {args.config_file} ({exc}); using defaults", file=sys.stderr)
        else:
            course = course or config.get("site_name")
            site_url = site_url if site_url is not None else config.get("site_url")
            use_directory_urls = config.get("use_directory_urls", True) is not False
    options = ExportOptions(
        course=course or ExportOptions.course,
        site_url=site_url or None,
        use_directory_urls=use_directory_urls,
    )
    return options, docs_dir


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    prog = Path(sys.argv[0]).name
    try:
        args.course_config = load_course(args.course_file)
    except CourseError as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return 2
    args.quizzes_dir = args.quizzes_dir or args.course_config.quizzes_dir
    args.config_file = args.config_file or args.course_config.root / "mkdocs.yml"
    args.out = args.out or args.course_config.root / "dist" / "exports"
    try:
        paths = resolve_quiz_paths(args.quizzes, args.quizzes_dir)
    except UsageError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return 2
    if not paths:
        print(f"No quiz banks in {args.quizzes_dir}: nothing to export.", file=sys.stderr)
        return 0
    options, docs_dir = site_options(args)

    result = load_and_check(paths, docs_dir=docs_dir, course=args.course_config)
    for problem in result.problems:
        print(problem.format_text(), file=sys.stderr)
    if result.errors or result.failed(args.strict):
        print(f"Nothing exported: {len(result.errors)} error(s) in the quiz banks.", file=sys.stderr)
        return 1

    formats = FORMATS if args.to == "all" else (args.to,)
    try:
        files = export_banks(result.quizzes, [exporter(name) for name in formats], options)
    except ValueError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for file in files:
        (args.out / file.name).write_bytes(file.content)
        print(args.out / file.name)
    questions = sum(len(quiz.questions) for quiz in result.quizzes)
    print(
        f"Exported {questions} questions from {len(result.quizzes)} bank(s) as {', '.join(formats)}.",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
