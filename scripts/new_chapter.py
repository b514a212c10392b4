"""Start a new chapter: its skeleton files, and its entry in course.yml, the README and the data.

    python scripts/new_chapter.py SLUG "Title of the chapter" PART

writes book/SLUG.md (the chapter recipe's sections), notebooks/SLUG-data.ipynb (the data
exercise's frame and the quiz cell), quizzes/SLUG.yaml (a bank with one example question) and
book/teachers/SLUG.md (its teacher's page, written from teaching/SLUG.yaml once that exists),
adds the chapter to course.yml as "planned", to the README's table of chapters, and its code to
the timeline's chapter codes in data/datapackage.json. Then write the chapter; when it is
finished and checked, set its status to "published" in course.yml and add it to _toc.yml
(tests/test_course.py checks that the two agree).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import nbformat

REPO_ROOT = Path(__file__).resolve().parent.parent
SLUG = re.compile(r"^[a-z][a-z0-9-]*$")

PROSE = """\
(SLUG)=
# TITLE

```{admonition} Content note
:class: content-note
What this chapter covers, in one or two calm sentences, so that a teacher can prepare and a
learner can choose how to engage.
```

**Learning objectives.** After this chapter you will be able to:

- explain ...;
- describe ...;
- weigh ....

(SLUG-first-section)=
## The first section

Narrative sections, every fact cited with {cite:p}`key` and every term defined on first use
with {term}`Genocide`.

```{admonition} Primary source
:class: primary-source
A short, exact quotation or document extract, attributed, and a question that asks the reader
to interpret it.
```

```{admonition} A person's story
:class: person-story
A person's life, not only their death, from a reliable published source.
```

(SLUG-timeline)=
## Timeline

```{timeline-figure} SLUG
```

(SLUG-key-points)=
## Key points

- Five to eight short sentences in plain language.

(SLUG-think)=
## Think about it

1. Three to six questions that have no single right answer.

(SLUG-further-reading)=
## Further reading

- A reputable source, with a line on why it is worth reading.

The data exercise for this chapter is {doc}`../notebooks/SLUG-data`, and its quiz, with an
answer sheet to copy, is {ref}`SLUG-quiz`.
"""

QUIZ = """\
title: TITLE
introduction: Questions on this chapter.
questions:
  - id: first-question
    type: true_false
    prompt: Replace this question with the chapter's own.
    section: book/SLUG#SLUG-first-section
    answer: true
    feedback_true: Explain why this is right, and where the chapter teaches it.
    feedback_false: Explain why this is wrong, and where the chapter teaches it.
"""

NOTEBOOK_CELLS = [
    ("markdown", "# Data exercise: TITLE\n\nWhat the learner will find out, and from which data."),
    (
        "code",
        "import matplotlib.pyplot as plt\n\n"
        "from calling_out_genocide import apply_course_style, load, source_note\n\n"
        "apply_course_style()",
    ),
    (
        "markdown",
        "```{exercise} The first question\n:label: SLUG-first\n:class: on-paper\n\n"
        "A task the learner can answer from the printed table or chart.\n```\n\n"
        "```{solution-start} SLUG-first\n:class: dropdown\n```\n\n"
        "The worked answer.\n\n```{solution-end}\n```",
    ),
    (
        "markdown",
        "(SLUG-data-limits)=\n## What this data can and cannot tell us\n\n"
        "- Sources, estimates and gaps.",
    ),
    (
        "markdown",
        "(SLUG-quiz)=\n## Check your understanding\n\n```{only} html\nAnswer the questions, then "
        "press *Check answers* to see your score and feedback on each answer.\n```\n\n"
        "```{only} latex\nAnswer the questions on paper first. Then check your answers against "
        'the appendix "Answer keys".\n```',
    ),
    ("code", 'from calling_out_genocide import quiz\n\nquiz("SLUG")'),
]


def _fill(text: str, slug: str, title: str) -> str:
    return text.replace("SLUG", slug).replace("TITLE", title)


def new_chapter(root: Path, slug: str, title: str, part: str) -> list[Path]:
    if not SLUG.match(slug):
        raise SystemExit(f"{slug!r}: a chapter's slug is lower case letters, digits and hyphens")
    course = root / "course.yml"
    if re.search(rf"^  - slug: {re.escape(slug)}$", course.read_text(encoding="utf-8"), re.M):
        raise SystemExit(f"course.yml already has a chapter {slug!r}")
    written = {
        root / "book" / f"{slug}.md": _fill(PROSE, slug, title),
        root / "quizzes" / f"{slug}.yaml": _fill(QUIZ, slug, json.dumps(title)),
        # The teacher's page is written from teaching/SLUG.yaml (see teaching/README.md).
        root / "book" / "teachers" / f"{slug}.md": f"```{{teaching-page}} {slug}\n```\n",
    }
    for path in written:
        if path.exists():
            raise SystemExit(f"{path.relative_to(root)} already exists")
    for path, text in written.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    notebook = nbformat.v4.new_notebook()
    for kind, source in NOTEBOOK_CELLS:
        make = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
        notebook.cells.append(make(_fill(source, slug, title)))
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (course)"}
    notebook_path = root / "notebooks" / f"{slug}-data.ipynb"
    notebook_path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, notebook_path)

    quoted = json.dumps(title, ensure_ascii=False)
    with course.open("a", encoding="utf-8") as file:
        file.write(
            f"  - slug: {slug}\n    title: {quoted}\n    short: {quoted}\n"
            f'    part: "{part}"\n    status: planned\n    prose: book/{slug}\n'
            f"    notebook: notebooks/{slug}-data\n    quiz: {slug}\n"
        )

    readme = root / "README.md"
    lines = readme.read_text(encoding="utf-8").split("\n")
    row = lines.index("## Chapters")
    while not lines[row].startswith("|"):
        row += 1
    while row < len(lines) and lines[row].startswith("|"):
        row += 1
    lines.insert(row, f"| {part} | {title} | planned |")
    readme.write_text("\n".join(lines), encoding="utf-8")

    package_path = root / "data" / "datapackage.json"
    package = json.loads(package_path.read_text(encoding="utf-8"))
    timeline = next(r for r in package["resources"] if r["name"] == "timeline")
    chapter_field = next(f for f in timeline["schema"]["fields"] if f["name"] == "chapter")
    chapter_field["constraints"]["enum"].append(slug)
    package_path.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n")
    return [*written, notebook_path]


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        raise SystemExit(__doc__)
    for path in new_chapter(REPO_ROOT, *argv):
        print(f"wrote {path.relative_to(REPO_ROOT)}")
    print("registered in course.yml (planned), README.md and data/datapackage.json")


if __name__ == "__main__":
    main(sys.argv[1:])
