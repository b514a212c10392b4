"""``{generated} NAME``: a block of a page written from data/ at build time.

The glossary, the timeline appendix, the full legal texts, the data appendices and the credits
are generated (calling_out_genocide.generated_pages), so nothing in them is typed twice. An
unknown name stops the build with the page and line; the page is rebuilt when the data changes.
"""

from __future__ import annotations

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from calling_out_genocide.generated_pages import GENERATORS
from calling_out_genocide.paths import DATA_DIR


def parse_markdown(directive: SphinxDirective, text: str, source: str) -> list[nodes.Node]:
    """MyST Markdown written at build time, parsed in the directive's place (its headings
    become sections of the page)."""
    container = nodes.section()
    directive.state.nested_parse(
        StringList(text.splitlines(), source=source),
        directive.content_offset,
        container,
        match_titles=True,
    )
    return container.children


class Generated(SphinxDirective):
    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        if name not in GENERATORS:
            raise self.error(
                f"unknown generated block {name!r}; known: {', '.join(sorted(GENERATORS))}"
            )
        self.env.note_dependency(str(DATA_DIR / "datapackage.json"))
        for csv_path in DATA_DIR.glob("*.csv"):
            self.env.note_dependency(str(csv_path))
        return parse_markdown(self, GENERATORS[name](), f"generated:{name}")


def setup(app: Sphinx) -> None:
    app.add_directive("generated", Generated)
