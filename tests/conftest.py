"""Shared fixtures: one strict build of the site per test session, a local server for it, and a
real browser (Debian's Chromium driven by Playwright) that records what a page asks for."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Flags that keep Chromium from calling home; without them it tries (and fails) to reach the web.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class Build:
    site: Path
    returncode: int
    log: str


def build_site(site_dir: Path, *extra: str) -> Build:
    """Run the real strict MkDocs build; the log is kept so tests can assert it is clean."""
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        # Material's end-of-life banner is not a build warning; keep the log to real messages.
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return Build(site=site_dir, returncode=proc.returncode, log=proc.stdout + proc.stderr)


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> Build:
    return build_site(tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site_dir(site_build: Build) -> Path:
    if site_build.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{site_build.log}")
    return site_build.site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


def serve_directory(directory: Path):
    """Serve a folder on 127.0.0.1 on a free port; returns (base_url, server)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


@pytest.fixture(scope="session")
def base_url(site_dir: Path):
    url, server = serve_directory(site_dir)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            "Browser tests need Debian's Chromium at /usr/bin/chromium: "
            "run `make browser` (as root) or `sudo apt-get install chromium`."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class PageLog:
    """What a page did that a reader would care about: requests it made and errors it logged."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def external_requests(self) -> list[str]:
        """Requests that leave the site's own origin (anything but 127.0.0.1, data: or blob:)."""
        outside = []
        for url in self.requests:
            parsed = urlparse(url)
            if parsed.scheme in ("data", "blob", "about", "file"):
                continue
            if parsed.hostname != "127.0.0.1":
                outside.append(url)
        return outside


def open_context(browser, **options):
    """A fresh browser context whose pages record requests and console errors in `context.log`."""
    context = browser.new_context(**options)
    log = PageLog()
    context.on("request", lambda request: log.requests.append(request.url))

    def watch(page):
        page.on("console", lambda msg: msg.type == "error" and log.console_errors.append(msg.text))
        page.on("pageerror", lambda exc: log.console_errors.append(str(exc)))

    context.on("page", watch)
    context.log = log
    return context


@pytest.fixture
def context(browser):
    ctx = open_context(browser)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context):
    return context.new_page()


@functools.cache
def _axe_source() -> str:
    return AXE_JS.read_text(encoding="utf-8")


def run_axe(page) -> list[dict]:
    """Run axe-core's WCAG 2.2 AA rules on the page; returns the violations (empty is a pass)."""
    if not AXE_JS.exists():
        pytest.fail("axe-core is missing: run `make browser` (it runs `npm ci`).")
    # evaluate() is not subject to the page's Content-Security-Policy, unlike an injected tag.
    page.evaluate(_axe_source())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    return result["violations"]


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        targets = ", ".join(str(n["target"]) for n in v["nodes"][:5])
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} -> {targets}")
    return "\n".join(lines)
