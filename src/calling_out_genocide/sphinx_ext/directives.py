"""The course's directives: a chapter's timeline figure, a quiz and a quiz bank's answer key,
and the letter builder; and the check, before any page is read, that every quiz bank is valid."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.errors import ExtensionError
from sphinx.util.docutils import SphinxDirective

from calling_out_genocide.paths import DATA_DIR
from calling_out_genocide.quizzes.bank import QuizBankError, bank_names, load_bank
from calling_out_genocide.quizzes.render import answer_key

# On paper a timeline of more events than this is printed in parts, so that its words stay
# large enough to read; on the site it is one figure.
PRINT_EVENTS_PER_PART = 20


class TimelineFigure(SphinxDirective):
    """``{timeline-figure} CHAPTER``: the chapter's timeline, drawn from data/timeline.csv.

    The figure is drawn at build time, so a date corrected in the data is corrected in the
    figure; the alt text lists every event, so the figure reads the same without sight.
    """

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        from calling_out_genocide.timeline import chapter_events

        chapter = self.arguments[0]
        try:
            events = chapter_events(chapter)
        except ValueError as error:
            raise self.error(str(error)) from error
        if events.empty:
            raise self.error(f"the timeline has no events for chapter {chapter!r}")
        self.env.note_dependency(str(DATA_DIR / "timeline.csv"))
        years = (int(events["year"].min()), int(events["year"].max()))
        count = len(events)
        parts = -(-count // PRINT_EVENTS_PER_PART)
        size = -(-count // parts)  # parts of equal size
        site = addnodes.only(expr="html")
        site += self._figure(chapter, events, years, f"timeline-{chapter}", "")
        paper = addnodes.only(expr="latex")
        for number in range(parts):
            chunk = events.iloc[number * size : (number + 1) * size].reset_index(drop=True)
            label = f" (part {number + 1} of {parts})" if parts > 1 else ""
            stem = f"timeline-{chapter}" if parts == 1 else f"timeline-{chapter}-{number + 1}"
            paper += self._figure(chapter, chunk, years, stem, label)
        return [site, paper]

    def _figure(self, chapter, events, years, stem_name: str, part: str) -> nodes.figure:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot as plt

        from calling_out_genocide.figure_style import COURSE_RC
        from calling_out_genocide.timeline import CHAPTER_TITLES, timeline_figure

        out_dir = Path(self.env.srcdir) / "_build" / "generated"
        out_dir.mkdir(parents=True, exist_ok=True)
        stem = out_dir / stem_name
        # The course's chart style for this figure only: the build's own matplotlib state
        # (other extensions, other figures) is left as it was.
        with matplotlib.rc_context(COURSE_RC):
            title = f"Timeline: {CHAPTER_TITLES[chapter]}{part}"
            figure = timeline_figure(chapter, title=title, events=events, years=years)
            # PNG for the site, PDF (vector, sharp at any size) for print. "tight": the
            # events' labels, which stand beside the axes, are never cut off.
            figure.savefig(stem.with_suffix(".png"), dpi=150, bbox_inches="tight")
            figure.savefig(stem.with_suffix(".pdf"), bbox_inches="tight")
            plt.close(figure)
        alt = f"Timeline of {len(events)} events: " + "; ".join(
            f"{row['when']}: {row['event']}" for _, row in events.iterrows()
        )
        image = nodes.image(uri=f"/_build/generated/{stem.name}.*", alt=alt, width="100%")
        caption = nodes.caption(
            text=f"Timeline of the chapter's events{part}, {events['when'].iloc[0]} to "
            f"{events['when'].iloc[-1]}. Drawn from the course's timeline data; the source of "
            "each event is given in the Timeline appendix."
        )
        figure_node = nodes.figure("", image, caption)
        figure_node["align"] = "center"
        self.set_source_info(figure_node)
        return figure_node


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


class _BankDirective(SphinxDirective):
    """A directive about one quiz bank, named by its argument; the page is rebuilt when the
    bank changes, and an invalid bank stops the build at this page."""

    required_arguments = 1

    def bank(self):
        try:
            bank = load_bank(self.arguments[0])
        except QuizBankError as error:
            raise self.error(str(error)) from error
        self.env.note_dependency(f"quizzes/{self.arguments[0]}.yaml")
        return bank


class QuizAnswerKey(_BankDirective):
    """``{quiz-answer-key} NAME``: the answer key of one bank, for the appendix.

    Section names become real cross-references, so a renamed section fails the build
    instead of printing a dead link.
    """

    def run(self) -> list[nodes.Node]:
        bank = self.bank()
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


class QuizDirective(_BankDirective):
    """``{quiz} NAME``: a quiz on a prose page, as the notebooks' ``quiz("NAME")`` shows it:
    the static quiz on the site, and the printed quiz with its answer sheet in the PDF."""

    def run(self) -> list[nodes.Node]:
        from calling_out_genocide.quizzes.render import quiz_html, quiz_latex

        bank = self.bank()
        site = addnodes.only(expr="html")
        site += nodes.raw("", quiz_html(bank), format="html")
        paper = addnodes.only(expr="latex")
        paper += nodes.raw("", quiz_latex(bank), format="latex")
        return [site, paper]


class LetterBuilderDirective(SphinxDirective):
    """``{letter-builder}``: the letter builder from data/letter_builder.yaml, a form on the
    site and a fill-in template on paper. Invalid wording stops the build at this page."""

    def run(self) -> list[nodes.Node]:
        from calling_out_genocide.letters.render import letter_builder_html, letter_template_latex
        from calling_out_genocide.letters.wording import (
            WORDING_FILE,
            LetterWordingError,
            read_wording,
        )

        self.env.note_dependency(str(WORDING_FILE))
        try:
            wording = read_wording(WORDING_FILE)
        except LetterWordingError as error:
            raise self.error(str(error)) from error
        site = addnodes.only(expr="html")
        site += nodes.raw("", letter_builder_html(wording), format="html")
        paper = addnodes.only(expr="latex")
        paper += nodes.raw("", letter_template_latex(wording), format="latex")
        return [site, paper]


def _add_letter_builder_script(app: Sphinx, pagename, templatename, context, doctree) -> None:
    # Only the page that shows the builder loads its script.
    if 'class="letter-builder"' in context.get("body", ""):
        app.add_js_file("letter-builder.js", loading_method="defer")


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", _check_every_quiz_bank)
    app.connect("html-page-context", _add_letter_builder_script)
    app.add_directive("letter-builder", LetterBuilderDirective)
    app.add_directive("quiz", QuizDirective)
    app.add_directive("quiz-answer-key", QuizAnswerKey)
    app.add_directive("timeline-figure", TimelineFigure)
