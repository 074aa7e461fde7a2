"""anchors.py: a page's anchors as the site computes them, cached per page."""

from __future__ import annotations

import os
from pathlib import Path

from validator_helpers import FIXTURE_DOCS

from quizkit.anchors import markdown_settings, page_anchors

ROOT = Path(__file__).resolve().parents[2]


def test_fixture_page_anchors():
    anchors = page_anchors(FIXTURE_DOCS / "lessons" / "sample.md", ROOT)
    assert {
        "a-working-definition",
        "how-strong-is-the-link",
        "goals-tasks-bond",
        "stable-anchor",  # explicit {#id}: the heading's own slug is replaced
        "paragraph-anchor",  # attr_list id on a paragraph
        "summary",
        "summary_1",  # a repeated heading gets a numbered anchor
    } <= anchors
    assert "a-renamed-heading" not in anchors


def test_settings_come_from_mkdocs_yml_with_snippets_made_safe():
    extensions, configs = markdown_settings(ROOT)
    assert extensions[:3] == ["toc", "tables", "fenced_code"]
    assert "attr_list" in extensions
    snippets = configs.get("pymdownx.snippets")
    if snippets is not None:
        assert "auto_append" not in snippets and snippets["check_paths"] is False


def test_project_without_mkdocs_yml_uses_defaults(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("## Hello world {#hi}\n\n## Second\n")
    assert page_anchors(page, tmp_path) >= {"hi", "second"}


def test_custom_slugify_and_python_tags_in_mkdocs_yml(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nmarkdown_extensions:\n  - toc:\n"
        "      slugify: !!python/object/apply:pymdownx.slugs.slugify\n"
        "        kwds: {case: lower}\n"
    )
    page = tmp_path / "p.md"
    page.write_text("## Ça marche\n")
    assert "ça-marche" in page_anchors(page, tmp_path)


def test_renamed_heading_is_seen_after_the_page_changes(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("## Old name\n")
    assert "old-name" in page_anchors(page, tmp_path)
    page.write_text("## New name, longer\n")
    stat = page.stat()
    os.utime(page, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    anchors = page_anchors(page, tmp_path)
    assert "new-name-longer" in anchors and "old-name" not in anchors


def test_snippet_auto_append_does_not_break_anchor_collection(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\nmarkdown_extensions:\n  - pymdownx.snippets:\n"
        "      auto_append: [includes/missing.md]\n      check_paths: true\n"
    )
    page = tmp_path / "p.md"
    page.write_text("## Heading\n")
    assert "heading" in page_anchors(page, tmp_path)
