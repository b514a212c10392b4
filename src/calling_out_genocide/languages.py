"""One table of the languages the course prints: tag, direction, polyglossia name and fonts.

It drives the site's ``lang`` and ``dir`` attributes, the PDF's polyglossia environments, and the
LaTeX preamble lines that declare each language and its fonts. A passage in a language not in
this table stops the build, with the file and line, instead of printing in the wrong direction.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    tag: str  # BCP 47
    name: str
    direction: str = "ltr"
    # polyglossia's name for it, or None where the main font sets it with no environment
    # (Latin-script languages) or xeCJK does (Chinese).
    polyglossia: str | None = None
    script: str | None = None  # OpenType script, for fontspec
    fonts: tuple[str, str, str] | None = None  # serif, sans, mono
    # Other polyglossia font-family names that must exist for this language (Uyghur asks for
    # the Arabic sans and mono families in running heads and code).
    font_aliases: tuple[str, ...] = ()
    cjk: bool = False


LANGUAGES = {
    lang.tag: lang
    for lang in (
        Language("en", "English"),
        Language("fr", "French", polyglossia="french"),
        Language("bs", "Bosnian"),
        Language("rw", "Kinyarwanda"),
        Language(
            "he",
            "Hebrew",
            "rtl",
            "hebrew",
            "Hebrew",
            # Noto Serif Hebrew has no full stop; FreeSerif covers the course's Hebrew.
            ("FreeSerif", "FreeSans", "FreeMono"),
        ),
        Language(
            "ug-Arab",
            "Uyghur (Arabic script)",
            "rtl",
            "uyghur",
            "Arabic",
            # Noto Naskh Arabic has no hyphen; Noto Sans Arabic covers the course's Uyghur.
            ("Noto Sans Arabic", "Noto Sans Arabic", "Noto Sans Arabic"),
            font_aliases=("arabic",),
        ),
        Language(
            "km",
            "Khmer",
            polyglossia="khmer",
            script="Khmer",
            fonts=("Noto Serif Khmer", "Noto Sans Khmer", "Noto Sans Khmer"),
        ),
        Language("zh-Hans", "Chinese (Simplified)", cjk=True),
    )
}
CJK_FONT = "Noto Serif CJK SC"


class UnknownLanguage(ValueError):
    """A language tag the course cannot print correctly."""


def language(tag: str) -> Language:
    try:
        return LANGUAGES[tag]
    except KeyError:
        raise UnknownLanguage(
            f"unknown language tag {tag!r}: the course can print "
            f"{', '.join(sorted(LANGUAGES))}. To add one, give its direction, polyglossia name "
            "and fonts in src/calling_out_genocide/languages.py"
        ) from None


def latex_preamble() -> str:
    """The LaTeX lines that declare every language and its fonts (after hyperref and bidi)."""
    with_environment = [lang for lang in LANGUAGES.values() if lang.polyglossia]
    lines = [r"\setotherlanguages{" + ",".join(lang.polyglossia for lang in with_environment) + "}"]
    for lang in with_environment:
        if not lang.fonts:
            continue
        serif, sans, mono = lang.fonts
        option = f"[Script={lang.script}]"
        lines.append(rf"\newfontfamily\{lang.polyglossia}font{option}{{{serif}}}")
        # Sans and mono faces too: a passage at a page break meets the sans-serif running head.
        for names in ((lang.polyglossia,), lang.font_aliases):
            for name in names:
                lines.append(rf"\newfontfamily\{name}fontsf{option}{{{sans}}}")
                lines.append(rf"\newfontfamily\{name}fonttt{option}{{{mono}}}")
    if any(lang.cjk for lang in LANGUAGES.values()):
        lines += [
            r"\usepackage{xeCJK}",
            rf"\setCJKmainfont{{{CJK_FONT}}}",
            "% xeCJK would set curly quotes and apostrophes as full-width CJK punctuation.",
            r'\xeCJKDeclareCharClass{Default}{"2018, "2019, "201C, "201D}',
        ]
    return "\n".join(lines)
