"""Repairs to the HTML that the theme and extensions write, made on every page after it is
written, for accessibility (WCAG 2.2 AA, checked by axe-core on every page) and validity (the
W3C Nu checker reports no error on any page). The course cannot change those packages, so:
- the search buttons are named "Search" while they show "Search Ctrl + K": a voice-control user
  saying what they see must reach them, so the visible text names them;
- the side menu's fold-out toggles (``<summary>``) have no name at all;
- docutils marks bibliography entries with the deprecated role ``doc-biblioentry`` inside a
  list, which then has no list items;
- pandas puts a ``<style scoped>`` block before each table (not valid HTML; the course's CSS
  holds the same rules);
- sphinx-exercise gives every exercise and solution body the same id;
- Jupyter Book's landing redirect (index.html) is not an HTML document.
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


PANDAS_STYLE = re.compile(r"<style scoped>.*?</style>\s*", re.DOTALL)
REPEATED_IDS = re.compile(r'<section id="(?:exercise|solution)-content">')
REDIRECT = re.compile(r'^<meta http-equiv="Refresh" content="0; url=([^"]+)" />\s*$')


def mend(html: str) -> str:
    html = SEARCH_BUTTON_LABEL.sub(r"\1", html)
    html = html.replace(NAMELESS_TOGGLE, NAMED_TOGGLE)
    html = html.replace(BIBLIOGRAPHY_ENTRY_ROLE, 'role="listitem"')
    html = PANDAS_STYLE.sub("", html)
    return REPEATED_IDS.sub("<section>", html)


def redirect_page(html: str) -> str:
    """Jupyter Book's one-line redirect as a whole document, with a link for readers."""
    match = REDIRECT.match(html)
    if not match:
        return html
    target = match.group(1)
    return (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        "<title>Calling Out Genocide</title>\n"
        f'<meta http-equiv="Refresh" content="0; url={target}">\n</head>\n<body>\n'
        f'<p><a href="{target}">Calling Out Genocide: go to the course</a></p>\n</body>\n</html>\n'
    )


def _mend_pages(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    root_redirect = Path(app.outdir) / "index.html"
    for page in Path(app.outdir).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        # Only the site's own landing page is Jupyter Book's redirect; a page of the book may
        # also be called index.html (book/teachers/index).
        mended = redirect_page(text) if page == root_redirect else mend(text)
        if mended != text:
            page.write_text(mended, encoding="utf-8")


def setup(app: Sphinx) -> None:
    app.connect("build-finished", _mend_pages)
