"""A chapter's teaching material as MyST Markdown: its teacher's page, and its handout page.

The teacher's page is parsed in place of ``{teaching-page} SLUG`` (sphinx_ext.teaching); the
handout's own PDF is written by handout.py from the same file.
"""

from __future__ import annotations

from functools import cache

from calling_out_genocide.course import Chapter
from calling_out_genocide.generated_pages import _inline
from calling_out_genocide.teaching.materials import (
    _chapter,
    filled_scaffold,
    load_material,
    quiz_question,
    section_titles,
    without_citations,
)

STAGE_NAMES = {
    "starter": "Starter",
    "main": "Main activity",
    "discussion": "Discussion",
    "plenary": "Plenary",
}


def handout_pdf_name(slug: str) -> str:
    return f"handout-{slug}.pdf"


def _quiz_reference(chapter: Chapter, reference: str) -> str:
    bank, number, question = quiz_question(chapter, reference)
    return f"quiz question {number} of “{_inline(bank.title)}”: *{_inline(question.prompt)}*"


def _section_reference(label: str) -> str:
    # Named, not linked: the teachers' edition is printed apart from the chapters, where a
    # link would have nowhere to go.
    return f"the section “{_inline(section_titles()[label])}”"


def _steps(chapter: Chapter, steps: list[dict]) -> list[str]:
    lines, start = [], 0
    for step in steps:
        end = start + step["minutes"]
        uses = [_section_reference(label) for label in step["sections"]]
        uses += [_quiz_reference(chapter, r) for r in step.get("quiz", [])]
        use = f" *Use:* {'; '.join(uses)}" if uses else ""
        if use and not use.rstrip("*").endswith((".", "?", "!")):
            use += "."
        lines.append(
            f"- **{start}–{end} min, {STAGE_NAMES[step['stage']]}.** "
            f"{' '.join(step['activity'].split())}{use}"
        )
        start = end
    return lines


def _paragraphs(text: str) -> list[str]:
    return [text.strip(), ""]


@cache
def _bibliography():
    from pybtex.database import parse_file

    from calling_out_genocide.paths import REPO_ROOT

    return parse_file(str(REPO_ROOT / "references.bib"), bib_format="bibtex").entries


def reference_line(key: str) -> str:
    """A bibliography entry written out in full: the teachers' edition has no bibliography."""
    entry = _bibliography()[key]
    fields = entry.fields
    who = fields.get("author") or fields.get("organization") or fields.get("publisher") or ""
    if not who and entry.persons.get("author"):
        who = " and ".join(str(p) for p in entry.persons["author"])
    if not who and entry.persons.get("author") is None:
        who = fields.get("institution", "")
    title = fields.get("title", "").replace("{", "").replace("}", "")
    year = fields.get("year", "") or fields.get("date", "")[:4]
    url = fields.get("url", "")
    text = ", ".join(p for p in (_inline(who), f"*{_inline(title)}*", _inline(year)) if p)
    stop = "" if text.endswith(".") else "."  # "n.d." already ends the sentence
    return f"- {text}{stop}" + (f" <{url}>" if url else "")


def teacher_page(slug: str) -> str:
    chapter = _chapter(slug)
    data = load_material(slug)
    plan, note = data["session_plan"], data["teacher_note"]
    title = chapter.short or chapter.title
    lines = [
        f"(teach-{slug})=",
        f"# Teaching: {_inline(title)}",
        "",
        "```{only} html",
        f"For the chapter {{doc}}`/{chapter.prose or chapter.notebook}`.",
        "```",
        "```{only} latex",
        f"For the chapter “{_inline(chapter.title)}” in the students' book.",
        "```",
        "",
        f"**It assumes:** {' '.join(data['assumes'].split())}",
        "",
        "```{raw} html",
        f'<p class="pdf-edition">The handout for learners, to print: <a href="../../handouts/'
        f'{handout_pdf_name(slug)}">{handout_pdf_name(slug)}</a> (two pages of A4 at most).</p>',
        "```",
        "```{only} latex",
        f"The handout for learners is printed separately: {handout_pdf_name(slug)}, beside "
        "this book on the course's site and in its offline copy.",
        "```",
        "",
        f"(teach-{slug}-plan)=",
        "## Session plan: one lesson of 50 minutes",
        "",
        "### By the end, learners can",
        "",
        *(f"- {' '.join(o.split())}" for o in plan["objectives"]),
        "",
        "### Prepare",
        "",
        *(f"- {' '.join(p.split())}" for p in plan["prepare"]),
        "",
        "### The lesson",
        "",
        *_steps(chapter, plan["lesson"]),
        "",
        "### If you are short of time",
        "",
        " ".join(plan["if_short_of_time"].split()),
        "",
        f"(teach-{slug}-two-lessons)=",
        "## The two-lesson option",
        "",
    ]
    for number, lesson in enumerate(plan["two_lessons"], start=1):
        lines += [f"### Lesson {number}", "", *_steps(chapter, lesson), ""]
    lines += [
        f"(teach-{slug}-note)=",
        "## Teacher's note",
        "",
        "### The room and ground rules",
        "",
        *_paragraphs(note["the_room"]),
        "### Learners with family histories of persecution",
        "",
        *_paragraphs(note["family_histories"]),
        "### Prejudice, denial or distortion in the room",
        "",
        *_paragraphs(note["responding"]),
        "### If a learner is distressed",
        "",
        *_paragraphs(note["distress"]),
    ]
    if "impartiality" in note:
        lines += ["### Political impartiality", "", *_paragraphs(note["impartiality"])]
    lines += ["### Guidance on the \u201cThink about it\u201d questions", ""]
    for number, entry in enumerate(note["think_about_it"], start=1):
        lines += [
            f"{number}. *{_inline(without_citations(entry['question']))}*",
            "",
            f"   **What to look for:** {' '.join(entry['good_answers'].split())}",
            "",
            f"   **Watch for:** {' '.join(entry['misreadings'].split())}",
            "",
        ]
    lines += [
        "### This note draws on",
        "",
        *(reference_line(key) for key in data["guidance"]),
        "",
        f"(teach-{slug}-easy-read)=",
        "## Easy-read version",
        "",
        *_paragraphs(data["easy_read"]["text"]),
        "### Word bank",
        "",
        "Each word is in the book's glossary, with its full definition and source.",
        "",
    ]
    lines += [
        f"- **{_inline(entry['term'])}**: {_inline(entry['meaning'])}"
        for entry in data["easy_read"]["word_bank"]
    ]
    scaffold = data["differentiation"]["scaffold"]
    answers = "; ".join(f"`{a}`" for a in scaffold["answers"])
    lines += [
        "",
        f"(teach-{slug}-differentiation)=",
        "## Differentiation",
        "",
        "### An extension task, for confident learners",
        "",
        " ".join(data["differentiation"]["extension"].split()),
        "",
        "### A scaffolded data task, for learners new to Python",
        "",
        " ".join(scaffold["introduction"].split()),
        "",
        # Code is for the screen: the teachers' edition, like every printed book of the course,
        # prints none, and says where to find it.
        "````{only} html",
        "```python",
        scaffold["code"].rstrip(),
        "```",
        "",
        f"**The completed task.** The answers, in order: {answers}.",
        "",
        "```python",
        filled_scaffold(data).rstrip(),
        "```",
        "````",
        "",
        "```{only} latex",
        "The task is code for learners at a computer, so it is not printed: its fill-in version "
        "and its completed version are on this chapter's teacher's page on the course's site "
        "and in its offline copy.",
        "```",
        "",
    ]
    task = data["assessment"]
    lines += [
        f"(teach-{slug}-assessment)=",
        f"## Assessment task ({_inline(task['kind'])}, {task['marks']} marks)",
        "",
    ]
    if "source" in task:
        lines += [
            f"> {' '.join(task['source']['text'].split())}",
            ">",
            f"> — {' '.join(task['source']['attribution'].split())}",
            "",
        ]
    lines += [
        f"**Question:** {' '.join(task['question'].split())}",
        "",
        "### Mark scheme",
        "",
        *(
            f"- **{band['marks'].replace('-', '–')} marks:** {' '.join(band['descriptor'].split())}"
            for band in task["mark_scheme"]
        ),
        "",
        "### What a strong answer may include",
        "",
        *(f"- {' '.join(point.split())}" for point in task["indicative_content"]),
        "",
    ]
    return "\n".join(lines)


def course_session(name: str) -> str:
    """A session for the course as a whole (teaching/course.yaml), as MyST Markdown."""
    from calling_out_genocide.teaching.materials import load_course_sessions

    session = load_course_sessions()[name]
    anywhere = Chapter(slug="course", title="", part="", status="published")
    lines = [
        f"**For:** {' '.join(session['for'].split())}",
        "",
        "**Prepare:**",
        "",
        *(f"- {' '.join(p.split())}" for p in session["prepare"]),
        "",
        f"**The session ({session['minutes']} minutes):**",
        "",
        *_steps(anywhere, session["steps"]),
        "",
    ]
    return "\n".join(lines)
