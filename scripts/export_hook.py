"""MkDocs hook: offer every quiz bank for download (GIFT, QTI, Anki, CSV), fresh each build.

The files are exported in memory and added to the build's files as `downloads/NAME`, so they
land in site/downloads/ and a page may link to them (`../downloads/all-quizzes.gift`) with
the link checked like any other: a typo in a download's name fails `mkdocs build --strict`.
(Writing them in `on_post_build` instead would leave those links unverifiable.)
Costs nothing when quizzes/ holds no bank.
"""

from __future__ import annotations

from mkdocs.structure.files import File

from quizkit.export import FORMATS, ExportOptions, export_banks, exporter
from site_banks import checked_banks  # MkDocs puts a hook's folder on sys.path while loading it


def on_files(files, config):

    quizzes = checked_banks(config).quizzes  # the same checked banks the quiz hook renders
    if not quizzes:
        return files
    options = ExportOptions(
        course=config.site_name,
        site_url=config.site_url or None,
        use_directory_urls=config.use_directory_urls,
    )
    exporters = [exporter(name) for name in FORMATS]
    for exported in export_banks(quizzes, exporters, options, always_combined=True):
        files.append(File.generated(config, f"downloads/{exported.name}", content=exported.content))
    return files
