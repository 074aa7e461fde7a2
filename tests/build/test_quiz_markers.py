"""Quiz markers in real `mkdocs build --strict` runs (the Markdown extension and the MkDocs
plugin): markers render, mistakes stop the build with a message an author can act on, and the
quiz's assets stay small and off quiz-less pages."""

from __future__ import annotations

import base64
import gzip
import hashlib
import re
import shutil
from pathlib import Path

from conftest import ROOT, Build, build_site, built
from quizkit.mkdocs.plugin import MINIFIERS

FIXTURE = ROOT / "tests" / "fixtures" / "site"
QUIZ_ASSETS = (
    "assets/quiz/strings.js",
    "assets/quiz/ui.js",
    "assets/quiz/store.js",
    "assets/quiz/queue.js",
    "assets/quiz/lazy.js",
    "assets/quiz/quiz.js",
    "assets/quiz/quiz.css",
)
BUDGET_BYTES = 12 * 1024  # the quiz's JS and CSS together, minified and gzipped, as readers get them
QUIZ_ASSET_TAG = re.compile(r"""<(?:script|link)\b[^>]*assets/quiz/""")


def built_fixture(*extra: str) -> Path:
    """The fixture site as the browser tests get it (shared), or built flat (--no-directory-urls)."""
    return built("fixture-mkdocs-flat" if "--no-directory-urls" in extra else "fixture-mkdocs")


def build_variant(
    tmp_path: Path,
    *,
    pages: dict[str, str] = {},  # noqa: B006
    banks: dict[str, str] = {},  # noqa: B006
    language: str | None = None,
) -> Build:
    """A copy of the fixture site with extra pages or banks (and `theme.language`), built strictly."""
    shutil.copytree(FIXTURE / "docs", tmp_path / "docs")  # copies the assets the symlink points at
    shutil.copytree(FIXTURE / "banks", tmp_path / "banks")
    for name, text in pages.items():
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    for name, text in banks.items():
        (tmp_path / "banks" / name).write_text(text, encoding="utf-8")
    course = (FIXTURE / "course.yml").read_text(encoding="utf-8")
    (tmp_path / "course.yml").write_text(course, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        f"INHERIT: {FIXTURE / 'mkdocs.yml'}\ndocs_dir: docs\ntheme:\n  custom_dir: {ROOT / 'overrides'}\n"
        + (f"  language: {language}\n" if language else ""),
        encoding="utf-8",
    )
    return build_site(tmp_path / "site", "-f", str(tmp_path / "mkdocs.yml"))


def test_each_marker_becomes_a_quiz_form():
    site = built_fixture()
    lesson = (site / "lessons" / "sample" / "index.html").read_text(encoding="utf-8")
    assert lesson.count('class="ta-quiz"') == 1
    assert lesson.count('<fieldset class="ta-q"') == 4
    assert "<!-- quiz:" not in lesson


def test_unknown_quiz_name_fails_the_build_naming_page_and_name(tmp_path):
    build = build_variant(
        tmp_path, pages={"oops.md": "# Oops\n\nSome text.\n\n<!-- quiz: no-such-quiz -->\n"}
    )
    assert build.returncode != 0
    assert re.search(r"docs/oops\.md:5: unknown quiz 'no-such-quiz'", build.log), build.log


def test_malformed_marker_fails_the_build(tmp_path):
    build = build_variant(tmp_path, pages={"oops.md": "# Oops\n\n<!-- quiz sample -->\n"})
    assert build.returncode != 0
    assert "docs/oops.md:3: malformed quiz marker" in build.log, build.log


def test_a_marker_shown_in_a_code_block_is_left_alone(tmp_path):
    page = "# How to add a quiz\n\n```markdown\n<!-- quiz: your-quiz-name -->\n```\n"
    build = build_variant(tmp_path, pages={"howto.md": page})
    assert build.returncode == 0, build.log
    assert "your-quiz-name" in (build.site / "howto" / "index.html").read_text(encoding="utf-8")


def test_a_bank_with_an_error_fails_the_build_with_file_line_messages(tmp_path):
    broken = (FIXTURE / "banks" / "sample.yml").read_text(encoding="utf-8")
    broken = broken.replace("fx-", "broken-").replace("title: ", "title: Broken ", 1)
    broken = broken.replace(
        "      - text: The rules that set how sessions are scheduled\n",
        "      - text: The rules that set how sessions are scheduled\n        correct: true\n",
    )
    build = build_variant(tmp_path, banks={"broken.yml": broken})
    assert build.returncode != 0
    assert "The quiz banks have 1 error(s)" in build.log, build.log
    assert re.search(r"broken\.yml:\d+:\d+: error: \[[\w-]+\] ", build.log), build.log


def test_lesson_links_follow_use_directory_urls():
    link = 'class="ta-source" href="{}"'
    hostile = (built_fixture() / "hostile" / "index.html").read_text(encoding="utf-8")
    assert link.format("../lessons/sample/#what-the-alliance-is") in hostile
    flat = (built_fixture("--no-directory-urls") / "hostile.html").read_text(encoding="utf-8")
    assert link.format("lessons/sample.html#what-the-alliance-is") in flat


def test_quiz_assets_fit_the_size_budget():
    # Everything a lesson quiz page loads from assets/quiz/ (quiz, store, review queue, styles).
    site = built_fixture()
    lesson = (site / "lessons" / "sample" / "index.html").read_text(encoding="utf-8")
    loaded = set(re.findall(r'(?:src|href)="(?:\.\./)*(assets/quiz/[\w.-]+)"', lesson))
    assert set(QUIZ_ASSETS) <= loaded
    # Measured as served: the build minifies these files (the quizkit plugin); the fixture build does not.
    sizes = {
        name: len(
            gzip.compress(MINIFIERS[Path(name).suffix]((site / name).read_text()).encode(), compresslevel=9)
        )
        for name in loaded
    }
    assert sum(sizes.values()) <= BUDGET_BYTES, f"gzipped sizes {sizes} exceed {BUDGET_BYTES} bytes"


def test_only_pages_with_a_quiz_load_the_quiz_assets():
    site = built_fixture()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert not QUIZ_ASSET_TAG.search(home)
    lesson = (site / "lessons" / "sample" / "index.html").read_text(encoding="utf-8")
    for name in QUIZ_ASSETS:
        assert f"../../{name}" in lesson


def test_real_site_loads_quiz_assets_exactly_where_a_quiz_is(site_dir):
    for page in sorted(site_dir.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        # A lesson quiz, or a practice page (exam, review, progress), which reuses the quiz's files.
        has_quiz = 'class="ta-quiz"' in html or 'class="ta-practice"' in html
        assert has_quiz == bool(QUIZ_ASSET_TAG.search(html)), page.relative_to(site_dir)
        assert "<!-- quiz:" not in html, f"{page.relative_to(site_dir)} kept an unrendered marker"


def test_a_capitalised_marker_fails_the_build_instead_of_vanishing(tmp_path):
    # Issue 15: `<!-- Quiz: name -->` used to stay an HTML comment, showing nothing.
    build = build_variant(tmp_path, pages={"oops.md": "# Oops\n\n<!-- Quiz: sample -->\n"})
    assert build.returncode != 0
    assert "docs/oops.md:3: marker '<!-- Quiz: sample -->' must be written in lowercase" in build.log


def test_a_marker_naming_the_file_says_to_drop_the_suffix(tmp_path):
    # Issue 15: `<!-- quiz: sample.yml -->` used to be reported as a missing `sample.yml.yml`.
    build = build_variant(tmp_path, pages={"oops.md": "# Oops\n\n<!-- quiz: sample.yml -->\n"})
    assert build.returncode != 0
    assert "docs/oops.md:3: marker '<!-- quiz: sample.yml -->' names a file" in build.log
    assert "<!-- quiz: sample -->" in build.log and ".yml.yml" not in build.log


def test_a_script_in_a_pages_markdown_gets_no_hash_in_its_csp():
    # Issue 15: the policy used to hash every inline script of the final page, this one included.
    page = (built_fixture() / "injected" / "index.html").read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    digest = hashlib.sha256(b"window.__injectedFromMarkdown = true;").digest()
    assert "<script>window.__injectedFromMarkdown = true;</script>" in page
    assert base64.b64encode(digest).decode() not in policy
    theme_hashes = re.findall(r"'sha256-[^']+'", policy)
    assert len(theme_hashes) >= 2  # the theme's own inline scripts are still allowed
