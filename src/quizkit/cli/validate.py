"""Check quiz files: `python scripts/validate_quizzes.py [PATH ...] [--strict] [--format text|json]`.

With no PATH it checks every quiz in the course's quiz folder (course.yml). Exit status: 0 valid,
1 an error (or, with --strict, an unacknowledged warning), 2 bad usage such as a path that does
not exist or a broken course file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import CourseError, display_path, load_course
from ..report import format_json, format_text
from ..validate import load_and_check


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=Path(sys.argv[0]).name,
        description="Check quiz files for broken answer keys (errors) and item-writing flaws (warnings).",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="quiz files or folders (default: quizzes/)")
    parser.add_argument("--strict", action="store_true", help="fail on warnings too, unless allowed")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.add_argument(
        "--show-allowed",
        action="store_true",
        help="also list warnings acknowledged with allow:, marked (allowed)",
    )
    parser.add_argument("--docs-dir", type=Path, help="where lesson and source pages live (default: docs/)")
    parser.add_argument("--course-file", type=Path, help="the course file (default: course.yml)")
    args = parser.parse_args(argv)
    missing = [path for path in args.paths if not Path(path).exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    if args.docs_dir is not None and not args.docs_dir.is_dir():
        parser.error(f"no such docs folder: {args.docs_dir}")
    try:
        args.course = load_course(args.course_file)
    except CourseError as error:
        parser.error(str(error))
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    paths = args.paths or [str(display_path(args.course.quizzes_dir))]
    result = load_and_check(paths, docs_dir=args.docs_dir, course=args.course)
    if args.format == "json":
        print(format_json(result))
    else:
        print(format_text(result, show_allowed=args.show_allowed))
    return 1 if result.failed(strict=args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
