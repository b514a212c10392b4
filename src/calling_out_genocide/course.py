"""The course's one list of chapters (course.yml), and what the published book holds.

A chapter is published when course.yml says so; _toc.yml must then list it (a test checks the
two agree). The print edition and the appendices show only what published chapters use, so
material gathered for a chapter that is not yet written does not reach readers without the
chapter that frames it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

import yaml

from calling_out_genocide.paths import REPO_ROOT

COURSE_FILE = REPO_ROOT / "course.yml"
STATUSES = ("published", "planned")
# Datasets that the appendices themselves are made from, whatever the chapters load.
APPENDIX_DATASETS = ("glossary", "timeline", "udhr_text", "genocide_convention_text")
LOAD_CALL = re.compile(r"""\bload\(\s*["']([a-z0-9_]+)["']""")


class CourseError(ValueError):
    """course.yml does not describe the course correctly."""


@dataclass(frozen=True)
class Chapter:
    slug: str
    title: str
    part: str
    status: str
    short: str | None = None
    prose: str | None = None
    notebook: str | None = None
    quiz: str | None = None
    # Touches current politics: its teacher's note must set out the impartiality duty.
    impartiality: bool = False

    @property
    def published(self) -> bool:
        return self.status == "published"

    @property
    def files(self) -> list[str]:
        return [f for f in (self.prose, self.notebook) if f]


@cache
def chapters() -> tuple[Chapter, ...]:
    """Every chapter in course.yml, in course order; a CourseError names a bad entry."""
    entries = yaml.safe_load(COURSE_FILE.read_text(encoding="utf-8"))["chapters"]
    found = []
    for number, entry in enumerate(entries, start=1):
        where = f"course.yml, chapter {number} ({entry.get('slug', '?')})"
        unknown = set(entry) - set(Chapter.__dataclass_fields__)
        if unknown:
            raise CourseError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        for required in ("slug", "title", "part", "status"):
            if required not in entry:
                raise CourseError(f"{where}: field {required!r} is missing")
        if entry["status"] not in STATUSES:
            raise CourseError(
                f"{where}, field 'status': {entry['status']!r} is not one of {STATUSES}"
            )
        if entry["status"] == "published" and not ({"prose", "notebook"} & set(entry)):
            raise CourseError(f"{where}: a published chapter needs 'prose' or 'notebook'")
        found.append(Chapter(**{**entry, "part": str(entry["part"])}))
    slugs = [c.slug for c in found]
    if len(set(slugs)) != len(slugs):
        raise CourseError("course.yml: two chapters share a slug")
    return tuple(found)


def chapter_titles() -> dict[str, str]:
    """Timeline chapter code -> the chapter's short name, for chapters that have a timeline."""
    return {c.slug: c.short for c in chapters() if c.short}


def published_chapters() -> set[str]:
    return {c.slug for c in chapters() if c.published}


def published_datasets() -> list[str]:
    """Datasets loaded by a published notebook, then those the appendices are made from."""
    names: list[str] = []
    for chapter in chapters():
        if chapter.published and chapter.notebook:
            notebook = REPO_ROOT / f"{chapter.notebook}.ipynb"
            cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
            code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
            names += LOAD_CALL.findall(code)
    return list(dict.fromkeys([*names, *APPENDIX_DATASETS]))
