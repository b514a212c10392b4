"""A chapter's handout as a LaTeX document of its own: key facts, a source, questions to talk
about and a short quiz without answers, on one or two sides of A4.

It is a small article, not a Sphinx book, so that it has no title page or contents; the
quiz questions are printed by the quiz package, as in the book.
"""

from __future__ import annotations

import re

from calling_out_genocide.quizzes.render import LATEX_MACROS, _question_latex
from calling_out_genocide.quizzes.text import latex_escape
from calling_out_genocide.teaching.materials import _chapter, load_material, quiz_question

PREAMBLE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[margin=1.7cm,top=1.5cm,bottom=1.8cm]{geometry}
\usepackage{fontspec}
\setmainfont{Noto Serif}
\setsansfont{Noto Sans}
\usepackage{xurl}
\usepackage{enumitem}
\setlist{itemsep=2pt,topsep=3pt}
\usepackage{fancyhdr}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\small\sffamily Calling Out Genocide: handout. Free to copy under CC BY-SA 4.0.}
\fancyfoot[R]{\small\sffamily \thepage}
\setlength{\parindent}{0pt}
\setlength{\parskip}{4pt}
\widowpenalty=10000
% The escaper writes hyphens as Sphinx does.
\providecommand{\sphinxhyphen}{-}
\clubpenalty=10000
"""


def _text(markdown: str) -> str:
    """Plain MyST text (with *emphasis*) as LaTeX."""
    escaped = latex_escape(" ".join(markdown.split()))
    return re.sub(r"\*(.+?)\*", r"\\emph{\1}", escaped)


def handout_latex(slug: str) -> str:
    chapter = _chapter(slug)
    handout = load_material(slug)["handout"]
    title = chapter.short or chapter.title
    questions = [quiz_question(chapter, reference)[2] for reference in handout["quiz"]]
    lines = [
        PREAMBLE,
        LATEX_MACROS,
        r"\begin{document}",
        rf"{{\sffamily\bfseries\Large Handout: {latex_escape(title)}\par}}",
        r"\smallskip{\sffamily\small From the course \emph{Calling Out Genocide}. Name: "
        r"\cogblank[14em]\quad Date: \cogblank[7em]\par}",
        r"\section*{Key facts}",
        r"\begin{itemize}",
        *(rf"\item {_text(fact)}" for fact in handout["key_facts"]),
        r"\end{itemize}",
        r"\section*{A source}",
        r"\begin{quote}",
        _text(handout["source"]["text"]),
        r"\par\raggedleft--- " + _text(handout["source"]["attribution"]),
        r"\end{quote}",
    ]
    if "question" in handout["source"]:
        lines.append(rf"\textbf{{Question:}} {_text(handout['source']['question'])}\par")
        lines += [r"\medskip\noindent\cogblank[\linewidth]\par"] * 2
    lines += [
        r"\section*{Talk about it}",
        r"\begin{enumerate}",
        *(rf"\item {_text(question)}" for question in handout["discussion"]),
        r"\end{enumerate}",
        r"\section*{Quick quiz}",
        r"\begin{enumerate}",
        *(line for question in questions for line in _question_latex(question)),
        r"\end{enumerate}",
        r"\end{document}",
    ]
    return "\n".join(line for line in lines if line) + "\n"
