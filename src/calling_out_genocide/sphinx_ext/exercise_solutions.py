"""Exercise solutions: under their exercise on the site, in an appendix on paper.

On the site each solution (sphinx-exercise's ``{solution}`` with ``:class: dropdown``) stays
hidden under its exercise until the reader opens it. In the PDF a post-transform, which runs on
the whole assembled book, moves every solution to the ``{exercise-solutions}`` placeholder in
the "Exercise solutions" appendix, so that learners working on paper meet the exercise first.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective
from sphinx_exercise.nodes import solution_node


class exercise_solutions_here(nodes.General, nodes.Element):  # noqa: N801 (docutils naming)
    """Where the PDF collects the solutions; empty on the site."""


class ExerciseSolutions(SphinxDirective):
    def run(self) -> list[nodes.Node]:
        return [exercise_solutions_here()]


class MoveSolutionsToAppendix(SphinxPostTransform):
    default_priority = 999  # after sphinx-exercise has numbered and titled every solution
    builders = ("latex",)

    def run(self, **kwargs) -> None:
        places = list(self.document.findall(exercise_solutions_here))
        if not places:
            return  # a single page, not the assembled book
        solutions = list(self.document.findall(solution_node))
        for solution in solutions:
            solution.parent.remove(solution)
        if solutions:
            places[0].replace_self(solutions)
        else:
            places[0].replace_self(nodes.paragraph(text="This edition has no exercises yet."))
        for extra in places[1:]:
            extra.parent.remove(extra)


def _skip(translator, node) -> None:
    raise nodes.SkipNode


def setup(app) -> None:
    app.add_node(exercise_solutions_here, html=(_skip, None), latex=(_skip, None))
    app.add_directive("exercise-solutions", ExerciseSolutions)
    app.add_post_transform(MoveSolutionsToAppendix)
