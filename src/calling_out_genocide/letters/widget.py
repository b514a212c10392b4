"""The letter builder in a running notebook: an ipywidgets form built from the same wording.

The draft is made by draft.py, as on the site, and stays in the notebook: nothing is saved
unless the reader saves it.
"""

from __future__ import annotations

import base64
import html

import ipywidgets as widgets

from calling_out_genocide.letters.draft import Choices, draft_letter
from calling_out_genocide.letters.render import (
    FIELD_CONSTITUENCY,
    FIELD_MP,
    FIELD_NAME,
    STEP_ABOUT_YOU,
    STEP_ASKS,
    STEP_ISSUE,
    STEP_OWN_WORDS,
)
from calling_out_genocide.letters.wording import Wording

WIDE = widgets.Layout(width="100%")


def _heading(text: str) -> widgets.HTML:
    return widgets.HTML(f"<b>{html.escape(text)}</b>")


def letter_builder_widget(wording: Wording) -> widgets.VBox:
    issue = widgets.RadioButtons(
        options=[(i.label, i.id) for i in wording.issues], value=None, layout=WIDE
    )
    ask_boxes = {
        a.id: widgets.Checkbox(description=a.label, indent=False, layout=WIDE) for a in wording.asks
    }
    own_words = widgets.Textarea(placeholder=wording.own_words_prompt, rows=6, layout=WIDE)
    mp_name = widgets.Text(description=FIELD_MP, style={"description_width": "initial"})
    constituency = widgets.Text(
        description=FIELD_CONSTITUENCY, style={"description_width": "initial"}
    )
    name = widgets.Text(description=FIELD_NAME, style={"description_width": "initial"})
    make = widgets.Button(description="Make my draft", button_style="primary")
    status = widgets.HTML()
    draft = widgets.Textarea(rows=20, layout=WIDE)
    save = widgets.HTML()

    def show_fitting_asks(_change=None) -> None:
        for ask in wording.asks:
            box = ask_boxes[ask.id]
            fitting = issue.value is None or ask.fits(issue.value)
            box.layout.display = None if fitting else "none"
            if not fitting:
                box.value = False

    def on_make(_button) -> None:
        chosen = [a.id for a in wording.asks if ask_boxes[a.id].value]
        if issue.value is None:
            status.value = "Choose the issue you are writing about first (step 1)."
            return
        if not chosen:
            status.value = "Choose at least one thing to ask your MP (step 2)."
            return
        text = draft_letter(
            wording,
            Choices(
                issue=issue.value,
                asks=tuple(chosen),
                own_words=own_words.value,
                mp_name=mp_name.value,
                constituency=constituency.value,
                name=name.value,
            ),
        )
        draft.value = text
        encoded = base64.b64encode(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
        save.value = (
            f'<a download="letter-to-my-mp.txt" href="data:text/plain;base64,{encoded}">'
            "Save the draft as a text file</a>"
        )
        status.value = "Your draft is ready below: read it, change anything, then copy or save it."

    issue.observe(show_fitting_asks, names="value")
    make.on_click(on_make)
    return widgets.VBox(
        [
            widgets.HTML(f"<p>{html.escape(wording.privacy)}</p>"),
            _heading(f"1. {STEP_ISSUE}"),
            issue,
            _heading(f"2. {STEP_ASKS}"),
            widgets.VBox(list(ask_boxes.values())),
            _heading(f"3. {STEP_OWN_WORDS}"),
            own_words,
            _heading(f"4. {STEP_ABOUT_YOU}"),
            mp_name,
            constituency,
            name,
            make,
            status,
            draft,
            save,
        ]
    )
