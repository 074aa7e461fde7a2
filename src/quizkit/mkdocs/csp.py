"""A Content-Security-Policy <meta> tag for every built page (used by the MkDocs plugin).

Scripts may come only from the site itself. The inline scripts the theme's templates write into
each page are allowed by their sha256 hash, computed from the final HTML with the page's own
content left out: an inline script that came from a page's Markdown (an author's slip, or
injected text) gets no hash, so the browser refuses to run it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import unescape

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


def content_security_policy(html: str, content: str = "") -> str:
    """The policy for one page: the base policy plus script-src and style-src with its inline hashes.

    `content` is the page's body as its Markdown rendered it; scripts in it are not allowed.
    """
    template_part = html.replace(content, "") if content else html
    script_src = " ".join(["script-src 'self'", *inline_script_hashes(template_part)])
    style_src = " ".join(["style-src 'self'", *inline_style_sources(html)])
    return "; ".join([BASE_POLICY[0], script_src, style_src, *BASE_POLICY[1:]])


def add_csp_meta(html: str, content: str = "") -> str:
    """Insert the CSP meta right after <meta charset> so it governs every script that follows."""
    anchor = _HEAD_ANCHOR.search(html)
    if anchor is None:
        return html
    policy = content_security_policy(html, content)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    return html[: anchor.end()] + "\n    " + meta + html[anchor.end() :]
