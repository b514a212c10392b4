"""What every page carries: the PDF editions offered on the site (through the course's layout
template), the imprint in the site footer, and the languages, fonts and title verso in print.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from calling_out_genocide import imprint, languages
from calling_out_genocide.paths import PACKAGE_DIR

PDF_NAME = "calling-out-genocide.pdf"
TEACHERS_PDF_NAME = "sources-and-methods.pdf"
TEACHERS_EDITION_PDF_NAME = "teachers-edition.pdf"
OFFLINE_ZIP_NAME = "calling-out-genocide-site.zip"  # written by scripts/make_offline_zip.py
PAGES_WITHOUT_PDF_LINK = {"search", "genindex"}


def _offer_the_pdfs(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """The PDFs (copied beside the site by scripts/build.sh), linked from this page."""
    if pagename in PAGES_WITHOUT_PDF_LINK or "body" not in context:
        return
    context["course_pdf_links"] = {
        "students": context["pathto"](PDF_NAME, 1),
        "teachers": context["pathto"](TEACHERS_PDF_NAME, 1),
        "teachers_edition": context["pathto"](TEACHERS_EDITION_PDF_NAME, 1),
        "offline": context["pathto"](OFFLINE_ZIP_NAME, 1),
    }


def _add_templates(app: Sphinx, config: Any) -> None:
    # The layout extends the book theme's; a book on another theme keeps its own.
    if config.html_theme == "sphinx_book_theme":
        config.templates_path.insert(0, str(PACKAGE_DIR / "templates"))


def _print_the_imprint(app: Sphinx, config: Any) -> None:
    """The languages and fonts of every script, and the title verso of each PDF: licence,
    edition date, commit, how to report an error.

    latex_elements does not invalidate the environment, so a new commit re-reads no page.
    """
    app.course_edition = imprint.edition_date()
    app.course_commit = imprint.source_commit()
    elements = dict(config.latex_elements)
    elements["hyperref"] = elements.get("hyperref", "") + languages.latex_preamble() + "\n"
    elements["preamble"] = (
        elements.get("preamble", "")
        + "\n"
        + imprint.verso_latex(app.course_edition, app.course_commit)
    )
    config.latex_elements = elements


def _footer_imprint(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """The site footer's imprint, set per page so a new commit does not reset the build."""
    context["theme_extra_footer"] = imprint.footer_html(app.course_edition, app.course_commit)


def setup(app: Sphinx) -> None:
    app.connect("config-inited", _add_templates)
    app.connect("config-inited", _print_the_imprint)
    app.connect("html-page-context", _offer_the_pdfs)
    app.connect("html-page-context", _footer_imprint)
