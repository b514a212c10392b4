"""Text helpers shared by every rendering of a quiz: LaTeX escaping and section links."""

from __future__ import annotations

import html
from functools import cache

# Where a quiz's "Read again" links point, written as a placeholder that the Sphinx extension
# turns into the right relative address for the page the quiz is on (any folder depth), and
# checks: a link to a section that does not exist fails the build.
SECTION_LINK_PREFIX = "cog-section:"


def section_href(section: str) -> str:
    """``book/holocaust#nuremberg-laws`` -> ``cog-section:nuremberg-laws``."""
    return SECTION_LINK_PREFIX + section.split("#", 1)[1]


def html_escape(text: object) -> str:
    """Bank text as HTML text or attribute value: markup in a bank never reaches the page."""
    return html.escape(str(text), quote=True)


@cache
def _texescape():
    from sphinx.util.texescape import escape, init

    init()  # builds Sphinx's escape tables: once, not for every cell and prompt
    return escape


def latex_escape(text: str) -> str:
    """Text as LaTeX: Sphinx's own escaper (it also guards ``[`` at an ``\\item``), with
    straight quotation marks curled as the prose's are (Sphinx curls the prose as "en": docutils
    has no "en-GB" table and would leave the marks straight, which print as closing quotes)."""
    from docutils.utils.smartquotes import smartyPants

    return _texescape()(smartyPants(str(text), attr="q", language="en"), "xelatex")
