"""``quiz("name")``: one line in a notebook shows the quiz in every medium.

The object it returns carries three renderings of the same bank:
- a live ipywidgets quiz, for JupyterLab, Notebook 7 and VS Code;
- static HTML with self-hosted JavaScript, for the built site (no kernel);
- LaTeX, for the PDF edition (numbered questions; the answer key is in an appendix).
Each front end picks the one it can show; the book build picks HTML or LaTeX by builder.

The sub-package holds one module per concern: bank (load and validate a YAML bank), questions
(one class per question type, with its marking and every rendering), render (the whole quiz
as HTML, LaTeX and its answer key), marking (shared helpers) and widget (the live quiz).
"""

from __future__ import annotations

from calling_out_genocide.quizzes.bank import Bank, QuizBankError, bank_names, load_bank
from calling_out_genocide.quizzes.render import quiz_html, quiz_latex, quiz_text

__all__ = ["Bank", "Quiz", "QuizBankError", "bank_names", "load_bank", "quiz"]


class Quiz:
    def __init__(self, bank: Bank):
        self.bank = bank

    def __repr__(self) -> str:
        return quiz_text(self.bank)

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        from calling_out_genocide.display import mimebundle

        def live_quiz():
            from calling_out_genocide.quizzes.widget import build_quiz_widget

            return build_quiz_widget(self.bank)

        return mimebundle(
            quiz_text(self.bank), quiz_html(self.bank), quiz_latex(self.bank), live_quiz
        )


def quiz(name: str) -> Quiz:
    """Load and check quiz bank ``quizzes/<name>.yaml`` and return it ready to display."""
    return Quiz(load_bank(name))
