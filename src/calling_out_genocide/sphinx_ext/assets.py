"""Assets: self-hosted only, each once, and nothing a page does not use.

The course's own CSS and JavaScript are added; a script or stylesheet from another host stops
the build; MathJax is dropped from pages that show no mathematics; repeated inline scripts and
saved widget state are removed.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

from calling_out_genocide.paths import STATIC_DIR


def _asset_key(asset: Any) -> tuple[str, str]:
    filename = getattr(asset, "filename", asset) or ""
    attributes = getattr(asset, "attributes", {}) or {}
    return str(filename), str(attributes.get("body", ""))


# Saved ipywidgets state: the site shows each quiz's static HTML, so the state is dead weight.
WIDGET_STATE_TYPE = "application/vnd.jupyter.widget-state+json"


DESIGN_CLASS = re.compile(r'class="[^"]*\bsd-')


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
    # sphinx-design's styles and tab script serve only pages with its components.
    page_has_design = bool(DESIGN_CLASS.search(context.get("body", "")))
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
            if not page_has_design and asset_key[0].rsplit("/", 1)[-1].startswith(
                ("sphinx-design.", "design-tabs.")
            ):
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


def _add_static_dir(app: Sphinx, config: Any) -> None:
    config.html_static_path.append(str(STATIC_DIR))


def setup(app: Sphinx) -> None:
    app.connect("config-inited", _add_static_dir)
    app.add_css_file("course.css")
    app.add_js_file("quiz.js", loading_method="defer")
    # Before every other script, so that nothing on any page writes to the browser's storage.
    app.add_js_file("no-storage.js", priority=1)
    # Run after other extensions have added their assets.
    app.connect("html-page-context", _deduplicate_and_guard_assets, priority=900)
