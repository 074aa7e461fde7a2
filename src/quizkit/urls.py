"""Where a docs page ends up on the built site, as both generators place it.

`lessons/x.md` is served at `lessons/x/` (directory URLs, the default) or `lessons/x.html`;
an `index.md` or `README.md` is its folder. The exporters link to the live site with these and
the practice pages give the browser each lesson's address relative to the page.
"""

from __future__ import annotations

import posixpath


def page_url(src_path: str, use_directory_urls: bool = True) -> str:
    """The site-relative URL of the page built from docs-relative `src_path` ("" for the home page)."""
    stem, ext = posixpath.splitext(posixpath.normpath(src_path))
    if ext != ".md":
        return src_path
    parent, base = posixpath.split(stem)
    if base in ("index", "README"):
        if not use_directory_urls:
            return posixpath.join(parent, "index.html")
        return f"{parent}/" if parent else ""
    return f"{stem}/" if use_directory_urls else f"{stem}.html"


def relative_url(target: str, base: str) -> str:
    """`target` (a site-relative URL) as a link from the page at site-relative URL `base`."""
    base_dir = base if base.endswith("/") or not base else posixpath.dirname(base)
    relative = posixpath.relpath(target or ".", base_dir or ".")
    if target.endswith("/") or not target:
        relative = relative.rstrip("/") + "/"
    return "./" if relative == "./" else relative.removeprefix("./")


def relative_source(target: str, from_page: str) -> str:
    """Docs-relative `target` ("lessons/x.md#a") as a link from docs page `from_page`.

    Both generators rewrite such `.md` links into page URLs in the element tree (and check them).
    """
    path, hash_, anchor = target.partition("#")
    if not path:
        return f"#{anchor}" if hash_ else "."
    if posixpath.normpath(path) == posixpath.normpath(from_page):
        return f"#{anchor}" if hash_ else posixpath.basename(path)
    relative = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return relative + (f"#{anchor}" if hash_ else "")
