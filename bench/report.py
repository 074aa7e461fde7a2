"""`make bench`: measure the site and write bench/REPORT.md (also printed). Never run as a test.

1. Build time: full `mkdocs build`, median of 5, with and without the quiz extension (same Markdown;
   without quizkit.markdown the quiz markers stay HTML comments). Goal: ratio <= 1.15.
2. Page weight: every same-origin response a page loads in Chromium, gzipped, for the home page, a
   lesson and the practice exam; the quiz assets alone; and the same lesson built on stock Material
   with mkdocs-quiz (from PyPI, into a throwaway venv under bench/out/). Goal: our lesson lighter.
3. Lighthouse 12.2.3 (bench/package.json, `npm ci --prefix bench`), mobile: performance,
   accessibility, best practices and SEO for the same pages.
4. The quiz validator's own figures, from bench/bench_validator.py's run() when it exists.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import importlib.util
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import venv
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
REPORT = BENCH / "REPORT.md"


def _tests_conftest():
    """The tests' conftest.py, loaded from its file: the bench drives Chromium and serves sites
    exactly as the tests do (bench_validator, beside this file, imports as usual)."""
    spec = importlib.util.spec_from_file_location("tests_conftest", ROOT / "tests" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


_conftest = _tests_conftest()
CHROMIUM, CHROMIUM_ARGS, serve_directory = (
    _conftest.CHROMIUM,
    _conftest.CHROMIUM_ARGS,
    _conftest.serve_directory,
)

RUNS = 5
BUILD_GOAL = 1.15
MKDOCS_QUIZ = "mkdocs-quiz==1.7.1"
LIGHTHOUSE_CLI = BENCH / "node_modules" / "lighthouse" / "cli" / "index.js"
LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}

# Builds exactly as `mkdocs build` does, with optional config overrides (here: the extension list).
BUILD_ONCE = """
import json, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
overrides = json.loads(sys.argv[2])
cfg = load_config(sys.argv[1], **overrides)
cfg.plugins.on_startup(command="build", dirty=False)
try:
    build(cfg)
finally:
    cfg.plugins.on_shutdown()
"""


class _AnyTagLoader(yaml.SafeLoader):
    """mkdocs.yml holds tags such as !ENV; their values do not matter for reading the extensions."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)


def timed_build(python: Path, config_file: Path, site_dir: Path, cwd: Path, **overrides) -> float:
    overrides["site_dir"] = str(site_dir)
    start = time.perf_counter()
    subprocess.run(
        [str(python), "-c", BUILD_ONCE, str(config_file), json.dumps(overrides)],
        cwd=cwd,
        env=ENV,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


# --- 1. build time ---------------------------------------------------------------------------


def without_quiz_extension(extensions: list) -> list:
    """The site's Markdown extensions less the quiz kit's (quizkit.markdown)."""
    names = (next(iter(e)) if isinstance(e, dict) else e for e in extensions)
    return [e for e, name in zip(extensions, names, strict=True) if not name.startswith("quizkit")]


def build_time_section(work: Path) -> tuple[str, Path]:
    no_quiz = without_quiz_extension(mkdocs_config().get("markdown_extensions") or [])
    python = Path(sys.executable)
    config = ROOT / "mkdocs.yml"
    with_quiz, without_quiz = [], []
    # One warm-up each (imports, disk cache), then alternate so drift hits both sides alike.
    timed_build(python, config, work / "warm-a", ROOT)
    timed_build(python, config, work / "warm-b", ROOT, markdown_extensions=no_quiz)
    for i in range(RUNS):
        with_quiz.append(timed_build(python, config, work / f"quiz-{i}", ROOT))
        without_quiz.append(
            timed_build(python, config, work / f"plain-{i}", ROOT, markdown_extensions=no_quiz)
        )
    a, b = statistics.median(with_quiz), statistics.median(without_quiz)
    ratio = a / b
    verdict = "meets" if ratio <= BUILD_GOAL else "MISSES"
    lines = [
        "## 1. Build time",
        "",
        f"Full `mkdocs build` in a fresh process, median of {RUNS} (after one warm-up each, runs"
        " alternated). Without the quiz extension the same Markdown builds with quiz markers left as"
        " HTML comments (the quizkit plugin stays).",
        "",
        "| build | median | all runs (s) |",
        "| --- | ---: | --- |",
        f"| with quiz extension | {a:.2f} s | {', '.join(f'{t:.2f}' for t in with_quiz)} |",
        f"| without quiz extension | {b:.2f} s | {', '.join(f'{t:.2f}' for t in without_quiz)} |",
        "",
        f"**Ratio {ratio:.3f}** (goal <= {BUILD_GOAL}): {verdict} the goal.",
    ]
    return "\n".join(lines), work / "quiz-0"


# --- 2. page weight ----------------------------------------------------------------------------

KINDS = {
    ".html": "HTML",
    ".css": "CSS",
    ".js": "JS",
    ".json": "search index",
    ".svg": "images",
    ".png": "images",
    ".ico": "images",
    ".jpg": "images",
    ".webp": "images",
}


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def page_weight(browser, url: str) -> tuple[Counter, dict[str, int]]:
    """gzip bytes of every same-origin response while `url` loads (search worker included): totals
    per kind, and per site path."""
    context = browser.new_context()
    responses = []
    context.on("response", lambda response: responses.append(response))
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    origin = urlsplit(url).netloc
    weight, per_path = Counter(), {}
    for response in responses:
        parsed = urlsplit(response.url)
        if parsed.netloc != origin or response.status != 200:
            continue
        suffix = Path(parsed.path).suffix.lower() or ".html"
        try:
            size = gz(response.body())
        except Exception:  # a body Chromium no longer holds (e.g. a cancelled request) counts as 0
            continue
        weight[KINDS.get(suffix, "other")] += size
        per_path[parsed.path] = size
    context.close()
    return weight, per_path


def stock_mkdocs_quiz_site(work: Path, lesson_md: Path, quiz_name: str) -> Path | None:
    """The same lesson on stock Material + mkdocs-quiz, built in a throwaway venv; None if unavailable.
    The lesson is at lessons/NAME/ in the built site."""
    env_dir = OUT / "mkdocs-quiz-venv"
    python = env_dir / "bin" / "python"
    if not python.exists():
        venv.create(env_dir, with_pip=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        proc = subprocess.run([*pip, "-r", str(ROOT / "requirements.txt"), MKDOCS_QUIZ], capture_output=True)
        if proc.returncode != 0:
            print(proc.stderr.decode(errors="replace"), file=sys.stderr)
            return None
    project = work / "stock"
    docs = project / "docs"
    # Same place and same diagrams as ours, so the lesson's relative image links load in both.
    shutil.copytree(ROOT / "docs" / "assets" / "diagrams", docs / "assets" / "diagrams")
    (docs / "lessons").mkdir(parents=True)
    bank = yaml.safe_load((ROOT / "quizzes" / f"{quiz_name}.yml").read_text(encoding="utf-8"))
    text = lesson_md.read_text(encoding="utf-8").replace(
        f"<!-- quiz: {quiz_name} -->", mkdocs_quiz_markup(bank)
    )
    (docs / "lessons" / lesson_md.name).write_text(text, encoding="utf-8")
    ours = mkdocs_config()
    config = {
        "site_name": "Stock Material + mkdocs-quiz",
        # Stock Material with our theme settings (palette, features, no web fonts) but none of our
        # overrides, CSS or quiz kit, so what differs is the quiz implementation.
        "theme": {"name": "material", **{k: v for k, v in ours["theme"].items() if k != "custom_dir"}},
        "plugins": ["search", "mkdocs_quiz"],
        "markdown_extensions": without_quiz_extension(ours.get("markdown_extensions", [])),
    }
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    # cwd = ROOT so the snippets extension finds includes/ exactly as in our build.
    proc = subprocess.run(
        [
            str(python),
            "-c",
            BUILD_ONCE,
            str(project / "mkdocs.yml"),
            json.dumps({"site_dir": str(project / "site")}),
        ],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
    )
    if proc.returncode != 0:
        print(proc.stderr.decode(errors="replace"), file=sys.stderr)
        return None
    return project / "site"


def mkdocs_quiz_markup(bank: dict) -> str:
    """Our bank in mkdocs-quiz's syntax: prompt, `- [x]`/`- [ ]` choices, then the explanation."""
    blocks = []
    for q in bank.get("questions", []):
        if q.get("type") == "true-false":
            choices = [("True", q.get("answer") is True), ("False", q.get("answer") is False)]
        else:
            choices = [(c["text"], bool(c.get("correct"))) for c in q.get("choices", [])]
        lines = ["<quiz>", q["prompt"], *(f"- [{'x' if ok else ' '}] {text}" for text, ok in choices)]
        blocks.append("\n".join([*lines, "", q.get("explanation", ""), "</quiz>"]))
    return "<!-- mkdocs-quiz intro -->\n\n" + "\n\n".join(blocks) + "\n\n<!-- mkdocs-quiz results -->"


def weight_row(name: str, weight: Counter) -> str:
    kinds = ["HTML", "CSS", "JS", "images"]
    total = sum(weight[k] for k in kinds)
    cells = " | ".join(f"{weight[k] / 1024:.1f}" for k in kinds)
    return f"| {name} | {cells} | **{total / 1024:.1f}** | {weight['search index'] / 1024:.1f} |"


def page_weight_section(browser, site: Path, pages: dict[str, str], work: Path) -> tuple[str, dict]:
    url, server = serve_directory(site)
    rows, totals, lesson_files = [], {}, {}
    try:
        for name, rel in pages.items():
            weight, per_path = page_weight(browser, url + rel)
            totals[name] = sum(weight[k] for k in ("HTML", "CSS", "JS", "images"))
            rows.append(weight_row(name, weight))
            if name == "lesson":
                lesson_files = {Path(p).name: n for p, n in per_path.items() if "/assets/quiz/" in p}
    finally:
        server.shutdown()
    quiz_files = sorted((site / "assets" / "quiz").glob("*.*"))
    quiz_assets = sum(gz(p.read_bytes()) for p in quiz_files)
    lines = [
        "## 2. Page weight (gzip)",
        "",
        "Every same-origin response while the page loads in Chromium (search worker included),"
        " each gzipped at level 6, in KiB. The search index is the same for every page and is"
        " listed apart.",
        "",
        "| page | HTML | CSS | JS | images | total | + search index |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        *rows,
    ]
    lesson_md = ROOT / "docs" / (pages_source(pages["lesson"]))
    quiz_name = lesson_md.stem
    stock = stock_mkdocs_quiz_site(work, lesson_md, quiz_name)
    if stock is not None:
        url, server = serve_directory(stock)
        try:
            weight, _ = page_weight(browser, url + pages["lesson"])
        finally:
            server.shutdown()
        totals["stock lesson"] = sum(weight[k] for k in ("HTML", "CSS", "JS", "images"))
        lines.append(weight_row(f"same lesson, stock Material + {MKDOCS_QUIZ}", weight))
    package = OUT / "mkdocs-quiz-venv"
    theirs = sorted(package.glob("lib/python*/site-packages/mkdocs_quiz/**/*.[cj]s*"))
    theirs = [p for p in theirs if p.suffix in (".js", ".css")]
    lines += [
        "",
        f"Quiz assets alone: ours {quiz_assets / 1024:.1f} KiB gzip"
        f" ({', '.join(p.name for p in quiz_files)}), loaded only on pages with a quiz"
        + (
            f"; mkdocs-quiz's {sum(gz(p.read_bytes()) for p in theirs) / 1024:.1f} KiB gzip"
            f" ({', '.join(p.name for p in theirs)})."
            if theirs
            else "."
        ),
    ]
    lines.append(
        "The lesson loads of these: "
        + ", ".join(f"{name} {size / 1024:.1f} KiB" for name, size in sorted(lesson_files.items()))
        + "."
    )
    if "stock lesson" in totals:
        ours, stock_total = totals["lesson"], totals["stock lesson"]
        verdict = "meets" if ours < stock_total else "MISSES"
        lines.append(
            f"\n**Lesson: ours {ours / 1024:.1f} KiB vs stock + mkdocs-quiz {stock_total / 1024:.1f} KiB"
            f" ({ours / stock_total:.0%}):** {verdict} the goal (ours lighter)."
        )
    else:
        lines.append(
            f"\nThe mkdocs-quiz comparison could not be built ({MKDOCS_QUIZ} from PyPI); see stderr."
        )
    return "\n".join(lines), {"stock": stock}


def pages_source(rel: str) -> str:
    """docs-relative Markdown path for a built page path (directory URLs)."""
    rel = rel.removesuffix("index.html").rstrip("/")
    return (rel or "index") + ".md"


# --- 3. Lighthouse -----------------------------------------------------------------------------


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves text compressed, as GitHub Pages and most static hosts do: without it Lighthouse's
    simulated slow network charges every page for Material's uncompressed CSS and JS."""

    COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (gzip_ok and path.is_file() and path.suffix in self.COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve_gzipped(directory: Path):
    handler = functools.partial(_GzipHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


def lighthouse(url: str, out_json: Path) -> dict[str, int] | str:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS, "--disable-dev-shm-usage"])
    proc = subprocess.run(
        [
            "node",
            str(LIGHTHOUSE_CLI),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out_json}",
            f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}",
            f"--chrome-flags={flags}",
        ],
        env={**ENV, "CHROME_PATH": str(CHROMIUM)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0 or not out_json.exists():
        return f"failed: {(proc.stderr or proc.stdout).strip().splitlines()[-1:]}"
    categories = json.loads(out_json.read_text(encoding="utf-8"))["categories"]
    return {k: round((categories[k]["score"] or 0) * 100) for k in LIGHTHOUSE_CATEGORIES}


def lighthouse_section(site: Path, pages: dict[str, str], stock: Path | None) -> str:
    lines = [
        "## 3. Lighthouse 12.2.3 (mobile, simulated throttling)",
        "",
        "Pages served gzip-compressed, as a static host such as GitHub Pages serves them.",
        "",
        "| page | performance | accessibility | best practices | SEO |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    if not LIGHTHOUSE_CLI.exists():
        return "\n".join(
            [*lines[:2], "Lighthouse is not installed: run `npm ci --prefix bench` (`make bench` does)."]
        )
    targets = [(name, site, rel) for name, rel in pages.items()]
    if stock is not None:
        targets.append((f"same lesson, stock + {MKDOCS_QUIZ}", stock, pages["lesson"]))
    for name, directory, rel in targets:
        url, server = serve_gzipped(directory)
        try:
            scores = lighthouse(url + rel, OUT / f"lighthouse-{name.split(',')[0].replace(' ', '-')}.json")
        finally:
            server.shutdown()
        if isinstance(scores, str):
            lines.append(f"| {name} | {scores} | | | |")
        else:
            lines.append(f"| {name} | " + " | ".join(str(scores[k]) for k in LIGHTHOUSE_CATEGORIES) + " |")
    return "\n".join(lines)


# --- 4. validator ------------------------------------------------------------------------------


def validator_section() -> str:
    try:
        import bench_validator
    except ModuleNotFoundError as missing:
        if missing.name != "bench_validator":
            raise
        return "## 4. Quiz validator\n\nbench/bench_validator.py is missing: no validator figures yet."
    return "## 4. Quiz validator\n\n" + bench_validator.run().strip()


# --- the report --------------------------------------------------------------------------------


def chosen_pages(site: Path) -> dict[str, str]:
    lessons = sorted(p.parent.relative_to(site).as_posix() for p in (site / "lessons").glob("*/index.html"))
    pages = {"home": "", "lesson": f"{lessons[0]}/"}
    if (ROOT / "docs" / "practice" / "exam.md").exists():
        pages["practice exam"] = "practice/exam/"
    return pages


def main() -> int:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    chromium = subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True).stdout.strip()
    header = [
        "# Benchmark report",
        "",
        f"Made by `make bench` ({time.strftime('%Y-%m-%d %H:%M')}) on {os.cpu_count()} cores,"
        f" Python {platform.python_version()}, {chromium}. Figures vary by machine; compare runs"
        " from the same one.",
    ]
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        build_text, site = build_time_section(work)
        print(build_text, flush=True)
        pages = chosen_pages(site)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                weight_text, extra = page_weight_section(browser, site, pages, work)
            finally:
                browser.close()
        print(weight_text, flush=True)
        lighthouse_text = lighthouse_section(site, pages, extra["stock"])
    report = (
        "\n\n".join(["\n".join(header), build_text, weight_text, lighthouse_text, validator_section()]) + "\n"
    )
    REPORT.write_text(report, encoding="utf-8")
    print("\n" + report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
