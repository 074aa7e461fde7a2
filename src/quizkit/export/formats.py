"""The export formats by name: what `--to` accepts and what the site offers for download."""

from __future__ import annotations

import importlib

from .common import Exporter

# Format name -> (module, function). Modules load on first use, so lxml and genanki are
# imported only when their format is asked for.
_EXPORTERS = {
    "gift": ("gift", "export_gift"),
    "qti": ("qti", "export_qti"),
    "anki": ("anki", "export_anki"),
    "csv": ("spreadsheet", "export_csv"),
}
FORMATS: tuple[str, ...] = tuple(_EXPORTERS)


def exporter(name: str) -> Exporter:
    """The function that writes format `name` (one of FORMATS)."""
    module, function = _EXPORTERS[name]
    return getattr(importlib.import_module(f".{module}", __package__), function)
