"""Data for the browser scripts, carried in the page as an inert JSON island.

A <template>, not a <script type="application/json">: Material's instant navigation re-creates
every inline <script> of the page it swaps in as an executable one (dropping its type), which the
Content-Security-Policy blocks and which left the scripts without their data; a template's text
stays inert. "<", ">" and "&" are written as JSON escapes, so no tag can close the island and no
HTML serializer's entity escaping can change it. Islands are kept out of the site search
(`data-search-exclude`, honoured by Material's and Zensical's search). Scripts read one with
`JSON.parse(el.content.textContent)`.
"""

from __future__ import annotations

import html
import json


def island(data: object, css_class: str, **attributes: str) -> str:
    """`data` as JSON in an inert <template class="css_class">, with `data-NAME` attributes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char in "<>&":
        text = text.replace(char, f"\\u{ord(char):04x}")
    extra = "".join(f' data-{name}="{html.escape(value)}"' for name, value in attributes.items())
    return f'<template class="{css_class}"{extra} data-search-exclude>{text}</template>'
