"""load.py: reading bytes and composing YAML, bounded on hostile input."""

from __future__ import annotations

import time

import pytest
import yaml

from quizkit.load import MAX_BYTES, compose_quiz_text, load_quiz_tree, read_quiz_text


def rule_of(problems):
    (problem,) = problems
    return problem.rule


def test_nodes_keep_line_and_column():
    root, problems = compose_quiz_text("title: x\nlesson: y\n", "q.yml")
    assert not problems
    key, value = root.value[1]
    assert (key.start_mark.line, key.start_mark.column, value.value) == (1, 0, "y")


@pytest.mark.parametrize(
    ("text", "rule", "line"),
    [
        ("", "empty-file", 1),
        ("   \n\n", "empty-file", 1),
        ("# just a comment\n", "empty-file", 1),
        ("title: x\n\tlesson: y\n", "tab-indent", 2),
        ("title: [unclosed\n", "yaml-syntax", 2),
        ("title: x\n---\ntitle: y\n", "yaml-syntax", 2),
        ("title: a: b\n", "yaml-syntax", 1),
        ("title: x\nlesson: \x00\n", "yaml-syntax", 2),
        ("title: " + "[" * 5000 + "]" * 5000, "too-deep", 1),
        ("x:\n" + "".join("  " * i + "- \n" for i in range(1, 1200)), "too-deep", 1000),
    ],
)
def test_hostile_text_gives_one_problem(text, rule, line):
    root, problems = compose_quiz_text(text, "q.yml")
    assert root is None
    assert rule_of(problems) == rule
    assert problems[0].line == line


def test_not_utf8_points_at_the_byte(tmp_path):
    path = tmp_path / "q.yml"
    path.write_bytes(b"title: ok\nlesson: caf\xe9\n")
    text, problems = read_quiz_text(path, "q.yml")
    assert text is None
    assert (problems[0].rule, problems[0].line, problems[0].col) == ("not-utf8", 2, 12)


def test_utf16_is_not_utf8(tmp_path):
    path = tmp_path / "q.yml"
    path.write_bytes("title: x\n".encode("utf-16"))
    assert rule_of(read_quiz_text(path, "q.yml")[1]) == "not-utf8"


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "q.yml"
    path.write_bytes("\ufefftitle: x\n".encode())
    root, problems = load_quiz_tree(path, "q.yml")
    assert not problems and root.value[0][0].value == "title"


def test_large_file_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "q.yml"
    path.write_bytes(b"title: x\n" + b"#" * MAX_BYTES)
    started = time.perf_counter()
    assert rule_of(load_quiz_tree(path, "q.yml")[1]) == "file-too-large"
    assert time.perf_counter() - started < 5  # a guard against blow-ups, not a speed test


def test_unreadable_path_is_a_problem(tmp_path):
    assert rule_of(read_quiz_text(tmp_path, "folder")[1]) == "file-unreadable"


def test_billion_laughs_composes_fast_as_a_shared_graph():
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    started = time.perf_counter()
    root, problems = compose_quiz_text("\n".join(lines), "q.yml")
    assert not problems and isinstance(root, yaml.MappingNode)
    assert time.perf_counter() - started < 5  # a guard against blow-ups, not a speed test


def test_a_named_pipe_is_refused_not_waited_on(tmp_path):
    # Reading a pipe waits for a writer forever; the loader must look before it reads.
    import os
    import threading

    from quizkit.validate import load_and_check

    pipe = tmp_path / "pipe.yml"
    os.mkfifo(pipe)
    found = []
    worker = threading.Thread(target=lambda: found.append(load_and_check([pipe])), daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # unblock the stuck reader so the test run can end
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("the validator waited on a named pipe")
    (result,) = found
    (problem,) = result.errors
    assert (problem.rule, problem.line, problem.col) == ("file-unreadable", 1, 1)
    assert "not a regular file" in problem.message
