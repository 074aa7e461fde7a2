"""Take the questions elsewhere: GIFT (Moodle), QTI 2.1 (Canvas, Moodle...), Anki and CSV.

Every exporter reads checked `Quiz` objects (never the YAML) and returns `ExportedFile`s in
memory, so the CLI writes them to a folder and the MkDocs hook hands them to the build.
"""

from __future__ import annotations

from .common import ALL_BANKS, ExportedFile, ExportOptions, export_banks
from .formats import FORMATS, exporter

__all__ = ["ALL_BANKS", "FORMATS", "ExportOptions", "ExportedFile", "export_banks", "exporter"]
