"""The built course numbers its lessons where a reader looks for them (issue 17): the navigation,
search results, the practice exam's results by lesson and the home page's course map all say
"Lesson N: ...", in order, matching the "lesson N" the lessons' text refers to."""

from __future__ import annotations

import html
import json
import re

from conftest import ROOT

LESSONS = sorted((ROOT / "docs" / "lessons").glob("[0-9][0-9]-*.md"))
NAV_LINK = re.compile(
    r'<a href="(lessons/[\w-]+/)" class="md-nav__link">\s*<span class="md-ellipsis">\s*(.*?)\s*</span>', re.S
)
MAP_ROW = re.compile(
    r'<tr>\s*<td><a href="(lessons/[\w-]+/)">(.*?)</a></td>\s*<td>(.*?)</td>\s*<td>(.*?)</td>'
)


def numbers(titles: list[str]) -> list[int]:
    found = [re.match(r"Lesson (\d+): \S", html.unescape(title)) for title in titles]
    assert all(found), f"titles without a lesson number: {titles}"
    return [int(match.group(1)) for match in found]


def test_the_navigation_numbers_the_lessons_in_order(site_dir):
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    links: dict[str, str] = {}
    for href, label in NAV_LINK.findall(home):
        links.setdefault(href, label)
    assert list(links) == [f"lessons/{lesson.stem}/" for lesson in LESSONS]
    assert numbers(list(links.values())) == list(range(1, len(LESSONS) + 1))


def test_search_results_and_results_by_lesson_carry_the_numbers(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    pages = [doc["title"] for doc in index if re.fullmatch(r"lessons/[\w-]+/", doc["location"])]
    assert numbers(pages) == list(range(1, len(LESSONS) + 1))
    exam = (site_dir / "practice" / "exam" / "index.html").read_text(encoding="utf-8")
    data = re.search(r'<template class="ta-practice__data"[^>]*>(.*?)</template>', exam, re.S)
    by_lesson = [lesson["title"] for lesson in json.loads(data.group(1))["lessons"]]
    assert numbers(by_lesson) == list(range(1, len(LESSONS) + 1))


def test_the_home_page_course_map_lists_every_lesson_with_time_and_quiz(site_dir):
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    rows = MAP_ROW.findall(home)
    assert [href for href, *_ in rows] == [f"lessons/{lesson.stem}/" for lesson in LESSONS]
    assert numbers([title for _, title, *_ in rows]) == list(range(1, len(LESSONS) + 1))
    for lesson, (_, _, minutes, quiz) in zip(LESSONS, rows, strict=True):
        front = re.search(r"^minutes: (\d+)$", lesson.read_text(encoding="utf-8"), re.M).group(1)
        assert minutes == f"{front} minutes"
        assert re.fullmatch(r"\d+ questions", quiz), f"{lesson.name}: {quiz!r}"
