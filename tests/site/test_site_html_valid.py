"""Every built page is valid HTML by the Nu Html Checker (vnu, from npm's vnu-jar), run once over
the whole site because the JVM is slow to start.

Only errors count. What Material itself emits and vnu rejects is listed in THEME_ALLOWED below,
each with the reason it is harmless; an entry matches the message AND the offending markup, so
the same mistake in the project's own markup still fails.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from site_pages import built_pages  # noqa: F401  (fixture)

from conftest import ROOT

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# (message pattern, markup pattern, reason). Keep it short; every entry is a theme quirk, not ours.
THEME_ALLOWED: list[tuple[str, str, str]] = [
    (
        r"Bad value “” for attribute “tabindex” on element “label”",
        r'<label class="md-nav__link[^"]*" for="__nav_',
        # Material's partials/nav-item.html writes tabindex="" on the labels of navigation sections
        # (navigation.sections). Browsers treat an empty tabindex as absent, so the tab order and
        # keyboard use are unchanged; fixing it would mean copying Material's whole nav partial.
        "Material nav section labels: empty tabindex, ignored by browsers",
    ),
    (
        r"Attribute “autocomplete” is only allowed when the input type is",
        r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"',
        # Material's base.html puts autocomplete="off" on its hidden drawer/search toggles so that
        # Firefox does not restore them open after a reload. Browsers ignore the attribute
        # elsewhere; no reader-facing form control is affected.
        "Material drawer/search toggles: autocomplete=off stops Firefox restoring them open",
    ),
    (
        r"The value of the “for” attribute of the “label” element must be the ID of a non-hidden form",
        r'<label class="md-nav__title" for="__toc">',
        # With navigation.indexes, a section's index page (e.g. educators/index.md) gets no __toc
        # toggle in the primary nav, yet Material's partials/toc.html still writes the table of
        # contents' title as a label for it. The label then toggles nothing; the contents stay
        # fully readable and keyboard-reachable.
        "Material table-of-contents title on section index pages: label for a toggle not rendered",
    ),
]


def theme_allows(message: dict) -> bool:
    return any(
        re.search(text, message.get("message", "")) and re.search(markup, message.get("extract", ""))
        for text, markup, _reason in THEME_ALLOWED
    )


def run_vnu(site: Path) -> list[dict]:
    """vnu's error messages for every .html file under `site` (warnings and info are dropped)."""
    java = shutil.which("java")
    if java is None:
        pytest.fail("The HTML check needs Java 11+ (Debian: apt-get install default-jre-headless).")
    if not VNU_JAR.exists():
        pytest.fail("vnu.jar is missing: run `make browser` (it runs `npm ci`).")
    proc = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", "--skip-non-html", str(site)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(proc.stderr or proc.stdout)["messages"]
    return [m for m in messages if m["type"] in ("error", "non-document-error")]


def describe(message: dict, site: Path) -> str:
    where = message.get("url", "").removeprefix("file:").removeprefix(str(site) + "/")
    markup = " ".join(message.get("extract", "").split())
    return f"{where}:{message.get('lastLine', '?')}: {message['message']}\n    {markup}"


@pytest.fixture(scope="module")
def vnu_errors(site_dir) -> list[dict]:
    return run_vnu(site_dir)


def test_every_page_is_valid_html(vnu_errors, site_dir, built_pages):  # noqa: F811
    errors = [m for m in vnu_errors if not theme_allows(m)]
    report = "\n".join(describe(m, site_dir) for m in errors)
    assert not errors, f"{len(errors)} HTML error(s) across {len(built_pages)} pages:\n{report}"


def test_the_allow_list_is_still_needed(vnu_errors):
    """An entry Material no longer needs is dead weight that could hide a real error later."""
    unused = [
        reason
        for text, markup, reason in THEME_ALLOWED
        if not any(
            re.search(text, m["message"]) and re.search(markup, m.get("extract", "")) for m in vnu_errors
        )
    ]
    assert not unused, f"allow-list entries that match nothing any more (remove them): {unused}"
