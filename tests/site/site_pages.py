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
