"""Serve readers minified copies of the quiz's own JavaScript and CSS.

The files under docs/assets/quiz/ stay readable, with their comments, because that is what
people who fork the course read and edit. Built sites get copies minified with rjsmin and
rcssmin, which keeps a lesson page with its quiz lighter than a stock Material page with
mkdocs-quiz. `mkdocs serve` skips this, so a developer debugging in the browser sees the source.
"""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

MINIFIERS = {".js": rjsmin.jsmin, ".css": rcssmin.cssmin}
_command = "build"


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_post_build(config) -> None:
    if _command == "serve":
        return
    for path in sorted((Path(config["site_dir"]) / "assets" / "quiz").glob("*")):
        minify = MINIFIERS.get(path.suffix)
        if minify is not None:
            path.write_text(minify(path.read_text(encoding="utf-8")), encoding="utf-8")
