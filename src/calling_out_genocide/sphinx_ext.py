"""Sphinx glue for the course: self-hosted assets only, and clean pages.

Loaded through ``sphinx.extra_extensions`` in ``_config.yml``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from calling_out_genocide import (
    bibliography_style,
    exercise_solutions,
    imprint,
    languages,
    multilingual,
    print_edition,
)
from calling_out_genocide.generated_pages import expand_markers
from calling_out_genocide.paths import DATA_DIR, STATIC_DIR
from calling_out_genocide.quizzes.bank import QuizBankError, bank_names, load_bank
from calling_out_genocide.quizzes.render import answer_key
from calling_out_genocide.quizzes.text import SECTION_LINK_PREFIX

logger = logging.getLogger(__name__)


def _asset_key(asset: Any) -> tuple[str, str]:
    filename = getattr(asset, "filename", asset) or ""
    attributes = getattr(asset, "attributes", {}) or {}
    return str(filename), str(attributes.get("body", ""))


# Saved ipywidgets state: the site shows each quiz's static HTML, so the state is dead weight.
WIDGET_STATE_TYPE = "application/vnd.jupyter.widget-state+json"


def _is_remote(url: str) -> bool:
    parsed = urlparse(url)
    return bool(parsed.scheme in {"http", "https"} or url.startswith("//"))


def _deduplicate_and_guard_assets(
    app: Sphinx, pagename: str, templatename: str, context: dict, doctree: Any
) -> None:
    """Drop repeated inline scripts and refuse any script or stylesheet from another host.

    sphinx-thebe adds its inline ``const THEBE_JS_URL`` each time the read phase runs; a
    second copy throws a SyntaxError in the browser. The thebe script itself is only
    fetched on a launch click, which this course never offers.
    """
    mathjax_path = str(getattr(app.config, "mathjax_path", "") or "")
    # Sphinx renders math as class="math notranslate ..."; the doctree may hold math that the
    # page never shows (a quiz's LaTeX rendering is kept for the PDF builder only).
    page_has_math = 'class="math notranslate' in context.get("body", "")
    for key in ("script_files", "css_files"):
        assets = context.get(key)
        if not assets:
            continue
        seen: set[tuple[str, str]] = set()
        kept = []
        for asset in assets:
            asset_key = _asset_key(asset)
            if asset_key in seen:
                continue
            seen.add(asset_key)
            # myst-nb asks for MathJax on every page; a page that shows no equations needs
            # none. A page that does show them still fails below until MathJax is self-hosted.
            if asset_key[0] == mathjax_path and not page_has_math:
                continue
            if (getattr(asset, "attributes", {}) or {}).get("type") == WIDGET_STATE_TYPE:
                continue
            if asset_key[0] and _is_remote(asset_key[0]):
                raise ExtensionError(
                    f"page {pagename!r} would load {asset_key[0]!r} from another host; "
                    "the course self-hosts every asset (see CONTRIBUTING.md)"
                )
            kept.append(asset)
        context[key] = kept


PDF_NAME = "calling-out-genocide.pdf"
TEACHERS_PDF_NAME = "sources-and-methods.pdf"
PAGES_WITHOUT_PDF_LINK = {"search", "genindex"}


def _offer_the_pdf(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """Offer the PDF edition (copied beside the site by scripts/build.sh) on every page."""
    if pagename in PAGES_WITHOUT_PDF_LINK or "body" not in context:
        return
    href = context["pathto"](PDF_NAME, 1)
    teachers = context["pathto"](TEACHERS_PDF_NAME, 1)
    context["body"] = (
        '<p class="pdf-edition">For printing or reading offline: '
        f'<a href="{href}" download>download the whole course as a PDF</a> '
        "(with every quiz, an answer sheet, the answer keys and the sources). For teachers: "
        f'<a href="{teachers}" download>the sources and methods, as a PDF</a>.</p>\n'
        + context["body"]
    )


def _add_static_dir(app: Sphinx, config: Any) -> None:
    config.html_static_path.append(str(STATIC_DIR))


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


def _generate_from_data(app: Sphinx, docname: str, source: list[str]) -> None:
    """Fill a page's ``<!-- generated: NAME -->`` markers from data/ (see generated_pages)."""
    if "<!-- generated: " in source[0]:
        source[0] = expand_markers(source[0])
        # Rebuild the page whenever the data it is made from changes.
        app.env.note_dependency(str(DATA_DIR / "datapackage.json"))
        for csv_path in DATA_DIR.glob("*.csv"):
            app.env.note_dependency(str(csv_path))


class TimelineFigure(SphinxDirective):
    """``{timeline-figure} CHAPTER``: the chapter's timeline, drawn from data/timeline.csv.

    The PNG is drawn at build time, so a date corrected in the data is corrected in the figure;
    the alt text lists every event, so the figure reads the same without sight.
    """

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot as plt

        from calling_out_genocide.figure_style import COURSE_RC
        from calling_out_genocide.timeline import chapter_events, timeline_figure

        chapter = self.arguments[0]
        out_dir = Path(self.env.srcdir) / "_build" / "generated"
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = out_dir / f"timeline-{chapter}"
        # The course's chart style for this figure only: the build's own matplotlib state
        # (other extensions, other figures) is left as it was.
        with matplotlib.rc_context(COURSE_RC):
            try:
                events = chapter_events(chapter)
                figure = timeline_figure(chapter, events=events)
            except ValueError as error:
                raise self.error(str(error)) from error
            # PNG for the site, PDF (vector, sharp at any size) for print.
            # "tight": the events' labels, which stand beside the axes, are never cut off.
            figure.savefig(stem.with_suffix(".png"), dpi=150, bbox_inches="tight")
            figure.savefig(stem.with_suffix(".pdf"), bbox_inches="tight")
            plt.close(figure)
        self.env.note_dependency(str(DATA_DIR / "timeline.csv"))
        alt = f"Timeline of {len(events)} events: " + "; ".join(
            f"{row['when']}: {row['event']}" for _, row in events.iterrows()
        )
        image = nodes.image(uri=f"/_build/generated/{stem.name}.*", alt=alt, width="100%")
        caption = nodes.caption(
            text=f"Timeline of the chapter's events, {events['when'].iloc[0]} to "
            f"{events['when'].iloc[-1]}. Drawn from the course's timeline data; the source of "
            "each event is given in the Timeline appendix."
        )
        figure_node = nodes.figure("", image, caption)
        figure_node["align"] = "center"
        self.set_source_info(figure_node)
        return [figure_node]


def _unescape_link_addresses(app: Sphinx, doctree: nodes.document) -> None:
    """A web address written in angle brackets reaches the doctree with "&" as "&amp;"; the
    site would link to the wrong address and the PDF could not break it (text and address
    differ). Give every such link its real address."""
    for reference in doctree.findall(nodes.reference):
        if "&amp;" in reference.get("refuri", ""):
            reference["refuri"] = reference["refuri"].replace("&amp;", "&")


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


def _check_every_quiz_bank(app: Sphinx) -> None:
    """Stop the build on any invalid bank, even one no page shows yet."""
    problems = []
    for name in bank_names():
        try:
            load_bank(name)
        except QuizBankError as error:
            problems.append(str(error))
    if problems:
        raise ExtensionError("\n".join(problems))


class QuizAnswerKey(SphinxDirective):
    """``{quiz-answer-key} NAME``: the answer key of one bank, for the appendix.

    Section names become real cross-references, so a renamed section fails the build
    instead of printing a dead link.
    """

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        try:
            bank = load_bank(self.arguments[0])
        except QuizBankError as error:
            raise self.error(str(error)) from error
        self.env.note_dependency(f"quizzes/{self.arguments[0]}.yaml")
        heading = nodes.rubric(text=f"Quiz: {bank.title}")
        listing = nodes.enumerated_list(enumtype="arabic")
        for entry in answer_key(bank):
            label = entry.section.split("#", 1)[1]
            xref = addnodes.pending_xref(
                "",
                nodes.inline(text=entry.section_title),
                refdomain="std",
                reftype="ref",
                reftarget=label,
                refexplicit=True,
                refdoc=self.env.docname,
            )
            paragraph = nodes.paragraph()
            paragraph += nodes.strong(text=entry.answer)
            paragraph += nodes.Text(f". {entry.explanation} Read again: ")
            paragraph += xref
            paragraph += nodes.Text(".")
            listing += nodes.list_item("", paragraph)
        return [heading, listing]


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", _add_static_dir)
    app.connect("config-inited", _print_the_imprint)
    bibliography_style.register()
    print_edition.setup(app)
    app.connect("builder-inited", _check_every_quiz_bank)
    app.add_directive("quiz-answer-key", QuizAnswerKey)
    app.add_directive("timeline-figure", TimelineFigure)
    app.connect("source-read", _generate_from_data)
    app.connect("doctree-read", _unescape_link_addresses)
    app.connect("doctree-resolved", _resolve_quiz_section_links)
    multilingual.setup(app)
    exercise_solutions.setup(app)
    app.add_css_file("course.css")
    app.add_js_file("quiz.js", loading_method="defer")
    # Run after other extensions have added their assets.
    app.connect("html-page-context", _deduplicate_and_guard_assets, priority=900)
    app.connect("html-page-context", _offer_the_pdf)
    app.connect("html-page-context", _footer_imprint)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
