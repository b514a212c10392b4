"""The teachers' edition and the handouts on paper: each handout fits two sides of A4 and
prints its quiz without answers; the teachers' edition holds every chapter's teacher's page;
the students' book prints the letter template."""

from __future__ import annotations

from pathlib import Path

import pytest

from calling_out_genocide.letters import load_wording
from calling_out_genocide.paths import REPO_ROOT
from calling_out_genocide.teaching.materials import load_material, quiz_question, teaching_chapters

LATEX_DIR = REPO_ROOT / "_build" / "latex"
HANDOUT_DIR = REPO_ROOT / "_build" / "handouts"
CHAPTERS = teaching_chapters()


def squeeze(text: str) -> str:
    """Text without white space (the PDF's text layer does not always keep word spaces), with
    quotation marks straight (print curls them)."""
    straight = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return "".join(straight.split())


def pages_text(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [squeeze(page.extract_text() or "") for page in pdf.pages]


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda c: c.slug)
def test_each_handout_fits_two_pages_and_prints_its_quiz_without_answers(
    built_html: Path, chapter
) -> None:
    pdf = HANDOUT_DIR / f"handout-{chapter.slug}.pdf"
    assert (built_html / "handouts" / pdf.name).is_file(), "the site offers the handout"
    pages = pages_text(pdf)
    assert 1 <= len(pages) <= 2, f"{pdf.name} has {len(pages)} pages"
    text = "".join(pages)
    handout = load_material(chapter.slug)["handout"]
    for heading in ("Key facts", "A source", "Talk about it", "Quick quiz"):
        assert squeeze(heading) in text
    assert squeeze(handout["key_facts"][0])[:40] in text
    for reference in handout["quiz"]:
        question = quiz_question(chapter, reference)[2]
        assert squeeze(question.prompt)[:30] in text
        for option in getattr(question, "options", []):
            explanation = squeeze(option["feedback"])[:40]
            assert explanation not in text, f"{pdf.name} prints an answer's feedback"
    assert "Answerkey" not in text


def test_the_teachers_edition_prints_no_code(built_html: Path) -> None:
    """Like every printed book of the course: the scaffolded tasks stay on the site."""
    import pdfplumber
    from test_print_edition import CODE_IN_PRINT

    with pdfplumber.open(LATEX_DIR / "teachers-edition.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    found = CODE_IN_PRINT.findall(text)
    assert not found, f"{len(found)} lines of code in the teachers' edition: {found[:3]}"
    assert "pip install" not in text


def test_the_teachers_edition_holds_every_teachers_page(built_html: Path) -> None:
    text = "".join(pages_text(LATEX_DIR / "teachers-edition.pdf"))
    assert (built_html / "teachers-edition.pdf").is_file()
    for chapter in CHAPTERS:
        assert squeeze(f"Teaching: {chapter.short or chapter.title}") in text, chapter.slug
    for heading in (
        "Session plan: one lesson of 50 minutes",
        "Teacher’s note",
        "Easy-read version",
        "Assessment task",
        "A two-hour session",
        "A 90-minute workshop",
    ):
        assert squeeze(heading) in text


def test_the_students_book_prints_the_letter_template(built_html: Path) -> None:
    text = "".join(pages_text(LATEX_DIR / "calling-out-genocide.pdf"))
    wording = load_wording()
    assert "Yourletter,inthisorder:" in text
    for ask in wording.asks:
        assert squeeze(ask.text)[:35] in text, ask.id
    # The site's own words for the form are not printed.
    assert "Makemydraft" not in text
    assert "Teaching:TheHolocaust" not in text, "teachers' pages stay out of the students' book"
