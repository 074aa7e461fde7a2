"""The anchors a docs page really has, computed the way the site computes them.

The page is rendered with the Markdown extensions and settings in the project's mkdocs.yml
(MkDocs adds `toc`, `tables` and `fenced_code` itself; the quiz extension is left out, as quizzes
add no heading a `source` may name), so a renamed heading, a custom
`{#id}` or a different slugify setting changes the anchors here exactly as on the site.
Results are cached per page and dropped when the page or mkdocs.yml changes.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import markdown

from .config import read_site_config

_MKDOCS_BUILTINS = ["toc", "tables", "fenced_code"]
_ID_ATTRIBUTE = re.compile(r"""\sid=["']([^"']+)["']""")

_settings_cache: dict[Path, tuple[float, list[str], dict[str, dict]]] = {}
_anchor_cache: dict[Path, tuple[tuple[int, int], frozenset[str]]] = {}


def page_anchors(page: Path, project_root: Path) -> frozenset[str]:
    """Every id on `page` once rendered: heading slugs, `{#id}` and attr_list ids, raw HTML ids.

    Raises OSError if the page cannot be read, and whatever Markdown raises for a broken page.
    """
    page = page.resolve()
    stat = page.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    extensions, configs = markdown_settings(project_root)
    cached = _anchor_cache.get(page)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    md = markdown.Markdown(extensions=extensions, extension_configs=copy.deepcopy(configs))
    html = md.convert(page.read_text(encoding="utf-8-sig"))
    anchors = set(_ID_ATTRIBUTE.findall(html))
    _collect_toc(getattr(md, "toc_tokens", []), anchors)
    result = frozenset(anchors)
    _anchor_cache[page] = (stamp, result)
    return result


def markdown_settings(project_root: Path) -> tuple[list[str], dict[str, dict]]:
    """The site's Markdown extensions and their configs, from `<project_root>/mkdocs.yml`."""
    config_file = (project_root / "mkdocs.yml").resolve()
    try:
        mtime = config_file.stat().st_mtime
    except OSError:
        return ["toc", "tables", "fenced_code", "attr_list"], {}
    cached = _settings_cache.get(config_file)
    if cached is not None and cached[0] == mtime:
        return cached[1], cached[2]
    config = read_site_config(config_file)
    extensions, configs = _normalise(config.get("markdown_extensions") or [], project_root)
    # As MkDocs does: its built-ins first, then the site's own, each once.
    extensions = list(dict.fromkeys(_MKDOCS_BUILTINS + extensions))
    _anchor_cache.clear()  # new settings can change every page's anchors
    _settings_cache[config_file] = (mtime, extensions, configs)
    return extensions, configs


def _normalise(entries: list[Any], project_root: Path) -> tuple[list[str], dict[str, dict]]:
    extensions: list[str] = []
    configs: dict[str, dict] = {}
    for entry in entries:
        for name, config in entry.items() if isinstance(entry, dict) else [(str(entry), None)]:
            if name.split(".")[0] == "quizkit":  # rendering quizzes would check the banks again
                continue
            extensions.append(name)
            if config is not None:
                configs[name] = dict(config or {})
    if "pymdownx.snippets" in extensions:
        # Appended snippets (abbreviations, links) add no anchors; paths resolve from the project
        # root whatever the working directory, and a missing snippet is the site build's to report.
        snippets = configs.setdefault("pymdownx.snippets", {})
        snippets.pop("auto_append", None)
        snippets["base_path"] = [str(project_root)]
        snippets["check_paths"] = False
    return extensions, configs


def _collect_toc(tokens: list[dict], into: set[str]) -> None:
    for token in tokens:
        into.add(token["id"])
        _collect_toc(token.get("children", []), into)
