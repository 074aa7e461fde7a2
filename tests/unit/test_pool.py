"""quizkit.pool: the practice pool as files (a bank per file, an index naming them), and the
practice page that names the index instead of inlining every question."""

from __future__ import annotations

import json
from pathlib import Path

from quizkit.config import load_course
from quizkit.i18n import words
from quizkit.markdown.practice import render_practice
from quizkit.model import Choice, Question, Quiz
from quizkit.pool import FOLDER, pool_files

FIXTURE_COURSE = Path(__file__).resolve().parents[1] / "fixtures" / "site" / "course.yml"


def question(qid: str, topic: str, source: str) -> Question:
    choices = [Choice(text=f"{qid} {n}", correct=n == 0, feedback="Why.") for n in range(3)]
    return Question(
        id=qid, prompt=f"Prompt {qid}?", explanation="So.", source=source, topic=topic, choices=choices
    )


def banks() -> list[Quiz]:
    one = Quiz(path="one.yml", name="one", title="One", lesson="lessons/a.md")
    one.questions = [question("q1", "t1", "lessons/a.md#x"), question("q2", "t2", "lessons/b.md#y")]
    two = Quiz(path="two.yml", name="two", title="Two", lesson="lessons/b.md")
    two.questions = [question("q3", "t1", "")]
    return [one, two]


def test_a_file_per_bank_and_an_index_of_every_question_by_lesson_and_topic():
    pool = pool_files(banks(), words("en"), use_directory_urls=True)
    index = json.loads(pool.files[pool.index])
    assert pool.index.startswith(f"{FOLDER}/index.") and pool.index.endswith(".json")
    assert index["lessons"] == ["lessons/a.md", "lessons/b.md"] and index["topics"] == ["t1", "t2"]
    # q2 teaches lesson b (its source), q3 its bank's lesson.
    assert [(b["name"], b["questions"]) for b in index["banks"]] == [
        ("one", [["q1", 0, 0], ["q2", 1, 1]]),
        ("two", [["q3", 1, 0]]),
    ]
    one = json.loads(pool.files[f"{FOLDER}/{index['banks'][0]['file']}"])
    assert one["bank"] == "one"
    one = one["html"]
    assert one.count('<fieldset class="ta-q"') == 2 and "Prompt q1?" in one and "Prompt q3?" not in one
    # Links are relative to the file, as the site will serve the pages they point to.
    assert 'href="../../../../lessons/a/#x"' in one


def test_names_change_with_content_and_only_there():
    before = pool_files(banks(), words("en"), use_directory_urls=True)
    edited = banks()
    edited[1].questions[0].prompt = "Edited?"
    after = pool_files(edited, words("en"), use_directory_urls=True)
    assert set(before.files) - set(after.files) == {before.index, *[p for p in before.files if "/two." in p]}
    flat = pool_files(banks(), words("en"), use_directory_urls=False)
    one = next(json.loads(c)["html"] for p, c in flat.files.items() if "/one." in p)
    assert 'href="../../../../lessons/a.html#x"' in one


def test_a_practice_page_names_the_index_relative_to_itself_or_inlines_the_pool():
    course = load_course(FIXTURE_COURSE)
    args = (banks(), course, lambda target: target, "practice/exam.md", True, "Course", words("en"))
    named = render_practice("exam", *args, pool=f"{FOLDER}/index.abc.json")
    assert '"pool":"../../assets/quiz/pool/index.abc.json"' in named and '"total":3' in named
    assert "ta-practice__pool" not in named and "Prompt q1?" not in named and '"questions"' not in named
    inlined = render_practice("exam", *args)
    assert '<template class="ta-practice__pool"' in inlined and inlined.count('<fieldset class="ta-q"') == 3
    assert '"pool"' not in inlined
    # The progress page counts per lesson from the same pool: it names the index, and holds no id.
    progress = render_practice("progress", *args, pool=f"{FOLDER}/index.abc.json")
    assert '"pool":"../../assets/quiz/pool/index.abc.json"' in progress
    assert '"questions"' not in progress and '"q1"' not in progress and "ta-practice__pool" not in progress
    inlined = render_practice("progress", *args)
    assert '<template class="ta-practice__pool"' in inlined and inlined.count('<fieldset class="ta-q"') == 3
