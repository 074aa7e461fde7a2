"""What the extension knows about the page being converted, from whichever generator runs it.

Python-Markdown gives an extension no page; both generators leave one where it can be found:
MkDocs registers its link rewriter (treeprocessor `relpath`, holding the page's file and the
site config), Zensical a context preprocessor (holding the page and the config). Outside either
(plain Python-Markdown) the page is unknown and links stay docs-relative.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown import Markdown


@dataclass(frozen=True)
class PageInfo:
    src_path: str | None  # docs-relative, e.g. "lessons/01-x.md"
    use_directory_urls: bool = True


def page_info(md: Markdown) -> PageInfo:
    if "relpath" in md.treeprocessors:  # MkDocs
        relpath = md.treeprocessors["relpath"]
        return PageInfo(relpath.file.src_uri, bool(relpath.config.use_directory_urls))
    for processor in md.preprocessors:  # Zensical
        if type(processor).__name__ == "ContextPreprocessor":
            config = processor.config or {}
            return PageInfo(processor.page.path, bool(config.get("use_directory_urls", True)))
    return PageInfo(None)
