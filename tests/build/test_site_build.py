"""The strict build is clean, and no built page asks the browser to fetch from another origin."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest


def test_strict_build_succeeds_without_warnings(site_build):
    assert site_build.returncode == 0, site_build.log
    warnings = [line for line in site_build.log.splitlines() if "WARNING" in line or "ERROR" in line]
    assert warnings == []


def is_external(url: str) -> bool:
    """True when fetching `url` from a page would contact another origin."""
    url = url.strip()
    if url.startswith("//"):
        return True
    scheme = urlparse(url).scheme.lower()
    return scheme not in ("", "data", "blob")


class ResourceCollector(HTMLParser):
    """Collects every URL an HTML page would fetch on its own (not links a reader clicks)."""

    LINK_RELS_FETCHED = {
        "stylesheet",
        "preconnect",
        "preload",
        "prefetch",
        "dns-prefetch",
        "icon",
        "apple-touch-icon",
        "manifest",
        "modulepreload",
        "shortcut",
    }

    def __init__(self):
        super().__init__()
        self.urls: list[tuple[str, str]] = []
        self.inline_styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.urls.append(("script src", a["src"]))
        elif tag == "link" and a.get("href"):
            rels = set((a.get("rel") or "").lower().split())
            if rels & self.LINK_RELS_FETCHED:
                self.urls.append((f"link rel={a.get('rel')}", a["href"]))
        elif tag in ("img", "source", "iframe", "embed", "audio", "video", "track", "input"):
            for attr in ("src", "poster"):
                if a.get(attr):
                    self.urls.append((f"{tag} {attr}", a[attr]))
            for attr in ("srcset",):
                for candidate in (a.get(attr) or "").split(","):
                    if candidate.strip():
                        self.urls.append((f"{tag} srcset", candidate.split()[0]))
        elif tag == "object" and a.get("data"):
            self.urls.append(("object data", a["data"]))
        if a.get("style"):
            self.inline_styles.append(a["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.inline_styles.append(data)


CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""", re.IGNORECASE)
# `@import url(...)` is caught by CSS_URL; this catches the bare-string form `@import "..."`.
CSS_IMPORT = re.compile(r"""@import\s+['"]([^'"]+)['"]""", re.IGNORECASE)


def css_urls(css: str) -> list[str]:
    return [m.group(2) for m in CSS_URL.finditer(css)] + [m.group(1) for m in CSS_IMPORT.finditer(css)]


def test_resource_scanner_catches_external_fetches():
    # Guards the guard: the scanner must flag each kind of third-party fetch it claims to find.
    page = """<link rel="preconnect" href="https://fonts.gstatic.com">
    <script src="//cdn.example/x.js"></script>
    <img src="https://example.org/a.png"><iframe src="https://example.net/embed"></iframe>
    <style>@import url("https://fonts.googleapis.com/css");</style><a href="https://example.org">ok</a>"""
    collector = ResourceCollector()
    collector.feed(page)
    found = [url for _, url in collector.urls if is_external(url)]
    found += [u for s in collector.inline_styles for u in css_urls(s) if is_external(u)]
    assert sorted(found) == sorted(
        [
            "https://fonts.gstatic.com",
            "//cdn.example/x.js",
            "https://example.org/a.png",
            "https://example.net/embed",
            "https://fonts.googleapis.com/css",
        ]
    )
    assert "https://example.org" not in [u for _, u in collector.urls]  # a plain link is not a fetch


def test_no_page_fetches_from_another_origin(site_dir: Path):
    offenders = []
    for html_file in sorted(site_dir.rglob("*.html")):
        collector = ResourceCollector()
        collector.feed(html_file.read_text(encoding="utf-8"))
        for kind, url in collector.urls:
            if is_external(url):
                offenders.append(f"{html_file.relative_to(site_dir)}: {kind} {url}")
        for style in collector.inline_styles:
            offenders += [
                f"{html_file.relative_to(site_dir)}: inline css {u}"
                for u in css_urls(style)
                if is_external(u)
            ]
    for css_file in sorted(site_dir.rglob("*.css")):
        for url in css_urls(css_file.read_text(encoding="utf-8")):
            if is_external(url):
                offenders.append(f"{css_file.relative_to(site_dir)}: css {url}")
    assert offenders == []


@pytest.mark.parametrize("feature", ["content.tooltips", "navigation.footer", "navigation.sections"])
def test_material_features_enabled(feature):
    # Readers rely on these (glossary tooltips, previous/next footer); a config edit must not drop them.
    import yaml

    class TagTolerantLoader(yaml.SafeLoader):
        """mkdocs.yml may hold tags such as !ENV; their values do not matter here."""

    TagTolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)
    text = (Path(__file__).resolve().parents[2] / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.load(text, Loader=TagTolerantLoader)
    assert feature in config["theme"]["features"]


def test_practice_pools_stay_out_of_the_search_index(site_dir: Path):
    # The exam and review pages hold every question in an inert pool; search must list each
    # question once (on its lesson), not again under the practice pages.
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    practice = {d["location"]: len(d["text"]) for d in index["docs"] if d["location"].startswith("practice/")}
    assert practice and max(practice.values()) < 5000, practice
