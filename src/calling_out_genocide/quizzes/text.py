"""Text helpers shared by every rendering of a quiz: LaTeX escaping and section links."""

from __future__ import annotations

# Where a quiz's "Read again" links point, written as a placeholder that the Sphinx extension
# turns into the right relative address for the page the quiz is on (any folder depth), and
# checks: a link to a section that does not exist fails the build.
SECTION_LINK_PREFIX = "cog-section:"


def section_href(section: str) -> str:
    """``book/holocaust#nuremberg-laws`` -> ``cog-section:nuremberg-laws``."""
    return SECTION_LINK_PREFIX + section.split("#", 1)[1]


def latex_escape(text: str) -> str:
    """Text as LaTeX: Sphinx's own escaper (it also guards ``[`` at an ``\\item``), with
    straight quotation marks curled as the prose's are."""
    from docutils.utils.smartquotes import educateQuotes
    from sphinx.util.texescape import escape, init

    init()
    return escape(educateQuotes(str(text), language="en-GB"), "xelatex")
