"""`mkdocs serve` makes the downloads again only when the questions changed (issue 16).

Every save rebuilds the site; the GIFT, QTI, Anki and CSV files depend only on the banks, the course
file, the references page and the export options, so a lesson edit must reuse them.
"""

from __future__ import annotations

import os
import shutil

from mkdocs.config import load_config
from mkdocs.structure.files import Files
from test_quiz_markers import FIXTURE

from conftest import ROOT
from quizkit.mkdocs import plugin as plugin_module


def _fixture_copy(folder):
    shutil.copytree(FIXTURE / "docs", folder / "docs")
    shutil.copytree(FIXTURE / "banks", folder / "banks")
    shutil.copy(FIXTURE / "course.yml", folder / "course.yml")
    (folder / "mkdocs.yml").write_text(
        f"INHERIT: {FIXTURE / 'mkdocs.yml'}\ndocs_dir: docs\ntheme:\n  custom_dir: {ROOT / 'overrides'}\n",
        encoding="utf-8",
    )


def _touch_later(path, text):
    """Write `text` and move the file's time on, as a save a moment later would."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


def test_serve_reuses_downloads_until_a_bank_changes(tmp_path, monkeypatch):
    _fixture_copy(tmp_path)
    made = []
    export_banks = plugin_module.export_banks

    def counting(*args, **kwargs):
        made.append(1)
        return export_banks(*args, **kwargs)

    monkeypatch.setattr(plugin_module, "export_banks", counting)
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)

    def rebuild() -> dict[str, bytes]:
        files = config.plugins.on_files(Files([]), config=config)
        return {file.src_uri: file.content_bytes for file in files}

    first = rebuild()
    assert "downloads/all-quizzes.gift" in first and len(made) == 1
    assert rebuild() == first and len(made) == 1  # a save with nothing changed

    lesson = tmp_path / "docs" / "lessons" / "sample.md"
    _touch_later(lesson, lesson.read_text(encoding="utf-8") + "\nOne more sentence.\n")
    assert rebuild() == first and len(made) == 1  # a lesson edit

    bank = tmp_path / "banks" / "sample.yml"
    text = bank.read_text(encoding="utf-8")
    prompt = next(line for line in text.splitlines() if "prompt:" in line)
    _touch_later(bank, text.replace(prompt, prompt.rstrip() + " Edited", 1))
    second = rebuild()
    assert len(made) == 2  # a bank edit makes them again
    assert b"Edited" in second["downloads/all-quizzes.gift"]
