"""Every built page, opened in Chromium in the light and the dark scheme: axe-core's WCAG 2.2 AA
rules find nothing, no request leaves 127.0.0.1, nothing is logged as an error (Content-Security-
Policy violations included), and at 360 px wide nothing scrolls sideways.

Each page is loaded once per scheme; the three checks read the same recorded visit.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from site_pages import built_pages, published_url  # noqa: F401  (fixtures)

from conftest import describe_violations, open_context, run_axe

pytestmark = pytest.mark.browser

# Material's name for each scheme, as set on <body data-md-color-scheme>.
MATERIAL_SCHEME = {"light": "default", "dark": "slate"}
PHONE = {"width": 360, "height": 780}


@dataclass
class Visit:
    scheme: str | None
    violations: list[dict]
    external_requests: list[str]
    console_errors: list[str]


def visit_every_page(browser, base: str, pages: list[str], scheme: str) -> dict[str, Visit]:
    context = open_context(browser, color_scheme=scheme)
    page = context.new_page()
    visits = {}
    try:
        for rel in pages:
            context.log.requests.clear()
            context.log.console_errors.clear()
            page.goto(base + rel, wait_until="load")
            # Material starts its search worker after load; let it finish so its requests count.
            page.wait_for_load_state("networkidle")
            visits[rel] = Visit(
                scheme=page.evaluate("document.body.getAttribute('data-md-color-scheme')"),
                violations=run_axe(page),
                external_requests=context.log.external_requests(),
                console_errors=list(context.log.console_errors),
            )
    finally:
        context.close()
    return visits


@pytest.fixture(scope="session", params=["light", "dark"])
def visits(request, browser, built_pages, published_url) -> dict[str, Visit]:  # noqa: F811
    return visit_every_page(browser, published_url, built_pages, request.param)


def test_pages_render_in_the_requested_scheme(visits, request):
    wanted = MATERIAL_SCHEME[request.node.callspec.params["visits"]]
    wrong = {rel: v.scheme for rel, v in visits.items() if v.scheme != wanted}
    assert not wrong, f"pages not in the {wanted!r} scheme: {wrong}"


def test_every_page_passes_axe_wcag22_aa(visits):
    failing = {rel: v.violations for rel, v in visits.items() if v.violations}
    report = "\n\n".join(f"{rel}:\n{describe_violations(v)}" for rel, v in failing.items())
    assert not failing, f"axe-core WCAG 2.2 AA violations on {len(failing)} page(s):\n{report}"


def test_no_page_requests_another_origin(visits):
    leaks = {rel: v.external_requests for rel, v in visits.items() if v.external_requests}
    assert not leaks, f"requests that left 127.0.0.1: {leaks}"


def test_no_page_logs_a_console_error(visits):
    # CSP violations are logged as console errors, so this also proves the policy fits the pages.
    errors = {rel: v.console_errors for rel, v in visits.items() if v.console_errors}
    assert not errors, "console errors:\n" + "\n".join(f"{rel}: {e}" for rel, e in errors.items())


# Names what sticks out, so a failure says which element to fix rather than just "too wide".
WIDEST_ELEMENTS = """() => {
  const width = document.documentElement.clientWidth;
  const culprits = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.right > width + 1 && el.offsetParent !== null) {
      const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${el.className}`;
      culprits.push(`${name} (${Math.round(box.right)}px)`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, clientWidth: width,
          culprits: culprits.slice(0, 5)};
}"""


def test_no_page_scrolls_sideways_on_a_phone(browser, built_pages, published_url):  # noqa: F811
    context = open_context(browser, viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    too_wide = {}
    try:
        for rel in built_pages:
            page.goto(published_url + rel, wait_until="load")
            box = page.evaluate(WIDEST_ELEMENTS)
            if box["scrollWidth"] > box["clientWidth"]:
                too_wide[rel] = box
    finally:
        context.close()
    assert not too_wide, (
        f"pages wider than {PHONE['width']} px (tables and code must scroll in their own box): {too_wide}"
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_open_search_with_results_passes_axe(browser, published_url, scheme):  # noqa: F811
    """Material's search dialog only exists in the page's tree once opened, so check it open."""
    context = open_context(browser, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(published_url, wait_until="load")
        search = page.get_by_role("textbox", name="Search")
        search.click()
        page.get_by_text("Type to start searching").wait_for(state="attached", timeout=10_000)
        search.press_sequentially("alliance", delay=30)
        page.get_by_role("search").get_by_role("link").first.wait_for(timeout=10_000)
        # overrides/main.html names Material's unnamed search dialog (axe: aria-dialog-name).
        assert page.get_by_role("dialog", name="Search").count() == 1
        violations = run_axe(page)
        assert not violations, describe_violations(violations)
        assert context.log.console_errors == []
    finally:
        context.close()
