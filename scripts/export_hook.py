"""MkDocs hook: offer every quiz bank for download (GIFT, QTI, Anki, CSV), fresh each build.

The files are exported in memory and added to the build's files as `downloads/NAME`, so they
land in site/downloads/ and a page may link to them (`../downloads/all-quizzes.gift`) with
the link checked like any other: a typo in a download's name fails `mkdocs build --strict`.
(Writing them in `on_post_build` instead would leave those links unverifiable.)
Costs nothing when quizzes/ holds no bank.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

SCRIPTS = Path(__file__).resolve().parent
QUIZ_SUFFIXES = (".yml", ".yaml")


def on_files(files, config):
    root = Path(config.config_file_path).resolve().parent
    banks = sorted(p for p in (root / "quizzes").glob("*") if p.suffix in QUIZ_SUFFIXES)
    if not banks:
        return files
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    from quizkit.export import FORMATS, ExportOptions, export_banks, exporter
    from quizkit.validate import load_and_check

    result = load_and_check(banks, docs_dir=config.docs_dir, project_root=root)
    if result.errors:
        lines = "\n".join(problem.format_text() for problem in result.errors)
        raise PluginError(f"quiz banks have errors, so they cannot be offered for download:\n{lines}")
    options = ExportOptions(
        course=config.site_name,
        site_url=config.site_url or None,
        use_directory_urls=config.use_directory_urls,
    )
    exporters = [exporter(name) for name in FORMATS]
    for exported in export_banks(result.quizzes, exporters, options, always_combined=True):
        files.append(File.generated(config, f"downloads/{exported.name}", content=exported.content))
    return files
