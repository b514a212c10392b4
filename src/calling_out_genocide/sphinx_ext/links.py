"""Links: addresses as written, and quiz section links resolved for the page they are on."""

from __future__ import annotations

import re
from urllib.parse import unquote

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

from calling_out_genocide.quizzes.text import SECTION_LINK_PREFIX

logger = logging.getLogger(__name__)


def _unescape_link_addresses(app: Sphinx, doctree: nodes.document) -> None:
    """A web address written in angle brackets reaches the doctree with "&" as "&amp;"; the
    site would link to the wrong address and the PDF could not break it (text and address
    differ). Give every such link its real address."""
    for reference in doctree.findall(nodes.reference):
        if "&amp;" in reference.get("refuri", ""):
            reference["refuri"] = reference["refuri"].replace("&amp;", "&")
        # An address shown decoded ("f[0]") differs from its link ("f%5B0%5D"): show the link
        # itself, which the PDF can then break at the margin.
        uri = reference.get("refuri", "")
        if uri and reference.astext() != uri and unquote(uri) == unquote(reference.astext()):
            reference.children = [nodes.Text(uri)]


SECTION_LINK = re.compile(re.escape(SECTION_LINK_PREFIX) + r"([A-Za-z0-9_-]+)")


def _resolve_quiz_section_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Turn each quiz's "Read again" placeholders into addresses relative to this page."""
    if app.builder.format != "html":
        return
    labels = app.env.get_domain("std").labels
    for raw in list(doctree.findall(nodes.raw)):
        if SECTION_LINK_PREFIX not in raw.astext():
            continue

        def address(match: re.Match, raw=raw) -> str:
            label = match.group(1)
            if label not in labels:
                logger.warning("a quiz links to the unknown section %r", label, location=raw)
                return "#"
            target_doc, anchor, _ = labels[label]
            return f"{app.builder.get_relative_uri(docname, target_doc)}#{anchor}"

        raw.replace_self(
            nodes.raw("", SECTION_LINK.sub(address, raw.astext()), format=raw["format"])
        )


def setup(app: Sphinx) -> None:
    app.connect("doctree-read", _unescape_link_addresses)
    app.connect("doctree-resolved", _resolve_quiz_section_links)
