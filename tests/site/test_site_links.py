"""Every internal link and anchor on every built page resolves: the target file exists in the build
and its #fragment is an id in it. Links are resolved against the page's URL the way a browser does,
with the site mounted at site_url's path (so 404.html's root-relative links are checked too).
External http(s) links, mailto: and tel: are not followed: the site must work without them.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from site_html import PageRefs, read_page
from site_pages import built_pages, site_url_path  # noqa: F401  (fixture)

# Any host name works: links are resolved against it and must stay on it.
SITE_ORIGIN = "https://site.invalid"


def resolve(site: Path, prefix: str, page: str, href: str) -> tuple[Path, str] | None:
    """(target file, fragment) for an internal href, or None for one that leaves the site."""
    if urlsplit(href).scheme or href.startswith("//"):
        return None  # http(s), mailto:, tel:, data: ... are not part of the built site
    url = urlsplit(urljoin(f"{SITE_ORIGIN}{prefix}{page}", href))
    path = unquote(url.path)
    if not path.startswith(prefix):
        return site / ".." / "outside-the-site" / path.lstrip("/"), url.fragment
    target = site / path[len(prefix) :]
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, unquote(url.fragment)


def test_every_internal_link_and_anchor_resolves(site_dir, built_pages):  # noqa: F811
    prefix = site_url_path()

    @cache
    def refs(path: Path) -> PageRefs:
        return read_page(path.read_text(encoding="utf-8"))

    broken, checked = [], 0
    for page in built_pages:
        for href in refs(site_dir / page).links:
            resolved = resolve(site_dir, prefix, page, href)
            if resolved is None:
                continue
            target, fragment = resolved
            checked += 1
            if not target.is_file():
                broken.append(
                    f"{page}: {href!r} -> no such file {target.relative_to(site_dir, walk_up=True)}"
                )
            elif fragment and target.suffix == ".html" and fragment not in refs(target).ids:
                broken.append(f"{page}: {href!r} -> no id {fragment!r} in {target.relative_to(site_dir)}")
    assert checked > len(built_pages), "suspiciously few internal links found; is the parser broken?"
    assert not broken, f"{len(broken)} broken internal link(s):\n" + "\n".join(broken)


def test_links_resolve_like_a_browser(tmp_path):
    """The resolver itself: relative, directory and root-relative links land on the right file."""
    (tmp_path / "glossary").mkdir()
    prefix = "/course/"
    assert resolve(tmp_path, prefix, "lessons/a/index.html", "../../glossary/#bond") == (
        tmp_path / "glossary" / "index.html",
        "bond",
    )
    assert resolve(tmp_path, prefix, "404.html", "/course/assets/site.css") == (
        tmp_path / "assets/site.css",
        "",
    )
    assert resolve(tmp_path, prefix, "index.html", "#top%20part") == (tmp_path / "index.html", "top part")
    assert resolve(tmp_path, prefix, "index.html", "https://doi.org/10.1/x") is None
    assert resolve(tmp_path, prefix, "index.html", "mailto:a@b.c") is None
    outside, _ = resolve(tmp_path, prefix, "index.html", "../elsewhere/")
    assert not outside.is_relative_to(tmp_path / "index.html")
