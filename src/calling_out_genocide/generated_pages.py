"""Pages written from data at build time, so that nothing in them is typed twice.

A page asks for generated content with a marker line of its own, e.g.
``<!-- generated: data-sources -->``; the Sphinx extension swaps the marker for the MyST
Markdown made here before the page is parsed.
"""

from __future__ import annotations

import re

import pandas as pd

from calling_out_genocide.data_package import load, package_descriptor
from calling_out_genocide.timeline import CHAPTER_TITLES, chapter_events

MARKER = re.compile(r"^<!-- generated: (?P<name>.*?) -->\s*$", re.MULTILINE)


def _inline(text: str) -> str:
    """Data text as literal MyST inline text: no markup, roles or links can come from data."""
    text = re.sub(r"\s+", " ", str(text)).strip()
    return re.sub(r"([\\`*_{}\[\]<>#|$~])", r"\\\1", text)


def _ragged(fraction: float) -> str:
    """A print table column of this share of the line, set ragged-right (no hyphenation)."""
    return rf">{{\raggedright\arraybackslash}}\Y{{{fraction}}}"


def _source_line(source: dict) -> str:
    title = _inline(source["title"])
    publisher = _inline(source.get("publisher", ""))
    cited = f" {{cite:p}}`{source['bibkey']}`" if source.get("bibkey") else ""
    if not cited and source.get("path"):
        title = f"[{title}]({source['path']})"
    read = f" Read {source['accessed']}." if source.get("accessed") else ""
    lead = f"{publisher}: " if publisher else ""
    return f"- {lead}*{title}*{cited}.{read}"


def data_sources() -> str:
    parts = []
    for resource in package_descriptor()["resources"]:
        name = resource["name"]
        rows = len(load(name))
        licences = "; ".join(
            f"[{_inline(lic.get('title', lic['name']))}]({lic['path']})"
            for lic in resource["licenses"]
        )
        parts += [
            f"(data-{name})=",
            f"## {_inline(resource['title'])}",
            "",
            _inline(resource["description"]),
            "",
            f"**Download:** {{download}}`{name}.csv <../data/{resource['path']}>` "
            f"({rows} rows; dataset name `{name}`). **Licence:** {licences}.",
            "",
            "**Sources**",
            "",
            *(_source_line(s) for s in resource["sources"]),
            "",
            f"**How the values were collected.** {_inline(resource['method'])}",
            "",
            f"**Caveats.** {_inline(resource['uncertainty'])}",
            "",
            # Column widths for print; the site lays tables out by itself.
            f"```{{tabularcolumns}} {_ragged(0.24)}{_ragged(0.11)}{_ragged(0.65)}",
            "```",
            "",
            "| Column | Type | What it holds |",
            "| --- | --- | --- |",
        ]
        for field in resource["schema"]["fields"]:
            unit = f" Unit: {_inline(field['unit'])}." if field.get("unit") else ""
            about = _inline(field.get("description", field.get("title", "")))
            parts.append(f"| `{field['name']}` | {field['type']} | {about}{unit} |")
        parts.append("")
    return "\n".join(parts)


def course_timeline() -> str:
    events = chapter_events()
    parts = [
        f"```{{tabularcolumns}} {_ragged(0.15)}{_ragged(0.45)}{_ragged(0.17)}{_ragged(0.23)}",
        "```",
        "",
        "| Date | Event | Chapter | Source |",
        "| --- | --- | --- | --- |",
    ]
    for _, event in events.iterrows():
        keys = ",".join(event["source"].split(";"))
        parts.append(
            f"| {event['when']} | {_inline(event['event'])} | "
            f"{CHAPTER_TITLES[event['chapter']]} | {{cite:p}}`{keys}` |"
        )
    return "\n".join(parts) + "\n"


def article_1_translations() -> str:
    """UDHR Article 1 in the languages of the peoples this course is about (OHCHR texts)."""
    parts = []
    for _, row in load("udhr_article1_translations").iterrows():
        parts += [
            f"**{_inline(row['language_name'])}** {{cite:p}}`{row['source']}`",
            "",
            "```{foreign-passage}",
            f":lang: {row['language']}",
            str(row["text"]).strip(),
            "```",
            "",
        ]
    return "\n".join(parts)


def glossary() -> str:
    """The book's one glossary, as Sphinx glossary entries that pages can link with {term}."""
    parts = ["```{glossary}", ":sorted:", ""]
    for _, row in load("glossary").iterrows():
        also = ""
        if not pd.isna(row["also_called"]):
            names = "; ".join(_inline(n.strip()) for n in str(row["also_called"]).split(";"))
            also = f" Also called: {names}."
        parts += [
            _inline(row["term"]),
            f"  {_inline(row['definition'])} {{cite:p}}`{row['source']}`{also}",
            "",
        ]
    parts.append("```")
    return "\n".join(parts) + "\n"


GENERATORS = {
    "glossary": glossary,
    "data-sources": data_sources,
    "course-timeline": course_timeline,
    "article-1-translations": article_1_translations,
}


def expand_markers(text: str) -> str:
    def replace(match: re.Match) -> str:
        name = match["name"]
        if name not in GENERATORS:
            raise ValueError(f"unknown generated block {name!r}; known: {', '.join(GENERATORS)}")
        return GENERATORS[name]()

    return MARKER.sub(replace, text)
