"""Accessibility repairs to the theme's HTML, made on every page after it is written.

The book theme (pydata-sphinx-theme) writes a few controls that fail WCAG 2.2 checks; the
course cannot change the theme, so each page is mended here, and the browser test runs axe-core
on every page to keep it so:
- the search buttons are named "Search" while they show "Search Ctrl + K": a voice-control user
  saying what they see must reach them, so the visible text names them;
- the side menu's fold-out toggles (``<summary>``) have no name at all;
- docutils marks bibliography entries with the deprecated role ``doc-biblioentry`` inside a
  list, which then has no list items.
"""

from __future__ import annotations

import re
from pathlib import Path

from sphinx.application import Sphinx

SEARCH_BUTTON_LABEL = re.compile(
    r'(<button class="btn search-button-field search-button__button[^"]*"[^>]*?)'
    r' aria-label="Search"'
)
NAMELESS_TOGGLE = '<summary><span class="toctree-toggle" role="presentation">'
NAMED_TOGGLE = (
    '<summary aria-label="Show or hide the sections under this page">'
    '<span class="toctree-toggle" role="presentation">'
)
BIBLIOGRAPHY_ENTRY_ROLE = 'role="doc-biblioentry"'


def mend(html: str) -> str:
    html = SEARCH_BUTTON_LABEL.sub(r"\1", html)
    html = html.replace(NAMELESS_TOGGLE, NAMED_TOGGLE)
    return html.replace(BIBLIOGRAPHY_ENTRY_ROLE, 'role="listitem"')


def _mend_pages(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    for page in Path(app.outdir).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        mended = mend(text)
        if mended != text:
            page.write_text(mended, encoding="utf-8")


def setup(app: Sphinx) -> None:
    app.connect("build-finished", _mend_pages)
