"""Quotations of the UDHR and the Genocide Convention, checked against the official texts in data/.

A quotation counts as one of these texts when a citation of the text follows it, as the content
rules require: ``"All human beings are born free" {cite:p}`unga-res-217a-iii```. Ellipses
("…" or "...") may skip words; each fragment must then appear in the text, in order.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from calling_out_genocide.data_package import load

# The bibliography keys that mean "this quotation is from the official text".
LEGAL_TEXT_KEYS = {
    "unga-res-217a-iii": "udhr_text",
    "unts-78-1021": "genocide_convention_text",
}

QUOTATION = re.compile(
    r"[\"“](?P<quote>[^\"”]{3,}?)[\"”]"  # the quotation, straight or curly quotes
    r"(?:(?!\n\s*\n)[^\"“”{}]){0,400}?"  # the rest of its paragraph, with no other quotation
    r"\{cite(?::[a-z]+)?\}`(?P<keys>[^`]+)`"
)
ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*")


@dataclass
class Quotation:
    where: str
    quote: str
    dataset: str


@cache
def official_text(dataset: str) -> str:
    """The whole text, paragraphs joined by single spaces, as one searchable string."""
    frame = load(dataset).sort_values(["section", "number", "paragraph"])
    return " ".join(frame["text"])


def quotations_in(text: str, where: str) -> list[Quotation]:
    found = []
    for match in QUOTATION.finditer(text):
        keys = [k.strip() for k in match["keys"].split(",")]
        for key in keys:
            if key in LEGAL_TEXT_KEYS:
                quote = re.sub(r"\s+", " ", match["quote"].strip())
                found.append(Quotation(where, quote, LEGAL_TEXT_KEYS[key]))
    return found


def matches_official_text(quotation: Quotation) -> bool:
    text = official_text(quotation.dataset)
    position = 0
    for fragment in filter(None, ELLIPSIS.split(quotation.quote)):
        fragment = fragment.strip(" ,;")
        found = text.find(fragment, position)
        if found == -1:
            # A quotation may begin a sentence with a capital the source does not have.
            found = text.find(fragment[:1].lower() + fragment[1:], position)
        if found == -1:
            return False
        position = found + len(fragment)
    return True


def course_sources(root: Path) -> list[tuple[str, str]]:
    """(where, text) for every chapter page and every notebook's Markdown cells."""
    # Pages are read as the build reads them: with generated blocks (the glossary) filled in.
    from calling_out_genocide.generated_pages import expand_generated

    sources = [
        (str(p.relative_to(root)), expand_generated(p.read_text(encoding="utf-8")))
        for p in sorted((root / "book").rglob("*.md"))
    ]
    for notebook in sorted((root / "notebooks").rglob("*.ipynb")):
        if ".ipynb_checkpoints" in notebook.parts:
            continue
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        for number, cell in enumerate(cells, start=1):
            if cell["cell_type"] == "markdown":
                where = f"{notebook.relative_to(root)} (cell {number})"
                sources.append((where, "".join(cell["source"])))
    return sources
