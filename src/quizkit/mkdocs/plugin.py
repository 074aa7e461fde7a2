"""MkDocs plugin `quizkit`: what the course's site needs beyond the Markdown extension.

- Bank errors stop `mkdocs build` before any page, with the validator's `file:line` lines; a
  marker mistake stops it naming the page and line (never a traceback).
- `mkdocs serve` keeps serving when a bank breaks: the extension shows the errors in the page
  (`errors: show`), and links to the downloads that cannot be built are not held against it.
- Downloads: every bank as GIFT, QTI, Anki and CSV under downloads/, made again only when a
  bank, the course file, the references page or the export options changed (a `mkdocs serve`
  save of a lesson reuses them).
- The practice pages' question pool as files (quizkit.pool: per bank, names
  hashed by content) that the browser fetches when it needs them, so no page carries the
  pool; written again only when the questions changed, as the downloads are. The offline copy
  (file:// cannot fetch) and generators without the plugin keep the pool inlined in the pages.
- A Content-Security-Policy meta on every page (csp.py); keyboard focus for glossary
  abbreviations (glossary.py); each glossary term its own search entry (search.py); minified quiz
  JS/CSS in built sites (not under serve); the offline copy's file:// search shim from the site,
  not a CDN; serve watches the banks.

Each extra degrades cleanly: a generator without MkDocs plugins (Zensical) gets working quizzes
and practice pages, and none of these (README.md, "Zensical").
"""

from __future__ import annotations

import logging
from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File

from ..banks import BankErrors, checked_banks, content_stamp, require_clean
from ..config import Course, CourseError, course_path, load_course
from ..export import FORMATS, ExportedFile, ExportOptions, export_banks, exporter
from ..i18n import words
from ..markdown.markers import MarkerError, find_markers, unknown_quiz
from ..markdown.page import theme_language
from ..pool import PoolFiles, pool_files
from .csp import add_csp_meta
from .glossary import focusable_abbreviations
from .search import add_term_entries, term_entries

log = logging.getLogger("mkdocs.plugins.quizkit")

EXTENSION = "quizkit.markdown"
MINIFIERS = {".js": rjsmin.jsmin, ".css": rcssmin.cssmin}
# Vendored from npm iframe-worker 1.0.4 (MIT); copied into the site as a theme asset.
OFFLINE_SHIM = "assets/javascripts/iframe-worker-shim.js"


class QuizkitPlugin(BasePlugin):
    def __init__(self) -> None:
        self.command = "build"
        # (content stamp, export options) -> the downloads made from them (see on_files).
        self._exports: tuple[tuple, list[ExportedFile]] | None = None
        # (content stamp, language, directory URLs) -> the pool files (see on_files).
        self._pool: tuple[tuple, PoolFiles] | None = None
        # Page URL -> its glossary terms' search entries, gathered during a build (search.py).
        self._terms: dict[str, list[dict]] = {}

    # Defining on_startup also keeps this instance across `mkdocs serve` rebuilds.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command

    def course(self, config) -> Course | None:
        """The course file the Markdown extension reads: one configuration for both."""
        if EXTENSION not in config.markdown_extensions:
            return None
        settings = config.mdx_configs.get(EXTENSION) or {}
        folder = Path(config.config_file_path).parent if config.config_file_path else None
        try:
            return load_course(course_path(settings.get("course", "course.yml"), folder))
        except CourseError as error:
            raise PluginError(str(error)) from None

    # Above the default priority: the offline plugin reads the polyfills in its own on_config.
    @event_priority(100)
    def on_config(self, config):
        offline = config.plugins.get("material/offline") or config.plugins.get("offline")
        if offline is not None and offline.config.enabled:
            config.extra["polyfills"] = [*config.extra.get("polyfills", []), OFFLINE_SHIM]
        course = self.course(config)
        if self.command == "serve" and course is not None:
            config.mdx_configs.setdefault(EXTENSION, {})["errors"] = "show"
            if checked_banks(course).errors:
                # The downloads cannot be built; their links must not stop the strict rebuild.
                config.validation.links.not_found = logging.INFO
        return config

    def on_pre_build(self, *, config) -> None:
        self._terms = {}
        course = self.course(config)
        if course is None:
            return
        result = checked_banks(course)
        if result.errors and self.command == "serve":
            # INFO, not ERROR: a strict serve would count an error and stop rebuilding.
            log.info("%s\nThe pages show these errors where their quizzes would be.", BankErrors(result))
            return
        try:
            require_clean(result)
        except BankErrors as error:
            raise PluginError(str(error)) from None
        log.info("Quiz banks: %s (`make validate` lists the warnings).", result.summary())

    def on_serve(self, server, *, config, builder):
        course = self.course(config)
        if course is not None:
            server.watch(str(course.quizzes_dir))  # an edited bank rebuilds the site
            if course.path:
                server.watch(str(course.path))
        return server

    def on_files(self, files, *, config):
        course = self.course(config)
        result = checked_banks(course) if course else None
        if not result or not result.quizzes or result.errors:
            return files
        options = ExportOptions(
            course=config.site_name,
            site_url=config.site_url or None,
            use_directory_urls=config.use_directory_urls,
        )
        key = (content_stamp(course), options)
        if self._exports is None or self._exports[0] != key:
            exporters = [exporter(name) for name in FORMATS]
            self._exports = (key, export_banks(result.quizzes, exporters, options, always_combined=True))
        for exported in self._exports[1]:
            files.append(File.generated(config, f"downloads/{exported.name}", content=exported.content))
        if not _offline(config):
            self.add_pool(files, config, course, result.quizzes)
        return files

    def add_pool(self, files, config, course: Course, quizzes) -> None:
        """The pool files into the site, and their index's path to the extension, which then
        names it in the practice pages instead of inlining every question."""
        language = theme_language(config.theme)
        key = (content_stamp(course), language, config.use_directory_urls)
        if self._pool is None or self._pool[0] != key:
            self._pool = (key, pool_files(quizzes, words(language), config.use_directory_urls))
        pool = self._pool[1]
        for path, content in pool.files.items():
            files.append(File.generated(config, path, content=content))
        config.mdx_configs.setdefault(EXTENSION, {})["pool"] = pool.index

    def on_page_markdown(self, markdown, *, page, config, files):
        # The extension checks markers too, but only here can a mistake stop MkDocs without a
        # traceback; the page's file is read whole so the line numbers count its front matter.
        course = self.course(config)
        if course is None or self.command == "serve":
            return markdown
        where = f"{Path(config.docs_dir).name}/{page.file.src_uri}"
        try:
            markers = find_markers(page.file.content_string, where)
        except MarkerError as error:
            raise PluginError(str(error)) from None
        banks = {quiz.name for quiz in checked_banks(course).quizzes}
        for marker in markers:
            if marker.kind == "quiz" and marker.name not in banks:
                raise PluginError(str(unknown_quiz(where, marker, banks)))
        return markdown

    def on_page_content(self, html, *, page, config, files):
        html = focusable_abbreviations(html)
        search = page.meta.get("search") or {}
        if _search_enabled(config) and not search.get("exclude"):
            html, self._terms[page.url] = term_entries(html)
        return html

    # Lowest priority: after every other plugin that might still add an inline script.
    @event_priority(-100)
    def on_post_page(self, output, *, page, config):
        if _offline(config):
            return output
        return add_csp_meta(output, page.content or "")

    @event_priority(-100)
    def on_post_template(self, output_content, *, template_name, config):
        # Static templates: 404.html is a full page with the same inline scripts; sitemap.xml is not.
        if _offline(config) or not template_name.endswith(".html"):
            return output_content
        return add_csp_meta(output_content)

    # After Material's search writes its index (priority 0), before the offline plugin inlines it
    # into the offline copy (-100).
    @event_priority(-50)
    def on_post_build(self, *, config) -> None:
        if _search_enabled(config):
            add_term_entries(Path(config["site_dir"]) / "search" / "search_index.json", self._terms)
        # Readers get minified copies; docs/assets/quiz/ keeps the readable source, and
        # `mkdocs serve` serves it as is, so a developer debugging in the browser sees the source.
        if self.command == "serve":
            return
        for path in sorted((Path(config["site_dir"]) / "assets" / "quiz").glob("*")):
            minify = MINIFIERS.get(path.suffix)
            if minify is not None:
                path.write_text(minify(path.read_text(encoding="utf-8")), encoding="utf-8")


def _search_enabled(config) -> bool:
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    return bool(plugin and getattr(plugin, "config", {}).get("enabled", True))


def _offline(config) -> bool:
    # The offline copy runs from file://, where Material's search needs the iframe-worker shim: it
    # writes an inline script, containing the worker's absolute file:// path, into an iframe that
    # inherits this policy, so no fixed hash can allow it. The offline copy therefore ships without
    # CSP; it makes no network requests of its own and is opened from the reader's own disk.
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)
