"""One class per question type: its marking, answer-key entry, HTML, LaTeX, answer-sheet line
and live widget, all in one place. A validated bank's questions become these typed objects.

Responses, by type (what ``mark`` takes):
- single_choice: the index of the chosen option
- multiple_select: the set of indices of the chosen options
- true_false: True or False
- ordering: item indices (as listed in the bank, i.e. correct order) in the order placed
- matching: for each term, by index, the index of the chosen definition
- numeric: a number
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from string import ascii_lowercase
from typing import Any, ClassVar

from calling_out_genocide.quizzes.marking import Marking, display_order, order_from_places
from calling_out_genocide.quizzes.text import html_escape as _e
from calling_out_genocide.quizzes.text import latex_escape, section_href

# An empty choice in a live widget's dropdown.
NO_CHOICE = -1


def letter(index: int) -> str:
    return ascii_lowercase[index]


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _blanks(count: int) -> str:
    return r"\quad ".join(rf"{n}\,\cogblank[2em]" for n in range(1, count + 1))


@dataclass
class KeyAnswer:
    answer: str
    explanation: str


@dataclass
class WidgetParts:
    """A question's input widgets, the box that holds them, and how to read the response."""

    body: Any
    inputs: list
    read: Callable[[], object]


@dataclass
class Question:
    id: str
    prompt: str
    section: str
    misconception: str | None = None
    data: dict = field(default_factory=dict, repr=False)  # the bank's own mapping

    type: ClassVar[str]
    hint: ClassVar[str]  # on screen
    print_hint: ClassVar[str]  # on paper: nothing is typed or clicked

    # -------------------------------------------------------------- marking and key
    def mark(self, response: object) -> Marking:
        if response is None:
            return Marking(False, ["No answer given yet."])
        return self._mark(response)

    def _mark(self, response: object) -> Marking:
        raise NotImplementedError

    def key(self) -> KeyAnswer:
        raise NotImplementedError

    # -------------------------------------------------------------- site (HTML, JavaScript)
    def html_body(self, qid: str) -> list[str]:
        raise NotImplementedError

    def client_data(self) -> dict:
        """What the page's JavaScript needs to mark the question (no prompt, no misconception)."""
        entry = {k: v for k, v in self.data.items() if k not in {"prompt", "misconception"}}
        entry["section_href"] = section_href(self.section)
        from calling_out_genocide.quizzes.bank import section_title

        entry["section_title"] = section_title(self.section)
        for option in entry.get("options", []):
            if "section" in option:
                option["section_href"] = section_href(option["section"])
                option["section_title"] = section_title(option["section"])
        return entry

    # -------------------------------------------------------------- paper (LaTeX)
    def latex_body(self) -> list[str]:
        raise NotImplementedError

    def answer_sheet_marks(self) -> str:
        raise NotImplementedError

    # -------------------------------------------------------------- live widget
    def widget(self) -> WidgetParts:
        raise NotImplementedError


@dataclass
class _WithOptions(Question):
    options: list[dict] = field(default_factory=list)

    def _lettered(self) -> list[tuple[str, str]]:
        return [(letter(i), o["text"]) for i, o in enumerate(self.options)]

    def key(self) -> KeyAnswer:
        right = [i for i, o in enumerate(self.options) if o["correct"]]
        return KeyAnswer(
            "; ".join(f"({letter(i)}) {self.options[i]['text']}" for i in right),
            " ".join(self.options[i]["feedback"] for i in right),
        )

    def html_body(self, qid: str) -> list[str]:
        kind = "radio" if self.type == "single_choice" else "checkbox"
        return [
            '<ul class="cog-options">',
            *(
                f'<li><label><input type="{kind}" name="{_e(qid)}" value="{i}"> '
                f'<span class="cog-letter">({letter(i)})</span> {_e(o["text"])}</label></li>'
                for i, o in enumerate(self.options)
            ),
            "</ul>",
        ]

    def latex_body(self) -> list[str]:
        return [
            r"\begin{itemize}",
            *(rf"\item[\cogbox] ({lab}) {latex_escape(text)}" for lab, text in self._lettered()),
            r"\end{itemize}",
        ]

    def answer_sheet_marks(self) -> str:
        return r"\quad ".join(rf"({lab})\,\cogbox" for lab, _ in self._lettered())


@dataclass
class SingleChoice(_WithOptions):
    type: ClassVar[str] = "single_choice"
    hint: ClassVar[str] = "Choose one answer."
    print_hint: ClassVar[str] = "Tick one box."

    def _mark(self, response: object) -> Marking:
        option = self.options[int(response)]
        return Marking(bool(option["correct"]), [option["feedback"]])

    def widget(self) -> WidgetParts:
        import ipywidgets as widgets

        choices = [(f"({lab}) {text}", i) for i, (lab, text) in enumerate(self._lettered())]
        radio = widgets.RadioButtons(options=choices, value=None, layout={"width": "auto"})
        return WidgetParts(radio, [radio], lambda: radio.value)


@dataclass
class MultipleSelect(_WithOptions):
    type: ClassVar[str] = "multiple_select"
    hint: ClassVar[str] = "Choose every answer that is right."
    print_hint: ClassVar[str] = "Tick every box that is right."

    def _mark(self, response: object) -> Marking:
        chosen = set(response)
        right = {i for i, o in enumerate(self.options) if o["correct"]}
        # Feedback on every option the learner got wrong, then on those they got right.
        wrong = [self.options[i]["feedback"] for i in sorted(chosen ^ right)]
        fine = [self.options[i]["feedback"] for i in sorted(chosen & right)]
        return Marking(chosen == right, wrong + fine)

    def widget(self) -> WidgetParts:
        import ipywidgets as widgets

        boxes = [
            widgets.Checkbox(description=f"({lab}) {text}", indent=False)
            for lab, text in self._lettered()
        ]
        return WidgetParts(
            widgets.VBox(boxes), boxes, lambda: {i for i, box in enumerate(boxes) if box.value}
        )


@dataclass
class TrueFalse(Question):
    answer: bool = True
    feedback_true: str = ""
    feedback_false: str = ""
    type: ClassVar[str] = "true_false"
    hint: ClassVar[str] = "True or false?"
    print_hint: ClassVar[str] = "Tick True or False."

    def _mark(self, response: object) -> Marking:
        answer = bool(response)
        return Marking(
            answer == self.answer, [self.feedback_true if answer else self.feedback_false]
        )

    def key(self) -> KeyAnswer:
        return KeyAnswer(
            "True" if self.answer else "False",
            self.feedback_true if self.answer else self.feedback_false,
        )

    def html_body(self, qid: str) -> list[str]:
        return [
            '<ul class="cog-options">',
            *(
                f'<li><label><input type="radio" name="{_e(qid)}" value="{value}"> '
                f"{label}</label></li>"
                for value, label in (("true", "True"), ("false", "False"))
            ),
            "</ul>",
        ]

    def latex_body(self) -> list[str]:
        return [r"\par\smallskip\cogbox\enspace True \qquad \cogbox\enspace False"]

    def answer_sheet_marks(self) -> str:
        return r"True\,\cogbox \quad False\,\cogbox"

    def widget(self) -> WidgetParts:
        import ipywidgets as widgets

        radio = widgets.RadioButtons(
            options=[("True", True), ("False", False)], value=None, layout={"width": "auto"}
        )
        return WidgetParts(radio, [radio], lambda: radio.value)


@dataclass
class Ordering(Question):
    items: list[dict] = field(default_factory=list)
    type: ClassVar[str] = "ordering"
    hint: ClassVar[str] = "Give each item its place in the order (1 = first)."
    print_hint: ClassVar[str] = "Write the letters in order, first to last."

    def shown(self) -> list[int]:
        return display_order(self.id, len(self.items))

    def _mark(self, response: object) -> Marking:
        placed = list(response)
        if sorted(placed) != list(range(len(self.items))):
            return Marking(False, ["Give every item a different place."])
        misplaced = [self.items[i]["feedback"] for pos, i in enumerate(placed) if pos != i]
        return Marking(not misplaced, misplaced or [self.items[-1]["feedback"]])

    def key(self) -> KeyAnswer:
        letters = {item: letter(pos) for pos, item in enumerate(self.shown())}
        return KeyAnswer(
            ", ".join(f"({letters[i]}) {item['text']}" for i, item in enumerate(self.items)),
            " ".join(item["feedback"] for item in self.items),
        )

    def html_body(self, qid: str) -> list[str]:
        count = len(self.items)
        parts = ['<ul class="cog-options cog-ordering">']
        for pos, item in enumerate(self.shown()):
            choices = "".join(f'<option value="{p}">{p + 1}</option>' for p in range(count))
            text = _e(self.items[item]["text"])
            parts.append(
                f'<li><label><select data-item="{item}" '
                f'aria-label="Place of ({letter(pos)}) {text}">'
                f'<option value="">Place…</option>{choices}</select> '
                f'<span class="cog-letter">({letter(pos)})</span> {text}</label></li>'
            )
        parts.append("</ul>")
        return parts

    def latex_body(self) -> list[str]:
        return [
            r"\begin{itemize}",
            *(
                rf"\item[({letter(pos)})] {latex_escape(self.items[i]['text'])}"
                for pos, i in enumerate(self.shown())
            ),
            r"\end{itemize}",
            r"\par Order: " + _blanks(len(self.items)),
        ]

    def answer_sheet_marks(self) -> str:
        return "Order: " + _blanks(len(self.items))

    def widget(self) -> WidgetParts:
        import ipywidgets as widgets

        places = [("Place…", NO_CHOICE)] + [(str(p + 1), p) for p in range(len(self.items))]
        drops = {i: widgets.Dropdown(options=places, value=NO_CHOICE) for i in self.shown()}
        rows = [
            widgets.HBox(
                [drops[i], widgets.HTML(f"({letter(pos)}) {html.escape(self.items[i]['text'])}")]
            )
            for pos, i in enumerate(self.shown())
        ]
        return WidgetParts(
            widgets.VBox(rows),
            list(drops.values()),
            lambda: order_from_places(
                {i: None if d.value == NO_CHOICE else d.value for i, d in drops.items()}
            ),
        )


@dataclass
class Matching(Question):
    pairs: list[dict] = field(default_factory=list)
    type: ClassVar[str] = "matching"
    hint: ClassVar[str] = "Match each term to its description."
    print_hint: ClassVar[str] = "Write the letter of its description beside each term."

    def shown(self) -> list[int]:
        return display_order(self.id, len(self.pairs))

    def _mark(self, response: object) -> Marking:
        wrong = [self.pairs[t]["feedback"] for t, d in enumerate(list(response)) if d != t]
        return Marking(not wrong, wrong or [self.pairs[0]["feedback"]])

    def key(self) -> KeyAnswer:
        letters = {pair: letter(pos) for pos, pair in enumerate(self.shown())}
        return KeyAnswer(
            "; ".join(
                f"{n}. {p['term']}: ({letters[i]}) {p['definition']}"
                for n, (i, p) in enumerate(enumerate(self.pairs), start=1)
            ),
            " ".join(p["feedback"] for p in self.pairs),
        )

    def html_body(self, qid: str) -> list[str]:
        shown = self.shown()
        parts = ['<ul class="cog-options cog-matching">']
        for term_index, pair in enumerate(self.pairs):
            choices = "".join(
                f'<option value="{d}">({letter(pos)}) {_e(self.pairs[d]["definition"])}</option>'
                for pos, d in enumerate(shown)
            )
            parts.append(
                f'<li><label><span class="cog-term">{term_index + 1}. {_e(pair["term"])}</span> '
                f'<select data-term="{term_index}"><option value="">Choose…</option>'
                f"{choices}</select></label></li>"
            )
        parts.append("</ul>")
        return parts

    def latex_body(self) -> list[str]:
        return [
            r"\begin{itemize}",
            *(
                rf"\item[{n}.] {latex_escape(pair['term'])} \quad \cogblank[2em]"
                for n, pair in enumerate(self.pairs, start=1)
            ),
            r"\end{itemize}",
            r"\par Descriptions:",
            r"\begin{itemize}",
            *(
                rf"\item[({letter(pos)})] {latex_escape(self.pairs[i]['definition'])}"
                for pos, i in enumerate(self.shown())
            ),
            r"\end{itemize}",
        ]

    def answer_sheet_marks(self) -> str:
        return r"\quad ".join(rf"{n}\,\cogblank[2em]" for n in range(1, len(self.pairs) + 1))

    def widget(self) -> WidgetParts:
        import ipywidgets as widgets

        choices = [("Choose…", NO_CHOICE)] + [
            (f"({letter(pos)}) {self.pairs[d]['definition']}", d)
            for pos, d in enumerate(self.shown())
        ]
        drops = [widgets.Dropdown(options=choices, value=NO_CHOICE) for _ in self.pairs]
        rows = [
            widgets.HBox([widgets.HTML(f"{n}. {html.escape(p['term'])}&nbsp;"), drop])
            for n, (p, drop) in enumerate(zip(self.pairs, drops, strict=True), start=1)
        ]
        return WidgetParts(
            widgets.VBox(rows),
            drops,
            lambda: None if any(d.value == NO_CHOICE for d in drops) else [d.value for d in drops],
        )


@dataclass
class Numeric(Question):
    answer: float = 0.0
    tolerance: float = 0.0
    unit: str = ""
    feedback_correct: str = ""
    feedback_low: str = ""
    feedback_high: str = ""
    type: ClassVar[str] = "numeric"
    hint: ClassVar[str] = "Type a number."
    print_hint: ClassVar[str] = "Write a number."

    def _mark(self, response: object) -> Marking:
        value = float(response)
        if abs(value - self.answer) <= self.tolerance:
            return Marking(True, [self.feedback_correct])
        return Marking(False, [self.feedback_low if value < self.answer else self.feedback_high])

    def accepted_range(self) -> str:
        """How far from the answer a teacher marking on paper should accept, in words."""
        if not self.tolerance:
            return ""
        low, high = self.answer - self.tolerance, self.answer + self.tolerance
        return f" (accept {_number(round(low, 6))} to {_number(round(high, 6))})"

    def key(self) -> KeyAnswer:
        answer = f"{_number(self.answer)} {self.unit}".strip() + self.accepted_range()
        return KeyAnswer(answer, self.feedback_correct)

    def html_body(self, qid: str) -> list[str]:
        return [
            f'<p class="cog-options"><label>Your answer: <input type="number" step="any" '
            f'inputmode="decimal" name="{_e(qid)}"> {_e(self.unit)}</label></p>'
        ]

    def latex_body(self) -> list[str]:
        return [rf"\par\smallskip Answer: \cogblank[8em] {latex_escape(self.unit)}"]

    def answer_sheet_marks(self) -> str:
        return rf"\cogblank[8em] {latex_escape(self.unit)}"

    def widget(self) -> WidgetParts:
        import ipywidgets as widgets

        box = widgets.Text(placeholder="a number", layout={"width": "12em"})

        def read_number() -> object:
            try:
                return float(box.value.replace(",", "").strip())
            except ValueError:
                return None

        body = widgets.HBox([box, widgets.HTML(f"&nbsp;{html.escape(self.unit)}")])
        return WidgetParts(body, [box], read_number)


QUESTION_TYPES: dict[str, type[Question]] = {
    cls.type: cls for cls in (SingleChoice, MultipleSelect, TrueFalse, Ordering, Matching, Numeric)
}


def question_from_dict(data: dict) -> Question:
    """A question of a validated bank, as its typed object."""
    cls = QUESTION_TYPES[data["type"]]
    fields = {k: v for k, v in data.items() if k != "type"}
    return cls(**fields, data=data)
