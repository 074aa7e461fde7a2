"""Shared fixtures: each site built once per test run (by MkDocs or by Zensical), even when
pytest-xdist runs the files in parallel, a local server for it, and a real browser (Debian's
Chromium driven by Playwright) that records what a page asks for."""

from __future__ import annotations

import fcntl
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from quizkit import i18n

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SITE = ROOT / "tests" / "fixtures" / "site"
GENERATORS = ("mkdocs", "zensical")
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


def build_site(site_dir: Path, *extra: str, env: dict[str, str] | None = None) -> Build:
    """Run the real strict MkDocs build; the log is kept so tests can assert it is clean."""
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        # Material's end-of-life banner is not a build warning; keep the log to real messages.
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )
    return Build(site=site_dir, returncode=proc.returncode, log=proc.stdout + proc.stderr)


def build_with_zensical(site_dir: Path, config: Path = ROOT / "mkdocs.yml") -> Build:
    """Build with Zensical. It wants docs and output inside the config's folder, so a config
    INHERITing `config` is written beside it for the build, and the output moved out after."""
    stem = f".zensical-test-{site_dir.parent.name}-{os.getpid()}"
    config_file, out = config.parent / f"{stem}.yml", config.parent / f"{stem}-site"
    config_file.write_text(f"INHERIT: {config.name}\nsite_dir: {out.name}\n", encoding="utf-8")
    try:
        proc = subprocess.run(
            [str(Path(sys.executable).with_name("zensical")), "build", "--clean", "-f", str(config_file)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if out.is_dir():
            site_dir.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(out), str(site_dir))
    finally:
        config_file.unlink(missing_ok=True)
        shutil.rmtree(out, ignore_errors=True)
    return Build(site=site_dir, returncode=proc.returncode, log=proc.stdout + proc.stderr)


def _build_fixture_with_zensical(site_dir: Path) -> Build:
    build = build_with_zensical(site_dir, FIXTURE_SITE / "mkdocs.yml")
    # Zensical does not copy folders that are symlinks (the fixture links the real assets).
    for link in (FIXTURE_SITE / "docs" / "assets").iterdir():
        if build.returncode == 0 and link.is_symlink():
            shutil.copytree(link.resolve(), site_dir / "assets" / link.name, dirs_exist_ok=True)
    return build


def build_fixture_in(
    language: str, site_dir: Path, zensical: bool = False, catalogues: dict[str, str] | None = None
) -> Build:
    """The fixture site with `theme.language: LANGUAGE` and a practice exam page, built strictly
    (a copy beside `site_dir`: the copy follows the asset symlinks, as Zensical's build does).
    `catalogues` ({"xx.json": text}) are added to a copy of the quizkit package that the build
    imports instead of the installed one, as a teacher adds a language to their fork."""
    work = site_dir.parent / "src"
    env = None
    if catalogues:
        package = site_dir.parent / "package" / "quizkit"
        shutil.rmtree(package, ignore_errors=True)
        shutil.copytree(ROOT / "src" / "quizkit", package, ignore=shutil.ignore_patterns("__pycache__"))
        for name, text in catalogues.items():
            (package / "i18n" / name).write_text(text, encoding="utf-8")
        env = {"PYTHONPATH": str(package.parent)}
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(FIXTURE_SITE / "docs", work / "docs")
    shutil.copytree(FIXTURE_SITE / "banks", work / "banks")
    shutil.copy(FIXTURE_SITE / "course.yml", work / "course.yml")
    (work / "docs" / "exam.md").write_text("# Practice exam\n\n<!-- practice: exam -->\n", encoding="utf-8")
    (work / "mkdocs.yml").write_text(
        f"INHERIT: {FIXTURE_SITE / 'mkdocs.yml'}\ndocs_dir: docs\n"
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\n  language: {language}\n"
        "nav:\n  - Home: index.md\n  - lessons/sample.md\n  - exam.md\n  - hostile.md\n  - injected.md\n",
        encoding="utf-8",
    )
    if zensical:
        return build_with_zensical(site_dir, work / "mkdocs.yml")
    return build_site(site_dir, "-f", str(work / "mkdocs.yml"), env=env)


def made_up_catalogue() -> str:
    """A new language's catalogue as a teacher starts it (a copy of en.json), with one text the
    build writes and one the browser shows marked "(xx)". Dutch stands in for the new language:
    the theme must speak it too (Material ships some 60 languages, the quizzes five)."""
    text = (i18n.FOLDER / "en.json").read_text(encoding="utf-8")
    for english in ('"answer_summary": "Answer and explanation"', '"check": "Check"'):
        assert english in text
        text = text.replace(english, english[:-1] + ' (xx)"')
    return text


# The interface languages shipped (a catalogue each in src/quizkit/i18n, English first): the
# fixture site is built in each of them.
LANGUAGES = tuple(i18n.languages())
# Catalogue entries (src/quizkit/i18n) a language writes exactly as English does: French
# "Question {n}.", "{n} minutes", "Correct." and German "Quiz" (the course map's column).
# (Entries with no letters, such as "; ", need no listing.)
SAME_IN_ENGLISH = {
    ("fr", key)
    for key in (
        "question_number",
        "questions",
        "minutes",
        "verdictRight",
        "questionNumber",
        "lengthSome",
        "map_questions",
    )
} | {("de", "map_quiz")}

# Every site the tests open, by name; each is built once per run and shared by all workers.
SITES: dict[str, Callable[[Path], Build]] = {
    "course-mkdocs": build_site,
    "course-zensical": build_with_zensical,
    "fixture-mkdocs": lambda site: build_site(site, "-f", str(FIXTURE_SITE / "mkdocs.yml")),
    "fixture-mkdocs-flat": lambda site: build_site(
        site, "-f", str(FIXTURE_SITE / "mkdocs.yml"), "--no-directory-urls"
    ),
    "fixture-zensical": _build_fixture_with_zensical,
    **{f"fixture-{lang}": functools.partial(build_fixture_in, lang) for lang in LANGUAGES},
    "fixture-zensical-es": functools.partial(build_fixture_in, "es", zensical=True),
    # A language added as the educator guide says: one more catalogue file (made_up_catalogue).
    "fixture-added-nl": lambda site: build_fixture_in(
        "nl", site, catalogues={"nl.json": made_up_catalogue()}
    ),
}
_shared_root: list[Path] = []


@pytest.fixture(scope="session", autouse=True)
def _shared_sites_folder(tmp_path_factory):
    # Under xdist each worker's temp folder sits in one folder for the run: builds go there.
    base = tmp_path_factory.getbasetemp()
    _shared_root.append(base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base)


@functools.cache
def shared_build(name: str) -> Build:
    """Site `name` of SITES, built by the first worker to ask (a file lock holds the others)."""
    root = _shared_root[0] / "shared-sites"
    root.mkdir(exist_ok=True)
    with (root / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        record = root / f"{name}.json"
        if record.exists():
            data = json.loads(record.read_text(encoding="utf-8"))
            return Build(site=Path(data["site"]), returncode=data["returncode"], log=data["log"])
        build = SITES[name](root / name / "site")
        record.write_text(json.dumps(asdict(build), default=str), encoding="utf-8")
        return build


def built(name: str) -> Path:
    build = shared_build(name)
    if build.returncode != 0:
        pytest.fail(f"the site {name} did not build:\n{build.log}")
    return build.site


@pytest.fixture(scope="session")
def site_build() -> Build:
    return shared_build("course-mkdocs")


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


@functools.cache
def served(name: str) -> str:
    """The URL of site `name`, served on 127.0.0.1 until the session ends (a daemon thread)."""
    url, _server = serve_directory(built(name))
    return url


@pytest.fixture(scope="session")
def base_url(site_dir: Path):
    return served("course-mkdocs")


@pytest.fixture(scope="session", params=GENERATORS)
def generator(request) -> str:
    """The site generator a test runs against: every test using it runs once with each."""
    return request.param


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
