"""MkDocs hook: give every built page a Content-Security-Policy <meta> tag.

Scripts may come only from the site itself; the few inline scripts Material writes into each page
(and any the page's own hooks add) are allowed by their sha256 hash, computed here from the final
HTML, so a changed or injected inline script is refused by the browser.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import unescape

from mkdocs.plugins import event_priority

# Everything else falls back to default-src 'self': fonts, the search worker, fetches, frames.
BASE_POLICY = [
    "default-src 'self'",
    # Material's stylesheet draws its icons as data: SVGs (CSS mask-image); diagrams are files.
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
]

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_SRC_OR_TYPE = re.compile(r"""(?:^|\s)(src|type)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
# Types the browser runs; anything else (application/json, text/template...) is data and needs no hash.
_EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_STYLE_ATTRIBUTE = re.compile(r"""\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_HEAD_ANCHOR = re.compile(r"<meta charset=[^>]*>|<head[^>]*>", re.IGNORECASE)


def _sha256_source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_script_hashes(html: str) -> list[str]:
    """The CSP source expressions ('sha256-...') of every inline script the browser would run."""
    hashes = set()
    for attributes, body in _SCRIPT.findall(html):
        attrs = {m[0].lower(): (m[1] or m[2] or m[3]) for m in _SRC_OR_TYPE.findall(attributes)}
        if "src" in attrs or attrs.get("type", "").strip().lower() not in _EXECUTABLE_TYPES:
            continue
        hashes.add(_sha256_source(body))
    return sorted(hashes)


def inline_style_sources(html: str) -> list[str]:
    """style-src additions for styles written into the HTML: <style> bodies and style="" attributes.

    Material itself writes none (its JS sets styles through the CSSOM, which CSP allows), but
    Python-Markdown's aligned table columns do (style="text-align: ..."). Hashing them, rather
    than allowing 'unsafe-inline', keeps injected styles out; attribute hashes need 'unsafe-hashes'.
    """
    hashes = {_sha256_source(body) for body in _STYLE.findall(html)}
    attributes = {unescape(m[0] or m[1]) for m in _STYLE_ATTRIBUTE.findall(html)}
    hashes |= {_sha256_source(value) for value in attributes}
    return (["'unsafe-hashes'"] if attributes else []) + sorted(hashes)


def content_security_policy(html: str) -> str:
    """The policy for one page: the base policy plus script-src and style-src with its inline hashes."""
    script_src = " ".join(["script-src 'self'", *inline_script_hashes(html)])
    style_src = " ".join(["style-src 'self'", *inline_style_sources(html)])
    return "; ".join([BASE_POLICY[0], script_src, style_src, *BASE_POLICY[1:]])


def add_csp_meta(html: str) -> str:
    """Insert the CSP meta right after <meta charset> so it governs every script that follows."""
    anchor = _HEAD_ANCHOR.search(html)
    if anchor is None:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(html)}">'
    return html[: anchor.end()] + "\n    " + meta + html[anchor.end() :]


def _offline_build(config) -> bool:
    # The offline copy runs from file://, where Material's search needs the iframe-worker shim: it
    # writes an inline script, containing the worker's absolute file:// path, into an iframe that
    # inherits this policy, so no fixed hash can allow it. The offline copy therefore ships without
    # CSP; it makes no network requests of its own and is opened from the reader's own disk.
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


# Lowest priority: run after every other hook or plugin that might still add an inline script.
@event_priority(-100)
def on_post_page(output: str, page, config) -> str:
    if _offline_build(config):
        return output
    return add_csp_meta(output)


@event_priority(-100)
def on_post_template(output_content: str, template_name: str, config) -> str:
    # Static templates: 404.html is a full page with the same inline scripts; sitemap.xml is not.
    if _offline_build(config) or not template_name.endswith(".html"):
        return output_content
    return add_csp_meta(output_content)
