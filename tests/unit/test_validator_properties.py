"""Property-based: junk and mutated quiz files never crash the loader or the checker, and
every line of output keeps the documented shape."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from validator_helpers import FIXTURE_COURSE, FIXTURE_DOCS, QUIZ_FIXTURES

from quizkit.report import LINE_PATTERN, SUMMARY_PATTERN, format_text
from quizkit.validate import load_and_check

VALID_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((QUIZ_FIXTURES / "valid").glob("*.yml"))]
FAST = settings(
    max_examples=200,
    deadline=2000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Pieces that make YAML interesting: indicators, tags, anchors, tabs, quotes, keys of the format.
YAML_BITS = [
    ":",
    ": ",
    "- ",
    "\n",
    "\n  ",
    "\t",
    "#",
    "&a ",
    "*a",
    "!!python/object ",
    "!x ",
    "'",
    '"',
    "[",
    "]",
    "{",
    "}",
    ",",
    "|",
    ">",
    "---\n",
    "...",
    "? ",
    "<<: ",
    "~",
    "null",
    "true",
    "1e3",
    "2020-01-01",
    "title: ",
    "questions:\n",
    "  - id: ",
    "choices:\n",
    "correct: true",
    "answer: ",
    "allow: [",
    "\x00",
    "é",
]


def assert_well_formed(result) -> None:
    *lines, summary = format_text(result, show_allowed=True).split("\n")
    assert SUMMARY_PATTERN.match(summary), summary
    for line in lines:
        assert LINE_PATTERN.match(line), repr(line)
    assert result.summary() == summary


def run(tmp_path, data: bytes):
    path = tmp_path / "fuzz.yml"
    path.write_bytes(data)
    result = load_and_check([path], docs_dir=FIXTURE_DOCS, course=FIXTURE_COURSE)
    assert_well_formed(result)
    return result


@FAST
@given(data=st.binary(max_size=400))
def test_junk_bytes(tmp_path, data):
    run(tmp_path, data)


@FAST
@given(text=st.lists(st.sampled_from(YAML_BITS) | st.text(max_size=8), max_size=40).map("".join))
def test_yaml_flavoured_text(tmp_path, text):
    run(tmp_path, text.encode("utf-8", "surrogatepass"))


@st.composite
def mutated_valid_file(draw) -> bytes:
    text = draw(st.sampled_from(VALID_TEXTS))
    rng = random.Random(draw(st.integers(0, 2**32)))
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        index = rng.randrange(len(lines))
        action = rng.choice(["drop", "dup", "swap", "indent", "dedent", "insert", "truncate"])
        if action == "drop":
            lines.pop(index)
        elif action == "dup":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = rng.randrange(len(lines))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "indent":
            lines[index] = "  " + lines[index]
        elif action == "dedent":
            lines[index] = lines[index][2:]
        elif action == "insert":
            lines[index] = lines[index] + draw(st.sampled_from(YAML_BITS))
        else:
            lines[index] = lines[index][: rng.randrange(len(lines[index]) + 1)]
        if not lines:
            break
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@FAST
@given(data=mutated_valid_file())
def test_mutated_valid_files(tmp_path, data):
    run(tmp_path, data)
