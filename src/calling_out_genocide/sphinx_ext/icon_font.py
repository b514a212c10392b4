"""The theme's icon fonts cut down to the icons the site shows.

Font Awesome's solid font is 0.16 MB and every page loads it for about a dozen icons. After the
build, each icon font keeps only the glyphs that the built pages and the theme's own styles use:
icons named by a ``fa-NAME`` class in a page or script, and icons that a stylesheet writes
itself (the admonition and link icons); and the theme's stylesheet drops the rules of the
icons no page shows. Nothing else changes, so the pages look as before.
"""

from __future__ import annotations

import re
from pathlib import Path

FONT_DIR = Path("_static") / "vendor" / "fontawesome" / "webfonts"
CLASS_RULE = re.compile(r'((?:\.fa-[a-z0-9-]+:(?:before|after),?)+)\{content:"\\([0-9a-f]{4,5})"\}')
CLASS_NAME = re.compile(r"\.fa-([a-z0-9-]+):")
USED_CLASS = re.compile(r"\bfa-([a-z0-9-]+)")
PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]|\\(f[0-9a-f]{3}|e[0-9a-f]{3})\b")


def used_classes(outdir: Path) -> set[str]:
    """Every ``fa-NAME`` class a built page or script names."""
    found: set[str] = set()
    for path in [*outdir.rglob("*.html"), *outdir.joinpath("_static").rglob("*.js")]:
        found |= set(USED_CLASS.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


def used_codepoints(outdir: Path, used: set[str]) -> set[int]:
    codepoints: set[int] = set()
    for css in outdir.joinpath("_static").rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="ignore")
        # The icon classes' own table: an icon only if a page or script names its class.
        for selectors, code in CLASS_RULE.findall(text):
            if set(CLASS_NAME.findall(selectors)) & used:
                codepoints.add(int(code, 16))
        # Anything else a stylesheet draws with the font (its own icon variables and rules).
        for match in PRIVATE_USE.finditer(CLASS_RULE.sub("", text)):
            char, code = match.group(0), match.group(1)
            codepoints.add(int(code, 16) if code else ord(char))
    return codepoints


def subset_icon_fonts(outdir: Path, used: set[str]) -> list[tuple[str, int, int]]:
    """Cut each icon font to the glyphs of the used classes and of the stylesheets' own icons;
    (file, bytes before, bytes after) for each."""
    from fontTools import subset

    codepoints = used_codepoints(outdir, used)
    results = []
    for font_path in sorted((outdir / FONT_DIR).glob("fa-*")):
        if font_path.suffix not in {".woff2", ".ttf"}:
            continue
        before = font_path.stat().st_size
        options = subset.Options()
        options.flavor = "woff2" if font_path.suffix == ".woff2" else None
        options.layout_features = ["*"]
        options.notdef_outline = True
        font = subset.load_font(str(font_path), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=codepoints)
        subsetter.subset(font)
        subset.save_font(font, str(font_path), options)
        results.append((font_path.name, before, font_path.stat().st_size))
    return results


THEME_CSS = Path("_static") / "styles" / "pydata-sphinx-theme.css"


def drop_unused_icon_rules(outdir: Path, used: set[str]) -> tuple[int, int]:
    """The theme's stylesheet without the rules of icons no page shows (its table of some
    1,800 icons is a quarter of the file); (bytes before, bytes after)."""
    path = outdir / THEME_CSS
    if not path.is_file():  # a book on another theme has no such stylesheet
        return 0, 0
    text = path.read_text(encoding="utf-8")

    def keep_if_used(match: re.Match) -> str:
        return match.group(0) if set(CLASS_NAME.findall(match.group(1))) & used else ""

    trimmed = CLASS_RULE.sub(keep_if_used, text)
    path.write_text(trimmed, encoding="utf-8")
    return len(text.encode()), len(trimmed.encode())


def _subset_after_build(app, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    used = used_classes(outdir)  # read from every page once, for both
    subset_icon_fonts(outdir, used)  # first: it reads the full table of icon rules
    drop_unused_icon_rules(outdir, used)


def setup(app) -> None:
    app.connect("build-finished", _subset_after_build)
