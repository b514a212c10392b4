"""Putting a draft letter together from the reader's choices.

static/letter-builder.js does exactly the same on the site; tests/letter_cases.json holds
cases that both must turn into the same text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from calling_out_genocide.letters.wording import Wording


@dataclass(frozen=True)
class Choices:
    issue: str
    asks: tuple[str, ...] = field(default_factory=tuple)
    own_words: str = ""
    mp_name: str = ""
    constituency: str = ""
    name: str = ""


def _paragraphs(text: str) -> list[str]:
    """The reader's own words as paragraphs: blank lines separate them, spaces tidied."""
    paragraphs, current = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = " ".join(line.split())
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def draft_letter(wording: Wording, choices: Choices) -> str:
    """The draft as plain text, paragraphs separated by a blank line, ending with a newline."""
    issue = wording.issue(choices.issue)
    mp_name = " ".join(choices.mp_name.split())
    constituency = " ".join(choices.constituency.split())
    name = " ".join(choices.name.split())
    blocks = [f"{wording.greeting} {mp_name}," if mp_name else wording.greeting_fallback]
    if constituency:
        blocks.append(wording.constituent.replace("{constituency}", constituency))
    blocks.append(issue.opening)
    # Asks keep the data file's order, whatever order the reader ticked them in.
    blocks += [a.text for a in wording.asks if a.id in choices.asks and a.fits(issue.id)]
    blocks += _paragraphs(choices.own_words)
    blocks.append(wording.reply_request)
    closing = wording.sign_off + (f"\n{name}" if name else "")
    return "\n\n".join([*blocks, closing]) + "\n"
