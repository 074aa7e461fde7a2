"""Shared by the site-wide checks: the list of built pages, found from the build output (never a
hard-coded list, so new pages are checked the moment they exist), and a local server that serves
the site under the same path it has when published, so 404.html's root-relative links work too.

Fixtures are imported by the test modules that use them (a second conftest.py would shadow the
top-level one's `conftest` module name).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from conftest import ROOT, serve_directory


def site_url_path() -> str:
    """The path part of mkdocs.yml's site_url ("/" when unset): where the site lives when published."""
    match = re.search(r"^site_url:\s*(\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    path = urlparse(match.group(1)).path if match else "/"
    return path if path.endswith("/") else path + "/"


def html_pages(site: Path) -> list[str]:
    """Every built HTML page, as a site-relative POSIX path ("index.html", "lessons/x/index.html")."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


@pytest.fixture(scope="session")
def built_pages(site_dir: Path) -> list[str]:
    pages = html_pages(site_dir)
    assert "index.html" in pages, f"no index.html in {site_dir}"
    return pages


@pytest.fixture(scope="session")
def published_url(site_dir: Path):
    """URL of the site served from 127.0.0.1 under site_url's path, e.g. http://127.0.0.1:PORT/course/."""
    prefix = site_url_path().strip("/")
    with tempfile.TemporaryDirectory() as root:
        served = Path(root)
        if prefix:
            mount = served / prefix
            mount.parent.mkdir(parents=True, exist_ok=True)
            mount.symlink_to(site_dir, target_is_directory=True)
        else:
            served = site_dir
        url, server = serve_directory(served)
        yield url + (prefix + "/" if prefix else "")
        server.shutdown()


def search_for(page, query: str):
    """Type `query` into Material's search box, key by key (it reads keystrokes, not fill()), once
    its worker has the index; returns the first result (one page: its title, then its best sections)."""
    box = page.get_by_role("textbox", name="Search")
    box.click()
    page.get_by_text("Type to start searching").wait_for(state="attached", timeout=10_000)
    box.press_sequentially(query, delay=30)
    first = page.get_by_role("search").get_by_role("listitem").first
    first.wait_for(timeout=10_000)
    return first


# A glossary term, and its anchor on the glossary page (docs/glossary.md).
TERM, ANCHOR = "countertransference", "countertransference"


def lands_on_the_term(page, glossary_page: str) -> None:
    """Search for TERM: the first result is the glossary, with the term's entry under its title;
    following it shows the term below the header, the searched word highlighted."""
    first = search_for(page, TERM)
    # Material lists a result's page first, then the sections that matched best.
    page_link, term_link = first.get_by_role("link").nth(0), first.get_by_role("link").nth(1)
    expect(page_link).to_have_attribute("href", re.compile(rf"{glossary_page}(\?h=)?$"))
    expect(term_link).to_have_attribute("href", re.compile(rf"{glossary_page}\?h={TERM}#{ANCHOR}$"))
    term_link.click()
    expect(page).to_have_url(re.compile(rf"{glossary_page}\?h={TERM}#{ANCHOR}$"))
    term = page.locator(f"dt#{ANCHOR}")
    expect(term).to_be_in_viewport()
    expect(term.locator("mark")).to_have_text(re.compile(TERM, re.I))
    header = page.locator(".md-header").bounding_box()
    assert term.bounding_box()["y"] >= header["y"] + header["height"], "the term is hidden under the header"
