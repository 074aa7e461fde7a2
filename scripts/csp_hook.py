"""MkDocs hook: give every built page a Content-Security-Policy <meta> tag.

Scripts may come only from the site itself; the few inline scripts Material writes into each page
(and any the page's own hooks add) are allowed by their sha256 hash, computed here from the final
HTML, so a changed or injected inline script is refused by the browser.
"""

from __future__ import annotations

import base64
import hashlib
import re

from mkdocs.plugins import event_priority

# Everything else falls back to default-src 'self': fonts, the search worker, fetches, frames.
BASE_POLICY = [
    "default-src 'self'",
    # Material's stylesheet draws its icons as data: SVGs (CSS mask-image); diagrams are files.
    "img-src 'self' data:",
    # 'unsafe-inline' for styles only: Python-Markdown's tables write style="text-align: ..." for
    # aligned columns, and Material's JS positions tooltips and sets CSS custom properties through
    # style attributes. Inline styles cannot run code, so scripts stay locked to 'self' + hashes.
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
]

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_SRC_OR_TYPE = re.compile(r"""\b(src|type)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
# Types the browser runs; anything else (application/json, text/template...) is data and needs no hash.
_EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}
_HEAD_ANCHOR = re.compile(r"<meta charset=[^>]*>|<head[^>]*>", re.IGNORECASE)


def inline_script_hashes(html: str) -> list[str]:
    """The CSP source expressions ('sha256-...') of every inline script the browser would run."""
    hashes = set()
    for attributes, body in _SCRIPT.findall(html):
        attrs = {m[0].lower(): (m[1] or m[2] or m[3]) for m in _SRC_OR_TYPE.findall(attributes)}
        if "src" in attrs or attrs.get("type", "").strip().lower() not in _EXECUTABLE_TYPES:
            continue
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        hashes.add(f"'sha256-{base64.b64encode(digest).decode('ascii')}'")
    return sorted(hashes)


def content_security_policy(html: str) -> str:
    """The policy for one page: the base policy plus script-src 'self' and its inline-script hashes."""
    script_src = " ".join(["script-src 'self'", *inline_script_hashes(html)])
    return "; ".join([BASE_POLICY[0], script_src, *BASE_POLICY[1:]])


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
