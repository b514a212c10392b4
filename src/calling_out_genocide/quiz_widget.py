"""The live quiz for a running kernel (JupyterLab, Notebook 7, VS Code), built with ipywidgets.

It marks answers with the same code as the tests (quiz_scoring.mark).
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from calling_out_genocide.quiz_render import TYPE_HINTS, answer_key, letter
from calling_out_genocide.quiz_scoring import display_order, mark, order_from_places

NO_CHOICE = -1


class _QuestionView:
    """One question's input widgets, and how to read the learner's response from them."""

    def __init__(self, number: int, question: dict):
        self.question = question
        kind = question["type"]
        prompt = widgets.HTML(
            f"<b>Question {number}.</b> {html.escape(question['prompt'])} <i>{TYPE_HINTS[kind]}</i>"
        )
        self.feedback = widgets.HTML()
        self.inputs: list[widgets.Widget] = []
        self.read: Callable[[], object]
        if kind in {"single_choice", "true_false"}:
            if kind == "single_choice":
                choices = [
                    (f"({letter(i)}) {o['text']}", i) for i, o in enumerate(question["options"])
                ]
            else:
                choices = [("True", True), ("False", False)]
            radio = widgets.RadioButtons(options=choices, value=None, layout={"width": "auto"})
            self.inputs = [radio]
            self.read = lambda: radio.value
            body: widgets.Widget = radio
        elif kind == "multiple_select":
            boxes = [
                widgets.Checkbox(description=f"({letter(i)}) {o['text']}", indent=False)
                for i, o in enumerate(question["options"])
            ]
            self.inputs = boxes
            self.read = lambda: {i for i, box in enumerate(boxes) if box.value}
            body = widgets.VBox(boxes)
        elif kind == "ordering":
            count = len(question["items"])
            shown = display_order(question["id"], count)
            places = [("Place…", NO_CHOICE)] + [(str(p + 1), p) for p in range(count)]
            drops = {i: widgets.Dropdown(options=places, value=NO_CHOICE) for i in shown}
            self.inputs = list(drops.values())

            def read_order() -> object:
                return order_from_places(
                    {i: None if d.value == NO_CHOICE else d.value for i, d in drops.items()}
                )

            self.read = read_order
            body = widgets.VBox(
                [
                    widgets.HBox(
                        [
                            drops[i],
                            widgets.HTML(
                                f"({letter(pos)}) {html.escape(question['items'][i]['text'])}"
                            ),
                        ]
                    )
                    for pos, i in enumerate(shown)
                ]
            )
        elif kind == "matching":
            pairs = question["pairs"]
            shown = display_order(question["id"], len(pairs))
            choices = [("Choose…", NO_CHOICE)] + [
                (f"({letter(pos)}) {pairs[d]['definition']}", d) for pos, d in enumerate(shown)
            ]
            drops = [widgets.Dropdown(options=choices, value=NO_CHOICE) for _ in pairs]
            self.inputs = drops
            self.read = lambda: (
                None if any(d.value == NO_CHOICE for d in drops) else [d.value for d in drops]
            )
            body = widgets.VBox(
                [
                    widgets.HBox([widgets.HTML(f"{n}. {html.escape(p['term'])}&nbsp;"), drop])
                    for n, (p, drop) in enumerate(zip(pairs, drops, strict=True), start=1)
                ]
            )
        else:  # numeric
            box = widgets.Text(placeholder="a number", layout={"width": "12em"})
            self.inputs = [box]

            def read_number() -> object:
                text = box.value.replace(",", "").strip()
                try:
                    return float(text)
                except ValueError:
                    return None

            self.read = read_number
            body = widgets.HBox([box, widgets.HTML(f"&nbsp;{html.escape(question['unit'])}")])
        self.box = widgets.VBox([prompt, body, self.feedback])

    def check(self) -> bool:
        marking = mark(self.question, self.read())
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


def build_quiz_widget(bank: dict) -> widgets.VBox:
    views = [_QuestionView(n, q) for n, q in enumerate(bank["questions"], start=1)]
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
    title = widgets.HTML(f"<h4>Quiz: {html.escape(bank['title'])}</h4>")
    return widgets.VBox(
        [title, *(v.box for v in views), widgets.HBox([check, retry, reveal]), score]
    )
