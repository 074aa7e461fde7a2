"""What the extension knows about the page being converted, from whichever generator runs it.

Python-Markdown gives an extension no page; both generators leave one where it can be found:
MkDocs registers its link rewriter (treeprocessor `relpath`, holding the page's file and the
site config), Zensical a context preprocessor (holding the page and the config). Outside either
(plain Python-Markdown) the page is unknown and links stay docs-relative.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markdown import Markdown


@dataclass(frozen=True)
class PageInfo:
    src_path: str | None  # docs-relative, e.g. "lessons/01-x.md"
    use_directory_urls: bool = True
    config_dir: Path | None = None  # the folder of the site's config file (mkdocs.yml)
    site_name: str = ""
    language: str | None = None  # the theme's interface language (`theme.language`)
    nav: list | None = None  # the config's `nav:` as written (None: the generator orders pages itself)


def theme_language(theme) -> str | None:
    """`theme.language` of a MkDocs config's theme (None when the theme sets none)."""
    return theme.get("language") if theme is not None and hasattr(theme, "get") else None


def page_info(md: Markdown) -> PageInfo:
    if "relpath" in md.treeprocessors:  # MkDocs
        relpath = md.treeprocessors["relpath"]
        config = relpath.config
        folder = Path(config.config_file_path).parent if config.config_file_path else None
        language = theme_language(config.theme)
        directory_urls = bool(config.use_directory_urls)
        nav = config.nav
        return PageInfo(relpath.file.src_uri, directory_urls, folder, config.site_name, language, nav)
    for processor in md.preprocessors:  # Zensical
        if type(processor).__name__ == "ContextPreprocessor":
            config = processor.config or {}
            folder = Path(config["root_dir"]) if config.get("root_dir") else None
            directory_urls = bool(config.get("use_directory_urls", True))
            language = (config.get("theme") or {}).get("language")
            name = config.get("site_name") or ""
            nav = config.get("nav")
            return PageInfo(processor.page.path, directory_urls, folder, name, language, nav)
    return PageInfo(None)
