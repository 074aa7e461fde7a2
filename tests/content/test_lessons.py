"""Every lesson has the same bones, and every citation and reference meets its other half. What a
course may choose (words, minutes, headings, callouts, diagrams, title numbers) is a course
policy in course.yml (course_policy.py); the educator guide explains each."""

from __future__ import annotations

import re

import pytest
import yaml
from course_policy import COURSE, broken, policy

from quizkit.config import read_site_config
from quizkit.markdown.course_map import nav_pages

DOCS = COURSE.docs_dir
LESSONS = sorted((DOCS / "lessons").glob("[0-9][0-9]-*.md"))
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
CITATION = re.compile(r"\]\((?:\.\./)*references\.md#([a-z0-9-]+)\)")
REFERENCE_ID = re.compile(r"^\{ ?:? ?#([a-z0-9-]+) ?\}$", re.MULTILINE)
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+\.svg)\)")
QUIZ_MARKER = re.compile(r"^<!-- quiz: ([\w-]+) -->$", re.MULTILINE)
H1 = re.compile(r"^# (.+)$", re.MULTILINE)
# "[lesson 2](02-origins.md)" or "[Lesson 6](../lessons/06-ruptures-and-repair.md#repair)"
LESSON_LINK = re.compile(r"\[[Ll]esson (\d+)\]\((?:\.\./)*(?:lessons/)?(\d\d)-[\w-]+\.md[#)]")
SITE_CONFIG = COURSE.root / "mkdocs.yml"


def front_matter(text: str) -> dict:
    match = FRONT_MATTER.match(text)
    return yaml.safe_load(match.group(1)) if match else {}


def body_words(text: str) -> int:
    return len(FRONT_MATTER.sub("", text).split())


def number(lesson) -> int:
    return int(lesson.name[:2])


def test_lessons_are_numbered_from_01_without_gaps():
    # How many lessons there are is the course's choice; their numbering must be whole.
    assert LESSONS, f"no lessons in {DOCS / 'lessons'}: lesson files are named NN-name.md"
    names = [p.name for p in LESSONS]
    wanted = [f"{n:02d}" for n in range(1, len(LESSONS) + 1)]
    assert [name[:2] for name in names] == wanted, (
        f"rename the lessons in {DOCS / 'lessons'} to 01, 02, ...: {names}"
    )


def test_the_nav_lists_every_lesson_in_number_order():
    # The home page's course map and the sidebar both follow `nav:`, so its order is the course's.
    listed = [path for _, path in nav_pages(read_site_config(SITE_CONFIG).get("nav"))]
    in_nav = [path for path in listed if path.startswith("lessons/")]
    wanted = [f"lessons/{lesson.name}" for lesson in LESSONS]
    missing = [path for path in wanted if path not in in_nav]
    assert missing == [], f"add {', '.join(missing)} to `nav:` in {SITE_CONFIG}"
    assert in_nav == wanted, f"list the lessons in number order under `nav:` in {SITE_CONFIG}"


def test_lesson_links_name_the_lesson_they_link_to():
    # "see lesson 2" must take the reader to the page the navigation calls lesson 2.
    for page in DOCS.rglob("*.md"):
        for said, target in LESSON_LINK.findall(page.read_text(encoding="utf-8")):
            assert int(said) == int(target), (
                f"{page}: a link says lesson {said} but goes to lesson {int(target)}"
            )


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
class TestLessonSkeleton:
    def test_front_matter(self, lesson):
        meta = front_matter(lesson.read_text(encoding="utf-8"))
        title = meta.get("title")
        assert isinstance(title, str) and title.strip(), f"{lesson}: the front matter needs `title:`"
        description = meta.get("description")
        assert isinstance(description, str) and description.rstrip().endswith("."), (
            f"{lesson}: the front matter needs `description:`, one sentence ending in a full stop"
        )
        low, high = policy("lesson_minutes")
        minutes = meta.get("minutes")
        assert isinstance(minutes, int), f"{lesson}: the front matter needs `minutes:`, a whole number"
        assert low <= minutes <= high, broken("lesson_minutes", f"{lesson.name} says {minutes} minutes")

    def test_title_and_heading_carry_the_lesson_number(self, lesson):
        text = lesson.read_text(encoding="utf-8")
        title = front_matter(text).get("title", "")
        prefix = policy("lesson_title_prefix").format(n=number(lesson))
        assert title.startswith(prefix), broken("lesson_title_prefix", f"{lesson.name} is titled {title!r}")
        heading = H1.search(FRONT_MATTER.sub("", text))
        assert heading and heading.group(1) == title, f"{lesson}: make its # heading the title: # {title}"

    def test_objectives_first_takeaways_last(self, lesson):
        headings = re.findall(r"^## (.+)$", lesson.read_text(encoding="utf-8"), re.MULTILINE)
        first, closing = policy("lesson_first_heading"), policy("lesson_closing_headings")
        assert headings[:1] == [first], broken(
            "lesson_first_heading", f"{lesson.name} opens with {headings[:1]}"
        )
        # The closing sections end the lesson, in order.
        tail = headings[-len(closing) :]
        assert tail == closing, broken("lesson_closing_headings", f"{lesson.name} ends with {tail}")

    def test_length_and_teaching_devices(self, lesson):
        text = lesson.read_text(encoding="utf-8")
        low, high = policy("lesson_words")
        words = body_words(text)
        assert low <= words <= high, broken("lesson_words", f"{lesson.name} has {words} words")
        for title in policy("lesson_callouts"):
            callout = re.compile(rf'^(!!!|\?\?\?\+?) \w+ "{re.escape(title)}"', re.MULTILINE)
            assert callout.search(text), broken(
                "lesson_callouts", f'{lesson.name} has no `!!! tip "{title}"` box'
            )
        speakers = policy("lesson_vignette_speakers")
        if speakers:
            exchange = re.compile(rf"\*\*({'|'.join(map(re.escape, speakers))})[^*]*:\*\*")
            assert exchange.search(text), broken(
                "lesson_vignette_speakers", f"{lesson.name} has no worked exchange (**{speakers[0]}:** ...)"
            )

    def test_diagram_with_alt_text_and_description(self, lesson):
        text = lesson.read_text(encoding="utf-8")
        images = IMAGE.findall(text)
        if not policy("diagram_required"):
            pytest.skip("course.yml: diagram_required is false")
        assert images, broken("diagram_required", f"{lesson.name} has no SVG diagram")
        for alt, src in images:
            assert len(alt.split()) >= policy("diagram_alt_min_words"), broken(
                "diagram_alt_min_words", f"{lesson.name}: the alt text of {src} is {alt!r}"
            )
            svg = (lesson.parent / src).resolve()
            assert svg.is_file(), f"{lesson}: no diagram file {svg}"
            content = svg.read_text(encoding="utf-8")
            assert "<title" in content and "<desc" in content, f"{svg}: give the SVG a <title> and a <desc>"
            assert not re.search(r"(href|src)=\"(https?:)?//", content), (
                f"{svg}: diagrams load nothing external"
            )

    def test_ends_with_its_quiz(self, lesson):
        markers = QUIZ_MARKER.findall(lesson.read_text(encoding="utf-8"))
        assert markers == [lesson.stem], (
            f"{lesson}: end it with its quiz, the line <!-- quiz: {lesson.stem} -->"
        )
        bank = COURSE.quizzes_dir / f"{lesson.stem}.yml"
        assert bank.is_file(), f"{lesson}: its quiz needs the bank {bank}"


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
    assert len(ids) >= policy("references_min"), broken("references_min", f"references.md lists {len(ids)}")
    twice = sorted({key for key in ids if ids.count(key) > 1})
    assert twice == [], f"{DOCS / 'references.md'}: these ids appear twice: {twice}"


def test_every_citation_resolves():
    missing = {key: pages for key, pages in citations().items() if key not in set(reference_ids())}
    assert missing == {}, (
        f"add these references to {DOCS / 'references.md'} with a {{ #key }} anchor: {missing}"
    )


def test_every_reference_is_cited():
    uncited = sorted(set(reference_ids()) - set(citations()))
    assert uncited == [], f"{DOCS / 'references.md'}: cite these in a page or remove them: {uncited}"
