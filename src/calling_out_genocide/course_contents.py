"""What the published course holds: its chapters and the datasets they use, read from _toc.yml.

A chapter is published when its prose file (``book/SLUG.md``) is in the table of contents. The
print edition and the appendices show only what published chapters use, so material gathered
for a chapter that is not yet written does not reach readers without the chapter that frames it.
"""

from __future__ import annotations

import json
import re
from functools import cache

import yaml

from calling_out_genocide.paths import REPO_ROOT

# Datasets that the appendices themselves are made from, whatever the chapters load.
APPENDIX_DATASETS = ("glossary", "timeline", "udhr_text", "genocide_convention_text")
LOAD_CALL = re.compile(r"""\bload\(\s*["']([a-z0-9_]+)["']""")


def _toc_files() -> list[str]:
    toc = yaml.safe_load((REPO_ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files: list[str] = [toc["root"]]

    def walk(entries: list[dict]) -> None:
        for entry in entries:
            if "file" in entry:
                files.append(entry["file"])
            walk(entry.get("sections", []))

    for part in toc.get("parts", []):
        walk(part.get("chapters", []))
    return files


@cache
def published_files() -> tuple[str, ...]:
    return tuple(_toc_files())


def published_chapters() -> set[str]:
    """Chapter slugs (as in data/timeline.csv) whose prose is in the table of contents."""
    from calling_out_genocide.timeline import CHAPTER_TITLES

    stems = {f.split("/", 1)[1] for f in published_files() if f.startswith("book/")}
    return {slug for slug in CHAPTER_TITLES if slug in stems}


def published_datasets() -> list[str]:
    """Datasets loaded by a published notebook, then those the appendices are made from."""
    names: list[str] = []
    for entry in published_files():
        notebook = REPO_ROOT / f"{entry}.ipynb"
        if notebook.exists():
            cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
            code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
            names += LOAD_CALL.findall(code)
    return list(dict.fromkeys([*names, *APPENDIX_DATASETS]))
