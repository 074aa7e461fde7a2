"""Read a quiz file into a YAML node tree that keeps the line and column of every value.

Only the composer runs (libyaml through PyYAML's CSafeLoader): nothing is constructed, so no
tag can run code and every node keeps its `start_mark`. Hostile input is bounded here: files
over 1 MB are not read, bytes must be UTF-8, and libyaml itself refuses nesting deeper than
1000 levels. Anchors and aliases are refused by the reader of the tree (see `structure.py`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import yaml

from .model import Problem
from .rules import make_problem

# 1 MB keeps the worst case (a file of tiny values) to a couple of seconds of parsing; a
# 100-question quiz is about 60 KB.
MAX_BYTES = 1024 * 1024

# libyaml's wording, and what an educator should do about it.
_PLAIN_WORDS = {
    "mapping values are not allowed in this context": (
        "a colon and a space appear inside a value; put the whole value in quotes"
    ),
    "could not find expected ':'": (
        "a line is neither `field: value` nor a list item; check its indentation or quote the text"
    ),
    "did not find expected key": "the indentation is off: fields of one question or choice must line up",
    "did not find expected '-' indicator": "a list item is not lined up with the items before it",
    "found unexpected end of stream": "a quoted text or a bracket is never closed",
    "but found another document": "the file holds a second YAML document (a `---` line); use one per file",
    "found character that cannot start any token": (
        "a value starts with a character YAML reserves (such as @ or `); put the value in quotes"
    ),
    "found undefined alias": "an alias (*name) refers to no anchor; aliases are not allowed anyway",
}


def read_quiz_text(path: Path, shown: str) -> tuple[str | None, list[Problem]]:
    """The file's text, or None and the problem that stops it being read."""
    try:
        # Non-blocking open, then a look at what was opened: reading a named pipe or a device
        # would wait for a writer forever (or never end), so only regular files are read.
        handle = os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb")
        with handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                message = "this is not a regular file (a pipe, a device or a folder); name a quiz file"
                return None, [make_problem(shown, 1, 1, "file-unreadable", message)]
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return None, [make_problem(shown, 1, 1, "file-unreadable", f"cannot read the file: {exc.strerror}")]
    if len(data) > MAX_BYTES:
        return None, [
            make_problem(
                shown, 1, 1, "file-too-large", "the file is over 1 MB; split the quiz into smaller files"
            )
        ]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            make_problem(
                shown, line, col, "not-utf8", "the file is not UTF-8 text; save it as UTF-8 in your editor"
            )
        ]
    return text.removeprefix("\ufeff"), []


def compose_quiz_text(text: str, shown: str) -> tuple[yaml.Node | None, list[Problem]]:
    """The YAML node tree of one document, or None and the problem that stops parsing."""
    if not text.strip():
        return None, [
            make_problem(shown, 1, 1, "empty-file", "the file is empty; start from the example quiz")
        ]
    try:
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.MarkedYAMLError as exc:
        return None, [_describe_yaml_error(text, shown, exc)]
    except yaml.reader.ReaderError as exc:
        line, col = _line_col(text, exc.position)
        return None, [
            make_problem(shown, line, col, "yaml-syntax", f"the file holds a control character {_char(exc)}")
        ]
    except (yaml.YAMLError, ValueError) as exc:  # libyaml reports some failures without a position
        return None, [make_problem(shown, 1, 1, "yaml-syntax", f"this is not valid YAML: {exc}")]
    if root is None:
        return None, [make_problem(shown, 1, 1, "empty-file", "the file holds only comments; it has no quiz")]
    return root, []


def load_quiz_tree(path: Path, shown: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Read and compose one quiz file; `shown` is the path as problems should print it."""
    text, problems = read_quiz_text(path, shown)
    if text is None:
        return None, problems
    return compose_quiz_text(text, shown)


def _describe_yaml_error(text: str, shown: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or ""
    if "maximum nesting depth" in problem:
        return make_problem(shown, line, col, "too-deep", "the file nests lists or fields too deeply")
    tab_line = _first_tab_indented_line(text)
    # A tab only breaks YAML where it indents; libyaml then fails on that line or the first token.
    if tab_line and (tab_line == line or problem == "found character that cannot start any token"):
        return make_problem(
            shown, tab_line, 1, "tab-indent", "this line is indented with a tab; indent with spaces"
        )
    words = _PLAIN_WORDS.get(problem)
    if words is None:
        words = f"this is not valid YAML: {problem}" + (f" ({exc.context})" if exc.context else "")
    return make_problem(shown, line, col, "yaml-syntax", words)


def _first_tab_indented_line(text: str) -> int | None:
    if "\t" not in text:
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            return number
    return None


def _line_col(text: str, position: int | None) -> tuple[int, int]:
    position = min(position or 0, len(text))
    line = text.count("\n", 0, position) + 1
    return line, position - (text.rfind("\n", 0, position) + 1) + 1


def _char(exc: yaml.reader.ReaderError) -> str:
    character = exc.character
    code = character if isinstance(character, int) else ord(character) if character else 0
    return f"(U+{code:04X}); remove it"
