"""Check quiz files: `python scripts/validate_quizzes.py [PATH ...] [--strict] [--format text|json]`.

With no PATH it checks every quiz in quizzes/. Exit status: 0 valid, 1 an error (or, with
--strict, an unacknowledged warning), 2 bad usage such as a path that does not exist.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizkit.report import format_json, format_text
from quizkit.validate import PROJECT_ROOT, load_and_check


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="validate_quizzes.py",
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
    args = parser.parse_args(argv)
    missing = [path for path in args.paths if not Path(path).exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    if args.docs_dir is not None and not args.docs_dir.is_dir():
        parser.error(f"no such docs folder: {args.docs_dir}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    paths = args.paths or [_shown(PROJECT_ROOT / "quizzes")]
    result = load_and_check(paths, docs_dir=args.docs_dir)
    if args.format == "json":
        print(format_json(result))
    else:
        print(format_text(result, show_allowed=args.show_allowed))
    return 1 if result.failed(strict=args.strict) else 0


def _shown(path: Path) -> str:
    """`path` relative to the working directory when it is inside it, so messages stay short."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
