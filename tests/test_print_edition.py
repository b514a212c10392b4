"""The print edition: LaTeX and PDF carry every quiz question and its answer-key entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from calling_out_genocide.quiz_bank import bank_names, load_bank
from calling_out_genocide.quiz_render import answer_key, latex_escape

LATEX_DIR = Path(__file__).resolve().parent.parent / "_build" / "latex"


def squash(text: str) -> str:
    """Text as extracted from a PDF: join hyphenated line breaks and fold white space."""
    text = text.replace("\u00ad", "").replace("-\n", "")
    return re.sub(r"\s+", " ", text).replace("’", "'").replace("‘", "'").strip()


@pytest.fixture(scope="module")
def tex(built_html: Path) -> str:
    return (LATEX_DIR / "calling-out-genocide.tex").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pdf_text(built_html: Path) -> str:
    reader = PdfReader(LATEX_DIR / "calling-out-genocide.pdf")
    return squash("\n".join(page.extract_text() for page in reader.pages))


@pytest.mark.parametrize("name", bank_names())
def test_latex_holds_every_question_and_answer(tex: str, name: str) -> None:
    bank = load_bank(name)
    for question in bank["questions"]:
        assert latex_escape(question["prompt"]) in tex, question["id"]
    for entry in answer_key(bank):
        assert latex_escape(entry.answer) in tex, entry.number


@pytest.mark.parametrize("name", bank_names())
def test_pdf_holds_every_question_and_answer(pdf_text: str, name: str) -> None:
    bank = load_bank(name)
    for question in bank["questions"]:
        assert squash(question["prompt"]) in pdf_text, question["id"]
    for entry in answer_key(bank):
        assert squash(entry.answer) in pdf_text, (name, entry.number, entry.answer)


def test_pdf_has_no_widget_debris_or_broken_references(pdf_text: str) -> None:
    for debris in ("VBox(", "HBox(", "model_id", "widget-view", "Loading widget"):
        assert debris not in pdf_text
    assert "??" not in pdf_text
