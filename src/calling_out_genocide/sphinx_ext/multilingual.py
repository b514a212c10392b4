"""Passages in other languages and scripts, written once, marked for every medium.

``{foreign-passage}`` with ``:lang:`` (a BCP 47 tag) emits ``<p lang=".." dir="..">`` on the
site, so browsers and screen readers use the right fonts, direction and voice; and the matching
polyglossia environment in the PDF, so XeLaTeX shapes, joins and directs the script correctly.
"""

from __future__ import annotations

import re

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from calling_out_genocide.languages import UnknownLanguage, language

CJK_AFTER_ASCII_PUNCTUATION = re.compile(r"([,;:])(?=[\u3000-\u9fff\uff00-\uffef])")


def _mark_language(node: nodes.Element, lang: str) -> nodes.Element:
    """Give a passage or phrase its language tag and writing direction (UnknownLanguage if the
    course's language table does not have the tag)."""
    node["lang"] = lang
    node["dir"] = language(lang).direction
    return node


class foreign_passage(nodes.General, nodes.TextElement):  # noqa: N801 (docutils naming)
    """A paragraph in another language: attributes 'lang' and 'dir'."""


def visit_html(translator, node: foreign_passage) -> None:
    translator.body.append(f'<p class="foreign-passage" lang="{node["lang"]}" dir="{node["dir"]}">')


def depart_html(translator, node: foreign_passage) -> None:
    translator.body.append("</p>\n")


def visit_latex(translator, node: foreign_passage) -> None:
    # The environment must open before the paragraph starts, so that a right-to-left
    # language sets the whole paragraph's direction (and its last line's alignment).
    environment = language(node["lang"]).polyglossia
    translator.body.append("\n\\par")
    if environment:
        translator.body.append(f"\\begin{{{environment}}}")
    translator.body.append("\\noindent ")
    node["latex_body_start"] = len(translator.body)


def depart_latex(translator, node: foreign_passage) -> None:
    environment = language(node["lang"]).polyglossia
    if language(node["lang"]).cjk:
        # xeCJK breaks lines between Chinese characters, but not after an ASCII comma (the
        # UN's text has some): allow a break there, or the line runs into the margin.
        start = node["latex_body_start"]
        passage = "".join(translator.body[start:])
        translator.body[start:] = [CJK_AFTER_ASCII_PUNCTUATION.sub(r"\1\\hspace{0pt}", passage)]
    translator.body.append("\\par")
    if environment:
        translator.body.append(f"\\end{{{environment}}}")
    translator.body.append("\n")


def visit_text(translator, node: foreign_passage) -> None:
    pass


def depart_text(translator, node: foreign_passage) -> None:
    pass


class foreign_inline(nodes.Inline, nodes.TextElement):  # noqa: N801 (docutils naming)
    """A word or phrase in another language inside an English sentence."""


def visit_inline_html(translator, node: foreign_inline) -> None:
    translator.body.append(f'<span lang="{node["lang"]}" dir="{node["dir"]}">')


def depart_inline_html(translator, node: foreign_inline) -> None:
    translator.body.append("</span>")


def visit_inline_latex(translator, node: foreign_inline) -> None:
    environment = language(node["lang"]).polyglossia
    translator.body.append(f"\\text{environment}{{" if environment else "{")


def depart_inline_latex(translator, node: foreign_inline) -> None:
    translator.body.append("}")


def foreign_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``{foreign}`he:שואה```: a language tag, a colon, then the words."""
    lang, sep, words = text.partition(":")
    if not sep or not lang.strip() or not words.strip():
        message = inliner.reporter.error(
            f"the foreign role needs 'tag:words', for example he:שואה; got {text!r}", line=lineno
        )
        return [inliner.problematic(rawtext, rawtext, message)], [message]
    try:
        return [_mark_language(foreign_inline(words, words), lang.strip())], []
    except UnknownLanguage as error:
        message = inliner.reporter.error(str(error), line=lineno)
        return [inliner.problematic(rawtext, rawtext, message)], [message]


class ForeignPassage(SphinxDirective):
    """``{foreign-passage}`` ``:lang: he`` then the passage as the directive's content."""

    has_content = True
    option_spec = {"lang": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        lang = self.options.get("lang", "").strip()
        if not lang:
            raise self.error("foreign-passage needs :lang: (a BCP 47 tag such as he or ug-Arab)")
        text = " ".join(line.strip() for line in self.content).strip()
        if not text:
            raise self.error("foreign-passage has no text")
        try:
            return [_mark_language(foreign_passage(text, text), lang)]
        except UnknownLanguage as error:
            raise self.error(str(error)) from error


def setup(app) -> None:
    app.add_node(
        foreign_passage,
        html=(visit_html, depart_html),
        latex=(visit_latex, depart_latex),
        text=(visit_text, depart_text),
    )
    app.add_directive("foreign-passage", ForeignPassage)
    app.add_node(
        foreign_inline,
        html=(visit_inline_html, depart_inline_html),
        latex=(visit_inline_latex, depart_inline_latex),
        text=(visit_text, depart_text),
    )
    app.add_role("foreign", foreign_role)
