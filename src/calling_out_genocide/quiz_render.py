"""Render a quiz bank for the static site (HTML) and for print (LaTeX), and its answer key.

Everything here is generated from the bank; question text is written once, in the bank.
All bank text is escaped: markup in a bank cannot reach the page as markup.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from string import ascii_lowercase

from calling_out_genocide.print_latex import PRINT_MARKER
from calling_out_genocide.quiz_bank import section_title
from calling_out_genocide.quiz_scoring import display_order

TYPE_HINTS = {
    "single_choice": "Choose one answer.",
    "multiple_select": "Choose every answer that is right.",
    "true_false": "True or false?",
    "ordering": "Give each item its place in the order (1 = first).",
    "matching": "Match each term to its description.",
    "numeric": "Type a number.",
}


def letter(index: int) -> str:
    return ascii_lowercase[index]


# Where a quiz's "Read again" links point, written as a placeholder that the Sphinx extension
# turns into the right relative address for the page the quiz is on (any folder depth), and
# checks: a link to a section that does not exist fails the build.
SECTION_LINK_PREFIX = "cog-section:"


def section_href(section: str) -> str:
    """``book/holocaust#nuremberg-laws`` -> ``cog-section:nuremberg-laws``."""
    return SECTION_LINK_PREFIX + section.split("#", 1)[1]


@dataclass
class KeyEntry:
    number: int
    answer: str
    explanation: str
    section: str
    section_title: str


def _option_labels(question: dict) -> list[str]:
    return [f"({letter(i)}) {o['text']}" for i, o in enumerate(question["options"])]


def answer_key(bank: dict) -> list[KeyEntry]:
    entries = []
    for number, q in enumerate(bank["questions"], start=1):
        kind = q["type"]
        if kind in {"single_choice", "multiple_select"}:
            right = [i for i, o in enumerate(q["options"]) if o["correct"]]
            answer = "; ".join(_option_labels(q)[i] for i in right)
            explanation = " ".join(q["options"][i]["feedback"] for i in right)
        elif kind == "true_false":
            answer = "True" if q["answer"] else "False"
            explanation = q["feedback_true"] if q["answer"] else q["feedback_false"]
        elif kind == "ordering":
            shown = display_order(q["id"], len(q["items"]))
            letters = {item: letter(pos) for pos, item in enumerate(shown)}
            answer = ", ".join(
                f"({letters[i]}) {item['text']}" for i, item in enumerate(q["items"])
            )
            explanation = " ".join(item["feedback"] for item in q["items"])
        elif kind == "matching":
            shown = display_order(q["id"], len(q["pairs"]))
            letters = {pair: letter(pos) for pos, pair in enumerate(shown)}
            answer = "; ".join(
                f"{n}. {p['term']}: ({letters[i]}) {p['definition']}"
                for n, (i, p) in enumerate(enumerate(q["pairs"]), start=1)
            )
            explanation = " ".join(p["feedback"] for p in q["pairs"])
        else:  # numeric
            answer = f"{_number(q['answer'])} {q['unit']}".strip() + _accepted_range(q)
            explanation = q["feedback_correct"]
        entries.append(
            KeyEntry(number, answer, explanation, q["section"], section_title(q["section"]))
        )
    return entries


def _accepted_range(q: dict) -> str:
    """How far from the answer a teacher marking on paper should accept, in words."""
    if not q["tolerance"]:
        return ""
    low, high = q["answer"] - q["tolerance"], q["answer"] + q["tolerance"]
    return f" (accept {_number(round(low, 6))} to {_number(round(high, 6))})"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


# ---------------------------------------------------------------- HTML (static site)


def _e(text: str) -> str:
    return html.escape(str(text), quote=True)


def _client_data(bank: dict) -> str:
    """The bank as the page's JavaScript needs it, safe inside a <script> element."""
    questions = []
    for q in bank["questions"]:
        entry = {k: v for k, v in q.items() if k not in {"prompt", "misconception"}}
        entry["section_href"] = section_href(q["section"])
        entry["section_title"] = section_title(q["section"])
        for option in entry.get("options", []):
            if "section" in option:
                option["section_href"] = section_href(option["section"])
                option["section_title"] = section_title(option["section"])
        questions.append(entry)
    text = json.dumps({"quiz": bank["name"], "questions": questions}, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _question_html(bank: dict, number: int, q: dict) -> str:
    qid = f"quiz-{bank['name']}-{q['id']}"
    kind = q["type"]
    parts = [
        f'<li class="cog-question" id="{_e(qid)}" data-qid="{_e(q["id"])}" data-type="{kind}">',
        '<fieldset class="cog-fieldset">',
        f'<legend class="cog-prompt"><span class="cog-number">Question {number}.</span> '
        f'{_e(q["prompt"])} <span class="cog-hint">{TYPE_HINTS[kind]}</span></legend>',
    ]
    if kind in {"single_choice", "multiple_select"}:
        input_type = "radio" if kind == "single_choice" else "checkbox"
        parts.append('<ul class="cog-options">')
        for i, option in enumerate(q["options"]):
            parts.append(
                f'<li><label><input type="{input_type}" name="{_e(qid)}" value="{i}"> '
                f'<span class="cog-letter">({letter(i)})</span> {_e(option["text"])}</label></li>'
            )
        parts.append("</ul>")
    elif kind == "true_false":
        parts.append('<ul class="cog-options">')
        for value, label in (("true", "True"), ("false", "False")):
            parts.append(
                f'<li><label><input type="radio" name="{_e(qid)}" value="{value}"> '
                f"{label}</label></li>"
            )
        parts.append("</ul>")
    elif kind == "ordering":
        count = len(q["items"])
        parts.append('<ul class="cog-options cog-ordering">')
        for pos, item_index in enumerate(display_order(q["id"], count)):
            choices = "".join(f'<option value="{p}">{p + 1}</option>' for p in range(count))
            parts.append(
                f'<li><label><select data-item="{item_index}" '
                f'aria-label="Place of ({letter(pos)}) {_e(q["items"][item_index]["text"])}">'
                f'<option value="">Place…</option>{choices}</select> '
                f'<span class="cog-letter">({letter(pos)})</span> '
                f"{_e(q['items'][item_index]['text'])}</label></li>"
            )
        parts.append("</ul>")
    elif kind == "matching":
        shown = display_order(q["id"], len(q["pairs"]))
        parts.append('<ul class="cog-options cog-matching">')
        for term_index, pair in enumerate(q["pairs"]):
            choices = "".join(
                f'<option value="{d}">({letter(pos)}) {_e(q["pairs"][d]["definition"])}</option>'
                for pos, d in enumerate(shown)
            )
            parts.append(
                f'<li><label><span class="cog-term">{term_index + 1}. {_e(pair["term"])}</span> '
                f'<select data-term="{term_index}"><option value="">Choose…</option>'
                f"{choices}</select></label></li>"
            )
        parts.append("</ul>")
    else:  # numeric
        parts.append(
            f'<p class="cog-options"><label>Your answer: <input type="number" step="any" '
            f'inputmode="decimal" name="{_e(qid)}"> {_e(q["unit"])}</label></p>'
        )
    parts.append("</fieldset>")
    parts.append('<div class="cog-feedback" aria-live="polite"></div>')
    parts.append("</li>")
    return "\n".join(parts)


def _key_html(bank: dict) -> str:
    items = []
    for entry in answer_key(bank):
        items.append(
            f'<li value="{entry.number}"><strong>{_e(entry.answer)}</strong>. '
            f"{_e(entry.explanation)} "
            f'<a href="{_e(section_href(entry.section))}">Read again: '
            f"{_e(entry.section_title)}</a></li>"
        )
    return "<ol>" + "".join(items) + "</ol>"


def quiz_html(bank: dict) -> str:
    name = bank["name"]
    intro = f'<p class="cog-intro">{_e(bank["introduction"])}</p>' if "introduction" in bank else ""
    questions = "\n".join(_question_html(bank, n, q) for n, q in enumerate(bank["questions"], 1))
    key = _key_html(bank)
    return (
        f'<div class="cog-quiz" id="quiz-{_e(name)}" data-quiz="{_e(name)}">\n'
        f'<p class="cog-title"><strong>Quiz: {_e(bank["title"])}</strong> '
        f"({len(bank['questions'])} questions)</p>\n{intro}\n"
        f'<ol class="cog-questions">\n{questions}\n</ol>\n'
        '<div class="cog-controls" hidden>'
        '<button type="button" class="cog-check">Check answers</button> '
        '<button type="button" class="cog-retry">Try again</button> '
        '<button type="button" class="cog-reveal">Show answers</button></div>\n'
        '<p class="cog-score" role="status" aria-live="polite"></p>\n'
        f'<details class="cog-answers"><summary>Answers</summary>{key}</details>\n'
        f'<div class="cog-print-key" aria-hidden="true"><p><strong>Answer key: '
        f"{_e(bank['title'])}</strong></p>{key}</div>\n"
        f'<script type="application/json" class="cog-quiz-data">{_client_data(bank)}</script>\n'
        "</div>"
    )


# ---------------------------------------------------------------- LaTeX (PDF)

# On paper the reader ticks, writes or numbers; nothing is typed or clicked.
PRINT_HINTS = {
    "single_choice": "Tick one box.",
    "multiple_select": "Tick every box that is right.",
    "true_false": "Tick True or False.",
    "ordering": "Write the letters in order, first to last.",
    "matching": "Write the letter of its description beside each term.",
    "numeric": "Write a number.",
}

# Defined once per quiz with \providecommand, so a quiz fragment needs nothing in the preamble.
LATEX_MACROS = "\n".join(
    [
        r"\providecommand{\cogbox}{\raisebox{-0.15em}{\framebox[1.05em]{\rule{0pt}{0.75em}}}}",
        r"\providecommand{\cogblank}[1][3em]{\rule[-0.2em]{#1}{0.4pt}}",
    ]
)


def latex_escape(text: str) -> str:
    """Bank text as LaTeX: Sphinx's own escaper (it also guards ``[`` at an ``\\item``),
    with straight quotation marks curled as the prose's are."""
    from docutils.utils.smartquotes import educateQuotes
    from sphinx.util.texescape import escape, init

    init()
    return escape(educateQuotes(str(text), language="en-GB"), "xelatex")


def _options(question: dict) -> list[tuple[str, str]]:
    """The lettered options a reader sees, in the order the page shows them."""
    kind = question["type"]
    if kind in {"single_choice", "multiple_select"}:
        return [(letter(i), o["text"]) for i, o in enumerate(question["options"])]
    if kind == "ordering":
        shown = display_order(question["id"], len(question["items"]))
        return [(letter(p), question["items"][i]["text"]) for p, i in enumerate(shown)]
    if kind == "matching":
        shown = display_order(question["id"], len(question["pairs"]))
        return [(letter(p), question["pairs"][i]["definition"]) for p, i in enumerate(shown)]
    return []


def _ordering_blanks(count: int) -> str:
    return r"\quad ".join(rf"{n}\,\cogblank[2em]" for n in range(1, count + 1))


def _question_latex(q: dict) -> list[str]:
    kind = q["type"]
    # A question and its options stay together on one page.
    lines = [
        r"\item \begin{minipage}[t]{\linewidth}",
        rf"{latex_escape(q['prompt'])} \emph{{{PRINT_HINTS[kind]}}}",
    ]
    if kind in {"single_choice", "multiple_select"}:
        lines.append(r"\begin{itemize}")
        lines.extend(rf"\item[\cogbox] ({lab}) {latex_escape(text)}" for lab, text in _options(q))
        lines.append(r"\end{itemize}")
    elif kind == "true_false":
        lines.append(r"\par\smallskip\cogbox\ True \qquad \cogbox\ False")
    elif kind == "ordering":
        lines.append(r"\begin{itemize}")
        lines.extend(rf"\item[({lab})] {latex_escape(text)}" for lab, text in _options(q))
        lines.append(r"\end{itemize}")
        lines.append(r"\par Order: " + _ordering_blanks(len(q["items"])))
    elif kind == "matching":
        lines.append(r"\begin{itemize}")
        lines.extend(
            rf"\item[{n}.] {latex_escape(pair['term'])} \quad \cogblank[2em]"
            for n, pair in enumerate(q["pairs"], start=1)
        )
        lines.append(r"\end{itemize}")
        lines.append(r"\par Descriptions:")
        lines.append(r"\begin{itemize}")
        lines.extend(rf"\item[({lab})] {latex_escape(text)}" for lab, text in _options(q))
        lines.append(r"\end{itemize}")
    else:  # numeric
        lines.append(rf"\par\smallskip Answer: \cogblank[8em] {latex_escape(q['unit'])}")
    lines.append(r"\end{minipage}\par\medskip")
    return lines


def _answer_sheet_entry(number: int, q: dict) -> str:
    """One line of the answer sheet: where the reader marks question ``number``."""
    kind = q["type"]
    if kind in {"single_choice", "multiple_select"}:
        marks = r"\quad ".join(rf"({lab})\,\cogbox" for lab, _ in _options(q))
    elif kind == "true_false":
        marks = r"True\,\cogbox \quad False\,\cogbox"
    elif kind == "ordering":
        marks = "Order: " + _ordering_blanks(len(q["items"]))
    elif kind == "matching":
        marks = r"\quad ".join(rf"{n}\,\cogblank[2em]" for n in range(1, len(q["pairs"]) + 1))
    else:
        marks = rf"\cogblank[8em] {latex_escape(q['unit'])}"
    return rf"Question {number}. & {marks} \\"


def answer_sheet_latex(bank: dict) -> list[str]:
    """A page a learner can photocopy and fill in: one line per question, no answers."""
    return [
        r"\clearpage",
        r"\noindent\textbf{Answer sheet: " + latex_escape(bank["title"]) + r"}\par",
        r"\medskip\noindent Name: \cogblank[14em] \qquad Date: \cogblank[8em]\par\bigskip",
        r"\begingroup\renewcommand{\arraystretch}{2.4}",
        r"\noindent\begin{tabular}{@{}r@{\quad}l@{}}",
        *(_answer_sheet_entry(n, q) for n, q in enumerate(bank["questions"], start=1)),
        r"\end{tabular}\par\endgroup",
        r"\clearpage",
    ]


def quiz_latex(bank: dict) -> str:
    lines = [
        PRINT_MARKER,
        LATEX_MACROS,
        r"\par\medskip\noindent\textbf{Quiz: " + latex_escape(bank["title"]) + "}",
        rf" ({len(bank['questions'])} questions)\par",
    ]
    if "introduction" in bank:
        lines.append(r"\noindent " + latex_escape(bank["introduction"]) + r"\par")
    lines.append(r"\begin{enumerate}")
    for q in bank["questions"]:
        lines.extend(_question_latex(q))
    lines.append(r"\end{enumerate}")
    lines.append(
        r"\noindent\emph{The answers, with explanations, are in the appendix "
        "\u201cAnswer keys\u201d (page~"
        r"\pageref{\detokenize{book/answer-keys::doc}}), under "
        "\u201c" + latex_escape(bank["title"]) + "\u201d. "
        r"The next page is an answer sheet to copy.}\par"
    )
    lines.extend(answer_sheet_latex(bank))
    return "\n".join(lines)


def quiz_text(bank: dict) -> str:
    """Plain-text stand-in: what a terminal or a text-only viewer shows."""
    return f"Quiz: {bank['title']} ({len(bank['questions'])} questions)"
