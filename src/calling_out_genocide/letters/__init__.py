"""The letter builder: a reader drafts a letter to their MP from wording in one data file.

``data/letter_builder.yaml`` holds every word (wording.py checks it); draft.py puts a draft
together (the site's letter-builder.js does the same, and a test holds the two to the same
cases); render.py writes the site's form and the PDF's fill-in template; widget.py is the
notebook's form. Nothing the reader types is sent or stored anywhere.
"""

from calling_out_genocide.letters.draft import Choices, draft_letter
from calling_out_genocide.letters.wording import LetterWordingError, load_wording


class LetterBuilder:
    """Shown in a notebook: the live form where a kernel runs, else the static renderings."""

    def __init__(self, wording):
        self.wording = wording

    def __repr__(self) -> str:
        return f"{self.wording.title}: the letter builder ({len(self.wording.asks)} asks)"

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        from calling_out_genocide.display import mimebundle
        from calling_out_genocide.letters.render import letter_builder_html, letter_template_latex

        def live_form():
            from calling_out_genocide.letters.widget import letter_builder_widget

            return letter_builder_widget(self.wording)

        return mimebundle(
            repr(self),
            letter_builder_html(self.wording),
            letter_template_latex(self.wording),
            live_form,
        )


def letter_builder() -> LetterBuilder:
    """The letter builder from data/letter_builder.yaml, checked, ready to display."""
    return LetterBuilder(load_wording())


__all__ = [
    "Choices",
    "LetterBuilder",
    "LetterWordingError",
    "draft_letter",
    "letter_builder",
    "load_wording",
]
