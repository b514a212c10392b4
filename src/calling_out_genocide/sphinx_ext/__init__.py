"""The course's Sphinx layer, one module per phase and concern:

- assets: self-hosted CSS and JavaScript, the third-party-host guard, trimmed pages;
- pages: the PDFs offered on every page (through templates/layout.html), the footer imprint,
  and the print edition's languages, fonts and title verso;
- generated: ``{generated} NAME`` blocks written from data/;
- directives: ``{timeline-figure}``, ``{quiz-answer-key}``, and the quiz banks' check;
- links: addresses as written, quiz section links resolved per page;
- multilingual: ``{foreign-passage}`` and ``{foreign}`` from the language table;
- exercise_solutions: solutions under exercises online, in an appendix on paper;
- print_edition: no code in print, exercises marked for paper, one LaTeX book per PDF;
- print_latex: the raw-LaTeX renderer for notebook outputs (a myst-nb plugin);
- teaching: ``{teaching-page}``, a chapter's teacher's page from teaching/;
- bibliography: the bibliography's style;
- icon_font: the theme's icon fonts cut to the icons the site shows;
- html_repairs: repairs to the HTML the theme and extensions write (accessibility, validity).

Loaded through ``sphinx.extra_extensions`` in ``_config.yml``. Submodules are imported in
``setup`` so that a notebook importing the course package does not import Sphinx.
"""

from __future__ import annotations

from typing import Any


def setup(app) -> dict[str, Any]:
    from calling_out_genocide.sphinx_ext import (
        assets,
        bibliography,
        directives,
        exercise_solutions,
        generated,
        html_repairs,
        icon_font,
        links,
        multilingual,
        pages,
        print_edition,
        teaching,
    )

    bibliography.register()
    for module in (
        html_repairs,
        icon_font,
        assets,
        pages,
        generated,
        directives,
        links,
        multilingual,
        exercise_solutions,
        print_edition,
        teaching,
    ):
        module.setup(app)
    return {"version": "0.2", "parallel_read_safe": True, "parallel_write_safe": True}
