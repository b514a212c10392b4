"""Pages written from data at build time, so that nothing in them is typed twice.

A page asks for generated content with the directive ``{generated} NAME`` (see
sphinx_ext.generated), which parses the MyST Markdown made here in the page's place.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pandas as pd

from calling_out_genocide.course import published_chapters, published_datasets
from calling_out_genocide.data_package import load, package_descriptor
from calling_out_genocide.timeline import CHAPTER_TITLES, chapter_events

GENERATED_BLOCK = re.compile(r"^```\{generated\} (?P<name>\S+)\n```\s*$", re.MULTILINE)


def _inline(text: str) -> str:
    """Data text as literal MyST inline text: no markup, roles or links can come from data."""
    text = re.sub(r"\s+", " ", str(text)).strip()
    return re.sub(r"([\\`*_{}\[\]<>#|$~])", r"\\\1", text)


def _ragged(fraction: float) -> str:
    """A print table column of this share of the line, set ragged-right (no hyphenation)."""
    return rf">{{\raggedright\arraybackslash}}\Y{{{fraction}}}"


def _source_line(source: dict, cite: bool = True) -> str:
    """One source of a dataset: cited from the bibliography, or written out in full (the
    teachers' "Sources and methods" edition is a book of its own, with no bibliography)."""
    title = _inline(source["title"])
    publisher = _inline(source.get("publisher", ""))
    cited = f" {{cite:p}}`{source['bibkey']}`" if cite and source.get("bibkey") else ""
    address = ""
    if not cited and source.get("path"):
        # Percent-encoded as a browser would, so that the printed address is the link itself
        # (and breaks at the margin) rather than a label that cannot break.
        path = quote(source["path"], safe=":/?&=%#@!$'()*+,;~-._")
        address = f" <{path}>" if path.startswith("http") else ""
    read = f" Read {source['accessed']}." if source.get("accessed") else ""
    lead = f"{publisher}: " if publisher else ""
    return f"- {lead}*{title}*{cited}{address}.{read}"


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
            *(_source_line(s, cite=False) for s in resource["sources"]),
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
    events = events[events["chapter"].isin(published_chapters())]
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


def _legal_text(dataset: str, article_label) -> list[str]:
    frame = load(dataset).sort_values(
        ["section", "number", "paragraph"], ascending=[False, True, True]
    )
    parts: list[str] = []
    for (section, _number), paragraphs in frame.groupby(["section", "number"], sort=False):
        if section == "article":
            parts += [f"**Article {article_label(paragraphs.iloc[0])}**", ""]
        for _, row in paragraphs.iterrows():
            parts += [_inline(row["text"]), ""]
    return parts


def legal_texts() -> str:
    """The full texts of the UDHR and the Genocide Convention, from the official texts in data/."""
    return "\n".join(
        [
            "(text-udhr)=",
            "## Universal Declaration of Human Rights",
            "",
            "Adopted by the United Nations General Assembly in resolution 217 A (III), "
            "10 December 1948 {cite:p}`unga-res-217a-iii`.",
            "",
            "**Preamble**",
            "",
            *_legal_text("udhr_text", lambda row: int(row["number"])),
            "(text-genocide-convention)=",
            "## Convention on the Prevention and Punishment of the Crime of Genocide",
            "",
            "Adopted by the United Nations General Assembly on 9 December 1948; in force since "
            "12 January 1951. United Nations Treaty Series, vol. 78, p. 277 "
            "{cite:p}`unts-78-1021`.",
            "",
            *_legal_text("genocide_convention_text", lambda row: row["numeral"]),
        ]
    )


def numbers_in_brief() -> str:
    """For each dataset a published chapter uses: what it counts, its main sources, its licence.

    The full provenance notes are in the teachers' "Sources and methods" edition.
    """
    resources = {r["name"]: r for r in package_descriptor()["resources"]}
    parts = []
    for name in published_datasets():
        resource = resources[name]
        licences = "; ".join(_inline(lic.get("title", lic["name"])) for lic in resource["licenses"])
        publishers = list(
            dict.fromkeys(_inline(s.get("publisher", "")) for s in resource["sources"])
        )
        publishers = [p for p in publishers if p]
        shown = publishers[:4]
        more = f", and {len(publishers) - len(shown)} more" if len(publishers) > len(shown) else ""
        parts += [
            f"## {_inline(resource['title'])}",
            "",
            _inline(resource["description"]),
            "",
            f"**Main sources:** {'; '.join(shown)}{more}. **Licence:** {licences}. "
            f"**How it was made and its limits:** in the teachers' *Sources and methods*, "
            f"{{ref}}`{_inline(resource['title'])} <data-{name}>`.",
            "",
        ]
    return "\n".join(parts)


def credits() -> str:
    """Who made each third-party text and dataset the course uses, and on what terms."""
    parts = ["## Texts and translations", ""]
    resources = {r["name"]: r for r in package_descriptor()["resources"]}
    for name in ("udhr_text", "udhr_article1_translations", "genocide_convention_text"):
        resource = resources[name]
        licences = "; ".join(_inline(lic.get("title", lic["name"])) for lic in resource["licenses"])
        parts += [f"**{_inline(resource['title'])}.** Terms: {licences}.", ""]
        parts += [_source_line(s) for s in resource["sources"]]
        parts.append("")
    parts += ["## Datasets", ""]
    for name, resource in resources.items():
        if name in ("udhr_text", "udhr_article1_translations", "genocide_convention_text"):
            continue
        licences = "; ".join(_inline(lic.get("title", lic["name"])) for lic in resource["licenses"])
        publishers = sorted(
            {_inline(s["publisher"]) for s in resource["sources"] if s.get("publisher")}
        )
        parts += [
            f"- **{_inline(resource['title'])}**: compiled by the course from "
            f"{len(resource['sources'])} published sources ({'; '.join(publishers)}). "
            f"Licence of the compilation: {licences}.",
        ]
    return "\n".join(parts) + "\n"


EXERCISE = re.compile(
    r"^```\{exercise\} (?P<title>.+)\n:label: (?P<label>\S+)\n:class: (?P<medium>\S+)", re.MULTILINE
)


def on_paper_exercises() -> str:
    """Each published notebook's exercises, sorted into those a reader can do from the printed
    tables and charts and those that need a computer (from each exercise's own :class:)."""
    from calling_out_genocide.course import chapters
    from calling_out_genocide.quizzes.bank import document_lines

    lines = []
    for chapter in chapters():
        if not (chapter.published and chapter.notebook and str(chapter.part).isdigit()):
            continue
        text = "\n".join(document_lines(chapter.notebook)[1])
        found = {"on-paper": [], "needs-computer": []}
        for match in EXERCISE.finditer(text):
            found.setdefault(match["medium"], []).append(f"{{ref}}`{match['label']}`")
        lines += [
            f"- **{_inline(chapter.short or chapter.title)}** ({{doc}}`/{chapter.notebook}`): "
            f"on paper: {', '.join(found['on-paper']) or 'none'}; "
            f"needs a computer: {', '.join(found['needs-computer']) or 'none'}.",
        ]
    return "\n".join(lines) + "\n"


def teaching_prior_knowledge() -> str:
    """What each teaching chapter assumes, from its teaching material, in course order."""
    from calling_out_genocide.teaching.materials import load_material, teaching_chapters

    lines = []
    for chapter in teaching_chapters():
        assumes = " ".join(load_material(chapter.slug)["assumes"].split())
        lines.append(
            f"- **{_inline(chapter.short or chapter.title)}** "
            f"(teacher's page: {{doc}}`/book/teachers/{chapter.slug}`): {assumes}"
        )
    return "\n".join(lines) + "\n"


GENERATORS = {
    "on-paper-exercises": on_paper_exercises,
    "teaching-prior-knowledge": teaching_prior_knowledge,
    "legal-texts": legal_texts,
    "numbers-in-brief": numbers_in_brief,
    "credits": credits,
    "glossary": glossary,
    "data-sources": data_sources,
    "course-timeline": course_timeline,
    "article-1-translations": article_1_translations,
}


def expand_generated(text: str) -> str:
    """A page's text with each ``{generated}`` block replaced by what it generates (for checks
    that read pages as text, such as the quotation test)."""

    def replace(match: re.Match) -> str:
        name = match["name"]
        if name not in GENERATORS:
            raise ValueError(f"unknown generated block {name!r}; known: {', '.join(GENERATORS)}")
        return GENERATORS[name]()

    return GENERATED_BLOCK.sub(replace, text)
