"""The live quiz for a running kernel (JupyterLab, Notebook 7, VS Code), built with ipywidgets.

Each question's widgets and marking come from its type (quiz.questions), as in the tests.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from calling_out_genocide.quizzes.bank import Bank
from calling_out_genocide.quizzes.questions import NO_CHOICE, Question
from calling_out_genocide.quizzes.render import answer_key


class _QuestionView:
    """One question's input widgets (from its type), its feedback, and check and reset."""

    def __init__(self, number: int, question: Question):
        self.question = question
        prompt = widgets.HTML(
            f"<b>Question {number}.</b> {html.escape(question.prompt)} <i>{question.hint}</i>"
        )
        self.feedback = widgets.HTML()
        parts = question.widget()
        self.inputs: list[widgets.Widget] = parts.inputs
        self.read: Callable[[], object] = parts.read
        self.box = widgets.VBox([prompt, parts.body, self.feedback])

    def check(self) -> bool:
        marking = self.question.mark(self.read())
        verdict = "Correct." if marking.correct else "Not quite."
        text = " ".join(html.escape(f) for f in marking.feedback)
        self.feedback.value = f"<b>{verdict}</b> {text}"
        return marking.correct

    def reset(self) -> None:
        for widget in self.inputs:
            if isinstance(widget, widgets.Checkbox):
                widget.value = False
            elif isinstance(widget, widgets.Dropdown):
                widget.value = NO_CHOICE
            elif isinstance(widget, widgets.Text):
                widget.value = ""
            else:
                widget.value = None
        self.feedback.value = ""


def build_quiz_widget(bank: Bank) -> widgets.VBox:
    views = [_QuestionView(n, q) for n, q in enumerate(bank.questions, start=1)]
    key = answer_key(bank)
    score = widgets.HTML()
    check = widgets.Button(description="Check answers", button_style="primary")
    retry = widgets.Button(description="Try again")
    reveal = widgets.Button(description="Show answers")

    def on_check(_button: widgets.Button) -> None:
        right = sum(view.check() for view in views)
        score.value = f"<b>You scored {right} out of {len(views)}.</b>"

    def on_retry(_button: widgets.Button) -> None:
        for view in views:
            view.reset()
        score.value = ""

    def on_reveal(_button: widgets.Button) -> None:
        for view, entry in zip(views, key, strict=True):
            view.feedback.value = (
                f"<b>Answer:</b> {html.escape(entry.answer)}. {html.escape(entry.explanation)} "
                f"<i>Read again: {html.escape(entry.section_title)}.</i>"
            )

    check.on_click(on_check)
    retry.on_click(on_retry)
    reveal.on_click(on_reveal)
    title = widgets.HTML(f"<h4>Quiz: {html.escape(bank.title)}</h4>")
    return widgets.VBox(
        [title, *(v.box for v in views), widgets.HBox([check, retry, reveal]), score]
    )
