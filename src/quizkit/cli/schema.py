"""Write quizzes/schema.json from the format's definition: `quizkit-schema [--check]`.

`--check` writes nothing and exits 1 when the committed file differs (stale).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..config import CourseError, display_path, load_course
from ..schema import schema_text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=Path(sys.argv[0]).name, description=__doc__.splitlines()[0])
    parser.add_argument("--course-file", type=Path, help="the course file (default: course.yml)")
    parser.add_argument("--check", action="store_true", help="only report whether the file is stale")
    args = parser.parse_args(argv)
    try:
        course = load_course(args.course_file)
    except CourseError as error:
        parser.error(str(error))
    target = course.quizzes_dir / "schema.json"
    text = schema_text(course)
    current = target.read_text(encoding="utf-8") if target.is_file() else None
    if args.check:
        if current != text:
            print(f"{display_path(target)} is stale: run `make schema`", file=sys.stderr)
            return 1
        return 0
    if current != text:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {display_path(target)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
