"""Every lesson has the same bones, and every citation and reference meets its other half. The
numbers (words, minutes, diagrams) are course policies in course.yml (course_policy.py)."""

from __future__ import annotations

import re

import pytest
import yaml
from course_policy import COURSE, broken, policy

DOCS = COURSE.docs_dir
LESSONS = sorted((DOCS / "lessons").glob("[0-9][0-9]-*.md"))
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
CITATION = re.compile(r"\]\((?:\.\./)*references\.md#([a-z0-9-]+)\)")
REFERENCE_ID = re.compile(r"^\{ ?:? ?#([a-z0-9-]+) ?\}$", re.MULTILINE)
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+\.svg)\)")
QUIZ_MARKER = re.compile(r"^<!-- quiz: ([\w-]+) -->$", re.MULTILINE)


def front_matter(text: str) -> dict:
    match = FRONT_MATTER.match(text)
    return yaml.safe_load(match.group(1)) if match else {}


def body_words(text: str) -> int:
    return len(FRONT_MATTER.sub("", text).split())


def test_lessons_are_numbered_from_01_without_gaps():
    # How many lessons there are is the course's choice; their numbering must be whole.
    assert LESSONS, f"no lessons in {DOCS / 'lessons'}"
    assert [p.name[:2] for p in LESSONS] == [f"{n:02d}" for n in range(1, len(LESSONS) + 1)]


def test_every_lesson_is_in_the_nav_and_the_course_map():
    nav = (DOCS.parent / "mkdocs.yml").read_text(encoding="utf-8")
    course_map = (DOCS / "index.md").read_text(encoding="utf-8")
    for lesson in LESSONS:
        assert f"lessons/{lesson.name}" in nav, f"add lessons/{lesson.name} to `nav:` in mkdocs.yml"
        assert f"](lessons/{lesson.name})" in course_map, (
            f"add lessons/{lesson.name} to the course map table in docs/index.md"
        )


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
class TestLessonSkeleton:
    def test_front_matter(self, lesson):
        meta = front_matter(lesson.read_text(encoding="utf-8"))
        assert isinstance(meta.get("title"), str) and meta["title"].strip()
        description = meta.get("description")
        assert isinstance(description, str) and description.rstrip().endswith(".")
        low, high = policy("lesson_minutes")
        minutes = meta.get("minutes")
        assert isinstance(minutes, int), "front matter needs `minutes:`, a whole number"
        assert low <= minutes <= high, broken("lesson_minutes", f"{lesson.name} says {minutes} minutes")

    def test_objectives_first_takeaways_last(self, lesson):
        headings = re.findall(r"^## (.+)$", lesson.read_text(encoding="utf-8"), re.MULTILINE)
        assert headings[0] == "Learning objectives"
        assert "Key takeaways" in headings
        # Only the quiz may come after the takeaways.
        assert headings[headings.index("Key takeaways") + 1 :] in ([], ["Check your understanding"])

    def test_length_and_teaching_devices(self, lesson):
        text = lesson.read_text(encoding="utf-8")
        low, high = policy("lesson_words")
        words = body_words(text)
        assert low <= words <= high, broken("lesson_words", f"{lesson.name} has {words} words")
        assert '!!! warning "Common misconception"' in text or '??? warning "Common misconception"' in text
        assert '!!! tip "Exam tip"' in text or '??? tip "Exam tip"' in text
        assert re.search(r"\*\*(Therapist|Counselor|Client)[^*]*:\*\*", text), "a worked exchange or vignette"

    def test_diagram_with_alt_text_and_description(self, lesson):
        text = lesson.read_text(encoding="utf-8")
        images = IMAGE.findall(text)
        if not policy("diagram_required"):
            pytest.skip("course.yml: diagram_required is false")
        assert images, broken("diagram_required", f"{lesson.name} has no SVG diagram")
        for alt, src in images:
            assert len(alt.split()) >= 4, f"alt text too thin: {alt!r}"
            svg = (lesson.parent / src).resolve()
            assert svg.is_file(), src
            content = svg.read_text(encoding="utf-8")
            assert "<title" in content and "<desc" in content
            assert not re.search(r"(href|src)=\"(https?:)?//", content), "diagrams load nothing external"

    def test_ends_with_its_quiz(self, lesson):
        markers = QUIZ_MARKER.findall(lesson.read_text(encoding="utf-8"))
        assert markers == [lesson.stem]
        assert (COURSE.quizzes_dir / f"{lesson.stem}.yml").is_file()


def reference_ids() -> list[str]:
    return REFERENCE_ID.findall((DOCS / "references.md").read_text(encoding="utf-8"))


def citations() -> dict[str, set[str]]:
    cited: dict[str, set[str]] = {}
    for page in DOCS.rglob("*.md"):
        if page.name == "references.md":
            continue
        for key in CITATION.findall(page.read_text(encoding="utf-8")):
            cited.setdefault(key, set()).add(str(page.relative_to(DOCS)))
    return cited


def test_reference_ids_are_unique():
    ids = reference_ids()
    assert len(ids) > 30
    assert len(ids) == len(set(ids))


def test_every_citation_resolves():
    missing = {key: pages for key, pages in citations().items() if key not in set(reference_ids())}
    assert missing == {}


def test_every_reference_is_cited():
    assert sorted(set(reference_ids()) - set(citations())) == []
