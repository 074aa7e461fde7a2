"""The question pool leaves the practice pages (issue 16).

A site with several thousand generated questions, built strictly by MkDocs with the plugin: the exam,
review and progress pages stay under the size budget and hold no question text or id; the pool is in
per-bank files named by their content, listed by an index the pages name. Built without the
plugin's files (the offline copy), the pool is inlined as before.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import Files
from test_serve_downloads import _touch_later as touch_later

from conftest import ROOT, build_site
from quizkit.mkdocs import plugin as plugin_module
from quizkit.mkdocs.plugin import EXTENSION
from quizkit.pool import FOLDER

FIXTURE = ROOT / "tests" / "fixtures" / "site"
GENERATED = 3_000  # questions, in banks of PER_BANK
PER_BANK = 100
PAGE_BUDGET = 60 * 1024  # gzip bytes: each practice page, at any pool size
PRACTICE = {"exam": "practice-exam", "review": "practice-review", "progress": "practice-progress"}
HEADINGS = ("what-the-alliance-is", "three-parts", "the-evidence")
TOPICS = ("definition", "evidence", "building", "measurement", "ruptures")
MARK = "Generated prompt number"  # in every generated prompt, and nowhere else


def generated_bank(number: int) -> str:
    """Bank `number`: PER_BANK valid single-answer questions, keys in turn at each position."""
    lines = [f'title: "Generated bank {number}"', "lesson: lessons/sample.md", "questions:"]
    for i in range(PER_BANK):
        n = number * PER_BANK + i
        lines += [
            f"  - id: gen-{n:05d}",
            "    type: single",
            f"    topic: {TOPICS[n % len(TOPICS)]}",
            "    difficulty: medium",
            f'    prompt: "{MARK} {n}: which of these fits the case?"',
            "    choices:",
        ]
        for c in range(4):
            lines.append(f'      - text: "Option {c} for case {n}"')
            if c == n % 4:
                lines.append("        correct: true")
            lines.append(f'        feedback: "Feedback {c} for case {n}."')
        lines += [
            f'    explanation: "Explanation for case {n}."',
            f"    source: lessons/sample.md#{HEADINGS[n % len(HEADINGS)]}",
        ]
    return "\n".join(lines) + "\n"


def fixture_copy(folder: Path, *, generated: int = 0, plugins: str = "") -> Path:
    """A copy of the fixture site with the practice pages and `generated` extra questions; its
    mkdocs.yml, which lists `plugins` when given."""
    shutil.copytree(FIXTURE / "docs", folder / "docs")
    shutil.copytree(FIXTURE / "banks", folder / "banks")
    shutil.copy(FIXTURE / "course.yml", folder / "course.yml")
    for kind, name in PRACTICE.items():
        (folder / "docs" / f"{name}.md").write_text(f"# Practice {kind}\n\n<!-- practice: {kind} -->\n")
    for number in range(generated // PER_BANK):
        (folder / "banks" / f"gen-{number:03d}.yml").write_text(generated_bank(number), encoding="utf-8")
    (folder / "mkdocs.yml").write_text(
        f"INHERIT: {FIXTURE / 'mkdocs.yml'}\ndocs_dir: docs\ntheme:\n  custom_dir: {ROOT / 'overrides'}\n"
        + (f"plugins:\n{plugins}" if plugins else ""),
        encoding="utf-8",
    )
    return folder / "mkdocs.yml"


@pytest.fixture(scope="module")
def big_site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pool-big")
    build = build_site(folder / "site", "-f", str(fixture_copy(folder, generated=GENERATED)))
    assert build.returncode == 0, build.log
    return build.site


def page(site: Path, kind: str) -> str:
    return (site / PRACTICE[kind] / "index.html").read_text(encoding="utf-8")


def island(html: str) -> dict:
    found = re.search(r'<template class="ta-practice__data"[^>]*>(.*?)</template>', html, re.S)
    return json.loads(found.group(1))


@pytest.mark.parametrize("kind", PRACTICE)
def test_the_page_stays_small_and_holds_no_question(big_site, kind):
    html = page(big_site, kind)
    size = len(gzip.compress(html.encode("utf-8"), 9))
    assert size <= PAGE_BUDGET, f"{kind}: {size} bytes gzipped with {GENERATED} questions"
    # No question's text, nor its id (the progress page used to list every id, by lesson).
    assert MARK not in html and "Option 0 for case" not in html and not re.search(r"gen-\d{5}", html)
    assert 'class="ta-practice__pool"' not in html and 'class="ta-q"' not in html
    data = island(html)
    assert data["total"] == GENERATED + 4 + 2  # the fixture's own banks hold 6


def test_the_pages_name_the_index_and_the_index_every_question_and_its_banks_file(big_site):
    data = island(page(big_site, "exam"))
    index_file = (big_site / PRACTICE["exam"] / data["pool"]).resolve()
    assert index_file.parent == (big_site / FOLDER).resolve() and index_file.suffix == ".json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    for kind in ("review", "progress"):
        assert island(page(big_site, kind))["pool"] == data["pool"]  # one pool for every page
    ids = [q[0] for bank in index["banks"] for q in bank["questions"]]
    assert len(ids) == len(set(ids)) == data["total"]
    bank = next(b for b in index["banks"] if b["name"] == "gen-007")
    assert re.fullmatch(r"banks/gen-007\.[0-9a-f]{12}\.json", bank["file"])
    data = json.loads((index_file.parent / bank["file"]).read_text(encoding="utf-8"))
    assert data["bank"] == "gen-007"
    html = data["html"]
    assert html.count('<fieldset class="ta-q"') == PER_BANK
    assert f"{MARK} 700:" in html and f"{MARK} 799:" in html and f"{MARK} 800:" not in html
    for qid, lesson, topic in bank["questions"]:
        fieldset = re.search(rf'<fieldset class="ta-q" id="p-{qid}"[^>]*>', html).group(0)
        assert f'data-lesson="{index["lessons"][lesson]}"' in fieldset
        assert f'data-topic="{index["topics"][topic]}"' in fieldset
    # Links in a bank file are relative to it (pool.js resolves them against the file's address).
    assert 'href="../../../../lessons/sample/#three-parts"' in html


def test_files_are_named_by_their_content(big_site):
    files = [p for p in (big_site / FOLDER).rglob("*") if p.is_file()]
    assert len(files) == 1 + GENERATED // PER_BANK + 2  # the index, and the fixture's own 2 banks
    for path in files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        assert path.name.split(".")[-2] == digest, path.name


def test_the_offline_copy_inlines_the_pool(tmp_path):
    config = fixture_copy(tmp_path, plugins="  - search\n  - offline\n  - quizkit\n")
    build = build_site(tmp_path / "site", "-f", str(config))
    assert build.returncode == 0, build.log
    for name in PRACTICE.values():
        # The offline plugin turns directory URLs off: file:// shows no folder's index.html.
        html = (tmp_path / "site" / f"{name}.html").read_text(encoding="utf-8")
        assert 'class="ta-practice__pool"' in html and html.count('<fieldset class="ta-q"') == 6, name
        assert "pool" not in island(html) and island(html)["total"] == 6
    assert not (tmp_path / "site" / FOLDER).exists()


def test_serve_writes_the_pool_again_only_when_a_bank_changes(tmp_path, monkeypatch):
    config_file = fixture_copy(tmp_path)
    made = []
    pool_files = plugin_module.pool_files

    def counting(*args, **kwargs):
        made.append(1)
        return pool_files(*args, **kwargs)

    monkeypatch.setattr(plugin_module, "pool_files", counting)
    config = load_config(str(config_file))
    config.plugins.on_startup(command="serve", dirty=False)

    def rebuild() -> dict[str, bytes]:
        config.mdx_configs[EXTENSION].pop("pool", None)  # each rebuild reads mkdocs.yml again
        files = config.plugins.on_files(Files([]), config=config)
        pool = {f.src_uri: f.content_bytes for f in files if f.src_uri.startswith(FOLDER)}
        assert config.mdx_configs[EXTENSION]["pool"] in pool  # the pages name the index served
        return pool

    first = rebuild()
    names = sorted(Path(uri).name.split(".")[0] for uri in first)
    assert names == ["hostile", "index", "sample"] and len(made) == 1
    assert rebuild() == first and len(made) == 1  # a save with nothing changed

    lesson = tmp_path / "docs" / "lessons" / "sample.md"
    touch_later(lesson, lesson.read_text(encoding="utf-8") + "\nOne more sentence.\n")
    assert rebuild() == first and len(made) == 1  # a lesson edit

    bank = tmp_path / "banks" / "sample.yml"
    text = bank.read_text(encoding="utf-8")
    prompt = next(line for line in text.splitlines() if "prompt:" in line)
    touch_later(bank, text.replace(prompt, prompt.rstrip() + " Edited", 1))
    second = rebuild()
    assert len(made) == 2  # a bank edit writes the pool again, under new names where it changed
    changed = {uri.split("/")[-1].split(".")[0] for uri in set(second) - set(first)}
    assert changed == {"sample", "index"}
    sample = next(content for uri, content in second.items() if "/sample." in uri)
    assert b"Edited" in sample
