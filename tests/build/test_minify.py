"""Readers get minified quiz assets that still parse; the readable sources stay in docs/."""

import shutil
import subprocess
from pathlib import Path

import pytest

SOURCES = Path(__file__).resolve().parents[2] / "docs" / "assets" / "quiz"
ASSETS = sorted(p.name for p in SOURCES.glob("*") if p.suffix in (".js", ".css"))


@pytest.mark.parametrize("name", ASSETS)
def test_built_quiz_asset_is_minified(site_dir, name):
    built = (site_dir / "assets" / "quiz" / name).read_text(encoding="utf-8")
    source = (SOURCES / name).read_text(encoding="utf-8")
    assert len(built) < 0.9 * len(source)


@pytest.mark.skipif(shutil.which("node") is None, reason="node checks the minified syntax")
@pytest.mark.parametrize("name", [n for n in ASSETS if n.endswith(".js")])
def test_minified_script_is_still_valid_javascript(site_dir, name):
    built = site_dir / "assets" / "quiz" / name
    result = subprocess.run(["node", "--check", str(built)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
