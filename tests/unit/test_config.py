"""course.yml: the one configuration, read with located errors (never a traceback)."""

from __future__ import annotations

import pytest

from quizkit.config import PROJECT_ROOT, CourseError, load_course, read_site_config


def write(tmp_path, text: str):
    path = tmp_path / "course.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_course_file_gives_folders_topics_and_policies(tmp_path):
    course = load_course(write(tmp_path, "quizzes: banks\ntopics:\n  a: Topic A\npolicies:\n  n: 3\n"))
    assert course.quizzes_dir == tmp_path / "banks" and course.docs_dir == tmp_path / "docs"
    assert course.topics == {"a": "Topic A"} and course.policy("n") == 3
    assert course.root == tmp_path


def test_the_projects_course_file_is_the_default():
    course = load_course()
    assert course.path == PROJECT_ROOT / "course.yml"
    assert "evidence" in course.topics and course.policy("bank_min_questions") > 0


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("quizzes: banks\nfolders: x\n", ":2:", "unknown setting"),
        ("topics:\n  a: ''\n", ":1:", "Label shown to readers"),
        ("topics:\n  a: A\nrefs_topics: [b]\n", ":3:", "b is not among `topics`"),
        ("topics: [a\n", ":2:", "not valid YAML"),
        ("- a\n", ":1:", "key: value"),
    ],
)
def test_mistakes_are_one_located_line(tmp_path, text, where, words):
    with pytest.raises(CourseError) as caught:
        load_course(write(tmp_path, text))
    message = str(caught.value)
    assert f"course.yml{where}" in message and words in message and "\n" not in message


def test_a_missing_policy_names_the_file_and_the_key(tmp_path):
    course = load_course(write(tmp_path, "policies:\n  a: 1\n"))
    with pytest.raises(CourseError, match=r"course\.yml: policies has no `words:`"):
        course.policy("words")


def test_site_config_is_read_without_mkdocs_tags_and_all(tmp_path):
    site = tmp_path / "mkdocs.yml"
    site.write_text(
        "site_name: X\nextra:\n  offline: !ENV [OFFLINE, false]\n"
        "slug: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}\n",
        encoding="utf-8",
    )
    config = read_site_config(site)
    assert config["site_name"] == "X" and config["extra"]["offline"] == ["OFFLINE", False]
    assert config["slug"]("A B", "-") == "a-b"
