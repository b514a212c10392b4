"""Pages stay light: the search index loads only on the search page, the icon fonts hold only
the icons the site shows, and every icon a page names is still in its font."""

from __future__ import annotations

import re
from pathlib import Path

from calling_out_genocide.sphinx_ext.icon_font import CLASS_NAME, CLASS_RULE, FONT_DIR


def pages(built_html: Path) -> list[Path]:
    return [
        p
        for p in built_html.rglob("*.html")
        if not {"_static", "_sources"} & set(p.relative_to(built_html).parts)
    ]


def test_only_the_search_page_loads_the_search_index(built_html: Path) -> None:
    loading = [
        p.relative_to(built_html).as_posix()
        for p in pages(built_html)
        if "searchindex.js" in p.read_text(encoding="utf-8")
    ]
    assert loading == ["search.html"]


def test_the_icon_font_keeps_every_icon_a_page_shows_and_little_else(built_html: Path) -> None:
    from fontTools.ttLib import TTFont

    font_path = built_html / FONT_DIR / "fa-solid-900.woff2"
    assert font_path.stat().st_size < 20_000, "the solid icon font was not cut down"
    cmap = TTFont(str(font_path)).getBestCmap()
    import pydata_sphinx_theme

    def icon_table(css_path: Path) -> dict[str, int]:
        return {
            name: int(code, 16)
            for selectors, code in CLASS_RULE.findall(css_path.read_text(encoding="utf-8"))
            for name in CLASS_NAME.findall(selectors)
        }

    # The theme's own stylesheet names every icon; the site's keeps the rules of those it shows.
    theme_css = next(Path(pydata_sphinx_theme.__file__).parent.rglob("pydata-sphinx-theme.css"))
    table = icon_table(theme_css)
    kept = icon_table(built_html / "_static" / "styles" / "pydata-sphinx-theme.css")
    assert len(kept) < len(table) / 10, "the unused icon rules were not dropped"
    shown = {
        name
        for page in pages(built_html)
        for classes in re.findall(r'class="([^"]*\bfa-solid\b[^"]*)"', page.read_text("utf-8"))
        for name in re.findall(r"\bfa-([a-z0-9-]+)", classes)
        if name in table
    }
    assert {"magnifying-glass", "bars", "sun", "moon"} <= shown
    missing = sorted(name for name in shown if table[name] not in cmap)
    assert not missing, f"icons shown but cut from the font: {missing}"
    unstyled = sorted(name for name in shown if kept.get(name) != table[name])
    assert not unstyled, f"icons shown but their rule dropped from the stylesheet: {unstyled}"
