"""Where pages land on the built site, and links between them, as both generators make them."""

from __future__ import annotations

import pytest

from quizkit.urls import page_url, relative_source, relative_url


@pytest.mark.parametrize(
    ("here", "directory_urls", "target", "expected"),
    [
        ("lessons/01-a.md", True, "lessons/03-b.md", "../03-b/"),
        ("lessons/01-a.md", True, "glossary.md", "../../glossary/"),
        ("lessons/01-a.md", True, "index.md", "../../"),
        ("index.md", True, "lessons/03-b.md", "lessons/03-b/"),
        ("lessons/01-a.md", False, "lessons/03-b.md", "03-b.html"),
        ("lessons/01-a.md", False, "glossary.md", "../glossary.html"),
        ("exam.md", False, "lessons/03-b.md", "lessons/03-b.html"),
        ("exam.md", True, "lessons/03-b.md", "../lessons/03-b/"),
        ("practice/exam.md", True, "lessons/index.md", "../../lessons/"),
    ],
)
def test_page_urls_relative_to_the_page(here, directory_urls, target, expected):
    assert relative_url(page_url(target, directory_urls), page_url(here, directory_urls)) == expected


@pytest.mark.parametrize(
    ("here", "target", "expected"),
    [
        ("lessons/01-a.md", "lessons/01-a.md#goals", "#goals"),
        ("lessons/01-a.md", "lessons/03-b.md#link", "03-b.md#link"),
        ("practice/exam.md", "lessons/03-b.md#link", "../lessons/03-b.md#link"),
        ("index.md", "references.md#bordin-1979", "references.md#bordin-1979"),
    ],
)
def test_sources_relative_to_the_page_source(here, target, expected):
    # What the Markdown extension writes; the generator turns it into the page's URL.
    assert relative_source(target, here) == expected
