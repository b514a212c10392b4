"""How the course's interactive pieces show in a notebook: static renderings for the site and
the PDF, and a live ipywidgets form where a kernel runs (each front end picks what it can show)."""

from __future__ import annotations

from collections.abc import Callable

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def mimebundle(plain: str, html: str, latex: str, make_widget: Callable[[], object]) -> dict:
    """A display bundle; make_widget builds the live form (and imports ipywidgets) lazily."""
    bundle = {"text/plain": plain, "text/html": html, "text/latex": latex}
    try:
        view = make_widget()._repr_mimebundle_()
    except ImportError:  # no ipywidgets: the static renderings still work
        view = None
    if view and WIDGET_VIEW in view:
        bundle[WIDGET_VIEW] = view[WIDGET_VIEW]
    return bundle
