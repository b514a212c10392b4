"""The letter builder on the site (a form that letter-builder.js brings to life) and on paper
(a fill-in template with the same sections, for the PDF)."""

from __future__ import annotations

from calling_out_genocide.letters.wording import Wording
from calling_out_genocide.quizzes.render import LATEX_MACROS
from calling_out_genocide.quizzes.text import html_escape as _e
from calling_out_genocide.quizzes.text import latex_escape

# The form's steps, in the order the draft uses them; the same names head the paper template.
STEP_ISSUE = "The issue you are writing about (choose one)"
STEP_ASKS = "What you ask your MP (choose one or more)"
STEP_OWN_WORDS = "In your own words"
STEP_ABOUT_YOU = "You and your MP"
FIELD_MP = "Your MP's name (if you know it)"
FIELD_CONSTITUENCY = "Your constituency"
FIELD_NAME = "Your name"


def _tips_html(wording: Wording) -> str:
    items = "".join(f"<li>{_e(tip)}</li>" for tip in wording.tips)
    return f'<p class="letter-builder-tips-heading">What makes a letter work:</p><ul>{items}</ul>'


def _paper_html(wording: Wording) -> str:
    """The fill-in template, shown instead of the form where scripts do not run."""
    issues = "".join(
        f"<li>☐ <strong>{_e(i.label)}</strong>: “{_e(i.opening)}”</li>" for i in wording.issues
    )
    asks = "".join(f"<li>☐ {_e(a.text)}</li>" for a in wording.asks)
    return (
        '<div class="letter-builder-paper">'
        "<p>This page's form needs JavaScript. On paper, copy the letter below and fill it in.</p>"
        f"<p><strong>{_e(STEP_ISSUE)}</strong></p><ul>{issues}</ul>"
        f"<p><strong>{_e(STEP_ASKS)}</strong></p><ul>{asks}</ul>"
        f"<p><strong>{_e(STEP_OWN_WORDS)}</strong>: {_e(wording.own_words_prompt)}</p>"
        "</div>"
    )


def letter_builder_html(wording: Wording) -> str:
    """The form, its draft area and its buttons; the wording rides along as JSON."""
    issues = "".join(
        '<div class="letter-builder-choice">'
        f'<input type="radio" name="letter-builder-issue" id="letter-builder-issue-{i.id}" '
        f'value="{_e(i.id)}"><label for="letter-builder-issue-{i.id}">{_e(i.label)}</label>'
        "</div>"
        for i in wording.issues
    )
    asks = "".join(
        f'<div class="letter-builder-choice" data-issues="{_e(" ".join(a.issues))}">'
        f'<input type="checkbox" name="letter-builder-ask" id="letter-builder-ask-{a.id}" '
        f'value="{_e(a.id)}"><label for="letter-builder-ask-{a.id}">{_e(a.label)}</label>'
        "</div>"
        for a in wording.asks
    )

    def field(key: str, label: str) -> str:
        return (
            f'<div class="letter-builder-field"><label for="letter-builder-{key}">{_e(label)}'
            f'</label><input type="text" id="letter-builder-{key}" name="{key}" '
            'autocomplete="off" spellcheck="false"></div>'
        )

    wording_json = wording.as_json().replace("</", "<\\/")
    return (
        '<div class="letter-builder">'
        f'<p class="letter-builder-privacy">{_e(wording.privacy)}</p>'
        f'<p><a href="{_e(wording.find_your_mp_url)}">{_e(wording.find_your_mp_text)}</a></p>'
        f"{_tips_html(wording)}"
        f"{_paper_html(wording)}"
        '<form class="letter-builder-form" autocomplete="off" hidden>'
        f"<fieldset><legend>1. {_e(STEP_ISSUE)}</legend>{issues}</fieldset>"
        f"<fieldset><legend>2. {_e(STEP_ASKS)}</legend>{asks}</fieldset>"
        '<div class="letter-builder-field">'
        f'<label for="letter-builder-own-words">3. {_e(STEP_OWN_WORDS)}</label>'
        f'<p id="letter-builder-own-words-hint">{_e(wording.own_words_prompt)}</p>'
        '<textarea id="letter-builder-own-words" rows="6" autocomplete="off" '
        'aria-describedby="letter-builder-own-words-hint"></textarea></div>'
        f"<fieldset><legend>4. {_e(STEP_ABOUT_YOU)}</legend>"
        f"{field('mp-name', FIELD_MP)}{field('constituency', FIELD_CONSTITUENCY)}"
        f"{field('name', FIELD_NAME)}</fieldset>"
        '<p><button type="submit" class="letter-builder-make">Make my draft</button></p>'
        '<p class="letter-builder-status" role="status"></p>'
        '<div class="letter-builder-result" hidden>'
        '<label for="letter-builder-draft">Your draft (you can edit it here)</label>'
        '<textarea id="letter-builder-draft" rows="20" autocomplete="off"></textarea>'
        '<p class="letter-builder-actions">'
        '<button type="button" class="letter-builder-copy">Copy the draft</button> '
        '<button type="button" class="letter-builder-print">Print the draft</button> '
        '<button type="button" class="letter-builder-download">'
        "Save the draft as a text file</button></p>"
        "</div></form>"
        '<pre class="letter-builder-printout" aria-hidden="true"></pre>'
        f'<script type="application/json" class="letter-builder-wording">{wording_json}</script>'
        "</div>"
    )


def letter_template_latex(wording: Wording) -> str:
    """The printed template: the same steps as the form, with boxes to tick and lines to fill."""
    e = latex_escape
    lines = [
        LATEX_MACROS,
        r"\begingroup\setlength{\parskip}{0.6\baselineskip}",
        rf"\noindent {e(wording.find_your_mp_text)}: \url{{{wording.find_your_mp_url}}}\par",
        r"\noindent\textbf{What makes a letter work:}",
        r"\begin{itemize}",
        *(rf"\item {e(tip)}" for tip in wording.tips),
        r"\end{itemize}",
        rf"\noindent\textbf{{1. {e(STEP_ISSUE)}}}. Tick one, and copy its opening into your"
        r" letter:",
        r"\begin{itemize}",
        *(rf"\item[\cogbox] \textbf{{{e(i.label)}}}: {e(i.opening)}" for i in wording.issues),
        r"\end{itemize}",
        rf"\noindent\textbf{{2. {e(STEP_ASKS)}}}. Tick the ones you want to use:",
        r"\begin{itemize}",
        *(rf"\item[\cogbox] {e(a.text)}" for a in wording.asks),
        r"\end{itemize}",
        rf"\noindent\textbf{{3. {e(STEP_OWN_WORDS)}}}. {e(wording.own_words_prompt)}\par",
        *([r"\noindent\cogblank[\linewidth]\par"] * 6),
        rf"\noindent\textbf{{4. {e(STEP_ABOUT_YOU)}}}.\par",
        rf"\noindent {e(FIELD_MP)}: \cogblank[18em]\par",
        rf"\noindent {e(FIELD_CONSTITUENCY)}: \cogblank[18em]\par",
        rf"\noindent {e(FIELD_NAME)}: \cogblank[18em]\par",
        r"\needspace{14\baselineskip}",
        r"\noindent\textbf{Your letter, in this order:}",
        r"\begin{enumerate}",
        rf"\item {e(wording.greeting)} \cogblank[10em], (or: {e(wording.greeting_fallback)})",
        rf"\item {e(wording.constituent.replace('{constituency}', '[your constituency]'))}",
        r"\item The opening you ticked in step 1.",
        r"\item The asks you ticked in step 2.",
        r"\item Your own words from step 3.",
        rf"\item {e(wording.reply_request)}",
        rf"\item {e(wording.sign_off)} and your name.",
        r"\end{enumerate}",
        r"\par\endgroup",
    ]
    return "\n".join(lines) + "\n"
