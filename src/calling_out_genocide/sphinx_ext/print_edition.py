"""The PDF edition as a book for readers without a computer.

- Code cells are not printed: the page keeps the prose, the tables, the charts, the exercises
  and the reflections (``HideCodeInPrint``).
- Every exercise says whether it can be done on paper, from the printed tables and charts, or
  needs a computer (``ExerciseMedium``); an exercise that says neither stops the build.
- Several PDFs come from one book (``CourseLaTeXBuilder``): a page that starts one of the
  ``latex_documents`` is printed in that document only, so the teachers' "Sources and methods"
  edition is not also bound into the students' book.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.builders.latex import LaTeXBuilder
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx_exercise.nodes import exercise_enumerable_node, exercise_node

logger = logging.getLogger(__name__)

# The two kinds of exercise, as the notebook marks them (``:class: on-paper``).
EXERCISE_MEDIA = {
    "on-paper": "You can do this exercise on paper, from the printed tables and charts.",
    "needs-computer": (
        "This exercise needs a computer: it asks you to run or change code. Without one, "
        "read its worked solution and explain the result in your own words."
    ),
}


class HideCodeInPrint(SphinxPostTransform):
    """Drop every code cell's source from the PDF, and any cell left with nothing to show."""

    default_priority = 990
    builders = ("latex",)

    def run(self, **kwargs) -> None:
        for source in list(self.document.findall(nodes.container)):
            if source.get("nb_element") == "cell_code_source":
                source.parent.remove(source)
        for cell in list(self.document.findall(nodes.container)):
            if cell.get("nb_element") == "cell_code" and not cell.astext().strip():
                if not any(True for _ in cell.findall(nodes.image)) and not any(
                    True for _ in cell.findall(nodes.raw)
                ):
                    cell.parent.remove(cell)


class DropSiteOnlyPages(SphinxPostTransform):
    """Leave out of the PDF the headings and text of pages listed in ``course_site_only_pages``.

    Runs after Sphinx has moved the cited works to the end of the book, so the bibliography
    itself stays; only the page's own (now empty) chapter goes.
    """

    default_priority = 995
    builders = ("latex",)

    def run(self, **kwargs) -> None:
        from sphinx.builders.latex.nodes import thebibliography

        site_only = set(self.config.course_site_only_pages)
        labels = []
        for section in list(self.document.findall(nodes.section)):
            docname = section.get("docname")
            if docname in site_only and section.parent is not None:
                labels += [f"{docname}::doc", *(f"{docname}:{i}" for i in section["ids"])]
                section.parent.remove(section)
        bibliography = next(iter(self.document.findall(thebibliography)), None)
        if labels and bibliography is not None:
            # A link to the dropped page ("see the Bibliography") turns to the printed one.
            anchors = "".join(rf"\label{{\detokenize{{{label}}}}}" for label in labels)
            marker = nodes.raw("", rf"\cleardoublepage\phantomsection{anchors}", format="latex")
            bibliography.parent.insert(bibliography.parent.index(bibliography), marker)


class ExerciseMedium(SphinxTransform):
    """Say under each exercise's title whether it can be done on paper."""

    default_priority = 700

    def apply(self, **kwargs) -> None:
        for exercise in self.document.findall(
            lambda n: isinstance(n, exercise_enumerable_node | exercise_node)
        ):
            media = [c for c in exercise["classes"] if c in EXERCISE_MEDIA]
            if len(media) != 1:
                logger.warning(
                    "exercise %r must have exactly one of the classes %s "
                    "(add ':class: on-paper' or ':class: needs-computer' under {exercise})",
                    exercise.get("label", "?"),
                    " or ".join(EXERCISE_MEDIA),
                    location=exercise,
                )
                continue
            note = nodes.paragraph(text=EXERCISE_MEDIA[media[0]], classes=["exercise-medium"])
            content = next((c for c in exercise.children if isinstance(c, nodes.section)), exercise)
            content.insert(0, note)


class CourseLaTeXBuilder(LaTeXBuilder):
    """Sphinx's LaTeX builder, with each ``latex_documents`` start page kept to its own PDF.

    The further PDFs are listed in ``course_latex_documents``: Jupyter Book rewrites
    ``latex_documents`` after start-up and handles only one.
    """

    def init_document_data(self) -> None:
        extra = [tuple(d) for d in self.config.course_latex_documents]
        known = {d[0] for d in self.config.latex_documents}
        self.config.latex_documents = [
            *self.config.latex_documents,
            *(d for d in extra if d[0] not in known),
        ]
        super().init_document_data()

    def assemble_doctree(self, indexfile, toctree_only, appendices):
        import sphinx.builders.latex as latex_module

        others = [doc for doc, *_ in self.config.latex_documents if doc != indexfile]
        inline_all_toctrees = latex_module.inline_all_toctrees

        def inline_without_others(builder, docnameset, docname, tree, colorfunc, traversed):
            # Pages already "traversed" are not inlined again: so the other books are left out.
            return inline_all_toctrees(
                builder, docnameset, docname, tree, colorfunc, [*traversed, *others]
            )

        latex_module.inline_all_toctrees = inline_without_others
        try:
            return super().assemble_doctree(indexfile, toctree_only, appendices)
        finally:
            latex_module.inline_all_toctrees = inline_all_toctrees


def setup(app) -> None:
    app.add_config_value("course_latex_documents", [], "", types=frozenset({list}))
    app.add_config_value("course_site_only_pages", [], "", types=frozenset({list}))
    app.add_post_transform(DropSiteOnlyPages)
    app.add_post_transform(HideCodeInPrint)
    app.add_transform(ExerciseMedium)
    app.add_builder(CourseLaTeXBuilder, override=True)
