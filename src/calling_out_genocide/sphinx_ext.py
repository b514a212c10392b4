"""Sphinx glue for the course: self-hosted assets only, and clean pages.

Loaded through ``sphinx.extra_extensions`` in ``_config.yml``.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from sphinx.application import Sphinx
from sphinx.errors import ExtensionError

from calling_out_genocide.paths import STATIC_DIR


def _asset_key(asset: Any) -> tuple[str, str]:
    filename = getattr(asset, "filename", asset) or ""
    attributes = getattr(asset, "attributes", {}) or {}
    return str(filename), str(attributes.get("body", ""))


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
            if asset_key[0] and _is_remote(asset_key[0]):
                raise ExtensionError(
                    f"page {pagename!r} would load {asset_key[0]!r} from another host; "
                    "the course self-hosts every asset (see CONTRIBUTING.md)"
                )
            kept.append(asset)
        context[key] = kept


def _add_static_dir(app: Sphinx, config: Any) -> None:
    config.html_static_path.append(str(STATIC_DIR))


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", _add_static_dir)
    # Run after other extensions have added their assets.
    app.connect("html-page-context", _deduplicate_and_guard_assets, priority=900)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
