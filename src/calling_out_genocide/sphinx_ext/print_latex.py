"""Raw LaTeX outputs for the PDF edition.

myst-nb treats every ``text/latex`` output as mathematics. The course's own print renderings
(quizzes) are whole LaTeX fragments, so they start with a marker line and this plugin, registered
under myst-nb's ``myst_nb.mime_renderers`` entry point, passes them through as raw LaTeX.
Any other ``text/latex`` output is left to myst-nb.
"""

from __future__ import annotations

from typing import ClassVar

from docutils import nodes

PRINT_MARKER = "% calling-out-genocide: print rendering"


class RawLatexRenderer:
    mime_priority_overrides: ClassVar[list[tuple[str, str, int | None]]] = []

    @staticmethod
    def handle_mime(renderer, data, inline) -> list[nodes.Element] | None:
        if data.mime_type != "text/latex" or not data.string.startswith(PRINT_MARKER):
            return None
        return [nodes.raw("", data.string, format="latex")]
