"""A quiz bank for the static site (HTML), for print (LaTeX, with an answer sheet), as plain
text, and its answer key: each composed from the question types' own renderings.

Everything here is generated from the bank; question text is written once, in the bank.
All bank text is escaped: markup in a bank cannot reach the page as markup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from calling_out_genocide.quizzes.bank import Bank, section_title
from calling_out_genocide.quizzes.text import html_escape as _e
from calling_out_genocide.quizzes.text import latex_escape, section_href
from calling_out_genocide.sphinx_ext.print_latex import PRINT_MARKER


@dataclass
class KeyEntry:
    number: int
    answer: str
    explanation: str
    section: str
    section_title: str


def answer_key(bank: Bank) -> list[KeyEntry]:
    entries = []
    for number, q in enumerate(bank.questions, start=1):
        key = q.key()
        entries.append(
            KeyEntry(number, key.answer, key.explanation, q.section, section_title(q.section))
        )
    return entries


# ---------------------------------------------------------------- HTML (static site)


def _client_data(bank: Bank) -> str:
    """The bank as the page's JavaScript needs it, safe inside a <script> element."""
    questions = [q.client_data() for q in bank.questions]
    text = json.dumps({"quiz": bank.name, "questions": questions}, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _question_html(bank: Bank, number: int, q) -> str:
    qid = f"quiz-{bank.name}-{q.id}"
    return "\n".join(
        [
            f'<li class="cog-question" id="{_e(qid)}" data-qid="{_e(q.id)}" data-type="{q.type}">',
            '<fieldset class="cog-fieldset">',
            f'<legend class="cog-prompt"><span class="cog-number">Question {number}.</span> '
            f'{_e(q.prompt)} <span class="cog-hint">{q.hint}</span></legend>',
            *q.html_body(qid),
            "</fieldset>",
            # One live region per quiz (its score), not one per question: a check is announced
            # once, and each question's feedback is reached from the score's links.
            f'<div class="cog-feedback" id="{_e(qid)}-feedback" tabindex="-1"></div>',
            "</li>",
        ]
    )


def _key_html(bank: Bank) -> str:
    items = [
        f'<li value="{entry.number}"><strong>{_e(entry.answer)}</strong>. '
        f"{_e(entry.explanation)} "
        f'<a href="{_e(section_href(entry.section))}">Read again: '
        f"{_e(entry.section_title)}</a></li>"
        for entry in answer_key(bank)
    ]
    return "<ol>" + "".join(items) + "</ol>"


def quiz_html(bank: Bank) -> str:
    intro = f'<p class="cog-intro">{_e(bank.introduction)}</p>' if bank.introduction else ""
    questions = "\n".join(_question_html(bank, n, q) for n, q in enumerate(bank.questions, 1))
    key = _key_html(bank)
    return (
        f'<div class="cog-quiz" id="quiz-{_e(bank.name)}" data-quiz="{_e(bank.name)}">\n'
        f'<p class="cog-title"><strong>Quiz: {_e(bank.title)}</strong> '
        f"({len(bank.questions)} questions)</p>\n{intro}\n"
        f'<ol class="cog-questions">\n{questions}\n</ol>\n'
        '<div class="cog-controls" hidden>'
        '<button type="button" class="cog-check">Check answers</button> '
        '<button type="button" class="cog-retry">Try again</button> '
        '<button type="button" class="cog-reveal">Show answers</button></div>\n'
        '<p class="cog-score" role="status" aria-live="polite"></p>\n'
        '<p class="cog-review" hidden></p>\n'
        f'<details class="cog-answers"><summary>Answers</summary>{key}</details>\n'
        f'<div class="cog-print-key" aria-hidden="true"><p><strong>Answer key: '
        f"{_e(bank.title)}</strong></p>{key}</div>\n"
        f'<script type="application/json" class="cog-quiz-data">{_client_data(bank)}</script>\n'
        "</div>"
    )


# ---------------------------------------------------------------- LaTeX (PDF)

# Defined once per quiz with \providecommand, so a quiz fragment needs nothing in the preamble.
LATEX_MACROS = "\n".join(
    [
        r"\providecommand{\cogbox}{\raisebox{-0.15em}{\framebox[1.05em]{\rule{0pt}{0.75em}}}}",
        r"\providecommand{\cogblank}[1][3em]{\rule[-0.2em]{#1}{0.4pt}}",
    ]
)


def _question_latex(q) -> list[str]:
    # A question and its options stay together on one page.
    return [
        r"\item \begin{minipage}[t]{\linewidth}",
        rf"{latex_escape(q.prompt)} \emph{{{q.print_hint}}}",
        *q.latex_body(),
        r"\end{minipage}\par\medskip",
    ]


def answer_sheet_latex(bank: Bank) -> list[str]:
    """A page a learner can photocopy and fill in: one line per question, no answers."""
    return [
        r"\clearpage",
        r"\noindent\textbf{Answer sheet: " + latex_escape(bank.title) + r"}\par",
        r"\medskip\noindent Name: \cogblank[14em] \qquad Date: \cogblank[8em]\par\bigskip",
        r"\begingroup\renewcommand{\arraystretch}{2.4}",
        r"\noindent\begin{tabular}{@{}r@{\quad}l@{}}",
        *(
            rf"Question {n}. & {q.answer_sheet_marks()} \\"
            for n, q in enumerate(bank.questions, start=1)
        ),
        r"\end{tabular}\par\endgroup",
        r"\clearpage",
    ]


def quiz_latex(bank: Bank) -> str:
    lines = [
        PRINT_MARKER,
        LATEX_MACROS,
        r"\par\medskip\noindent\textbf{Quiz: " + latex_escape(bank.title) + "}",
        rf" ({len(bank.questions)} questions)\par",
    ]
    if bank.introduction:
        lines.append(r"\noindent " + latex_escape(bank.introduction) + r"\par")
    lines.append(r"\begin{enumerate}")
    for q in bank.questions:
        lines.extend(_question_latex(q))
    lines.append(r"\end{enumerate}")
    lines.append(
        r"\noindent\emph{The answers, with explanations, are in the appendix "
        "\u201cAnswer keys\u201d (page~"
        r"\pageref{\detokenize{book/answer-keys::doc}}), under "
        "\u201c" + latex_escape(bank.title) + "\u201d. "
        r"The next page is an answer sheet to copy.}\par"
    )
    lines.extend(answer_sheet_latex(bank))
    return "\n".join(lines)


def quiz_text(bank: Bank) -> str:
    """Plain-text stand-in: what a terminal or a text-only viewer shows."""
    return f"Quiz: {bank.title} ({len(bank.questions)} questions)"
