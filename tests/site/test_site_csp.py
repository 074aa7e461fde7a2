"""Every built page carries a Content-Security-Policy <meta> (scripts from the site itself only,
Material's inline scripts allowed by hash), placed before any script so it governs them all; and a
browser really enforces it. That no page breaks it is checked by the no-console-error test in
test_site_in_browser.py, since Chromium logs every CSP violation as a console error.
"""

from __future__ import annotations

import base64
import hashlib
from html.parser import HTMLParser

import pytest
from site_pages import built_pages, published_url  # noqa: F401  (fixtures)

from conftest import open_context

REQUIRED_DIRECTIVES = {
    "default-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
}


class _CspReader(HTMLParser):
    """Finds the CSP meta, whether a script came before it, and the text of each inline script."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.policy: str | None = None
        self.script_before_policy = False
        self.inline_scripts: list[str] = []
        self._script: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.policy = a.get("content")
        if tag == "script":
            self.script_before_policy |= self.policy is None
            runs = (a.get("type") or "text/javascript").lower() in ("text/javascript", "module")
            self._script = [] if runs and "src" not in a else None

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.inline_scripts.append("".join(self._script))
            self._script = None


def read_csp(html: str) -> _CspReader:
    reader = _CspReader()
    reader.feed(html)
    reader.close()
    return reader


def directives(policy: str) -> dict[str, str]:
    pairs = (part.strip().split(None, 1) for part in policy.split(";") if part.strip())
    return {name: (value[0] if value else "") for name, *value in pairs}


def sha256_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def test_every_page_has_the_csp_meta_before_any_script(site_dir, built_pages):  # noqa: F811
    problems = []
    for page in built_pages:
        reader = read_csp((site_dir / page).read_text(encoding="utf-8"))
        if reader.policy is None:
            problems.append(f"{page}: no Content-Security-Policy meta")
            continue
        found = directives(reader.policy)
        problems += [
            f"{page}: {name} is {found.get(name)!r}, expected {value!r}"
            for name, value in REQUIRED_DIRECTIVES.items()
            if found.get(name) != value
        ]
        script_src = found.get("script-src", "").split()
        if script_src[:1] != ["'self'"] or {"'unsafe-inline'", "'unsafe-eval'"} & set(script_src):
            problems.append(f"{page}: script-src must be 'self' plus hashes, is {script_src}")
        missing = {sha256_source(s) for s in reader.inline_scripts} - set(script_src)
        if missing:
            problems.append(f"{page}: inline scripts without a hash in script-src: {sorted(missing)}")
        if reader.script_before_policy:
            problems.append(f"{page}: a <script> comes before the CSP meta, so the policy misses it")
    assert not problems, "\n".join(problems)


@pytest.mark.browser
def test_the_browser_enforces_the_policy(browser, published_url):  # noqa: F811
    """An inline script injected into a page (as an XSS would) does not run."""
    context = open_context(browser)
    try:
        page = context.new_page()
        page.goto(published_url, wait_until="load")
        ran = page.evaluate(
            """() => { const s = document.createElement('script');
                       s.textContent = 'window.__injected = true'; document.head.append(s);
                       return window.__injected === true; }"""
        )
        assert ran is False, "an injected inline script ran: the CSP is not in force"
        assert any("Content Security Policy" in e for e in context.log.console_errors)
    finally:
        context.close()
