"""``{teaching-page} SLUG``: a chapter's teacher's page, written from teaching/SLUG.yaml.

The page is rebuilt when its teaching file, the quiz banks or the glossary change; invalid
material stops the build at this page with the file and the field.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from calling_out_genocide.paths import DATA_DIR, QUIZ_DIR
from calling_out_genocide.sphinx_ext.generated import parse_markdown
from calling_out_genocide.teaching.materials import TeachingError, material_path


class TeachingPage(SphinxDirective):
    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        from calling_out_genocide.teaching.render import teacher_page

        slug = self.arguments[0]
        self.env.note_dependency(str(material_path(slug)))
        self.env.note_dependency(str(DATA_DIR / "glossary.csv"))
        for bank in QUIZ_DIR.glob("*.yaml"):
            self.env.note_dependency(str(bank))
        try:
            text = teacher_page(slug)
        except TeachingError as error:
            raise self.error(str(error)) from error
        return parse_markdown(self, text, f"teaching/{slug}.yaml")


class CourseSession(SphinxDirective):
    """``{course-session} NAME``: a session for the course as a whole, from teaching/course.yaml."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        from calling_out_genocide.teaching.materials import COURSE_SESSIONS_FILE
        from calling_out_genocide.teaching.render import course_session

        self.env.note_dependency(str(COURSE_SESSIONS_FILE))
        try:
            text = course_session(self.arguments[0])
        except (TeachingError, KeyError) as error:
            raise self.error(f"teaching/course.yaml: {error}") from error
        return parse_markdown(self, text, "teaching/course.yaml")


def setup(app: Sphinx) -> None:
    app.add_directive("teaching-page", TeachingPage)
    app.add_directive("course-session", CourseSession)
