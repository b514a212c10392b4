"""The imprint: licences, edition date, the commit a book was built from, how to report an error.

Written once here and printed on the title verso of each PDF and in the site's footer, so a
teacher can see on any copy whether it may be photocopied and which version it is.
"""

from __future__ import annotations

import datetime as dt
import subprocess

from calling_out_genocide.paths import REPO_ROOT

CONTENT_LICENCE = "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)"
CONTENT_LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
CODE_LICENCE = "MIT License"
DATA_NOTE = (
    "The datasets keep the licences recorded for each in the data package; third-party "
    "texts, translations and quotations keep their own terms, listed on the Credits page."
)
REPORT_AN_ERROR = (
    "To report an error, open an issue in the course's source repository, or tell the person "
    "who gave you this copy. Quote the page and the sentence, and name the source that shows "
    "the error."
)


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def source_commit() -> str:
    """The short commit the book is built from, marked if the working tree had changes."""
    try:
        commit = _git("rev-parse", "--short=12", "HEAD")
        changed = _git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "not recorded (built outside a git checkout)"
    return f"{commit} (with uncommitted changes)" if changed else commit


def edition_date(today: dt.date | None = None) -> str:
    day = today or dt.date.today()
    return f"{day.day} {day:%B %Y}"


def verso_latex(edition: str, commit: str) -> str:
    """The back of the title page of a PDF, as LaTeX (Sphinx's ``\\sphinxbackoftitlepage``)."""
    from calling_out_genocide.quizzes.text import latex_escape

    lines = [
        # A group of its own: the verso's small, ragged-right setting must not leak into the book.
        r"\newcommand{\sphinxbackoftitlepage}{\begingroup%",
        r"\thispagestyle{empty}\vspace*{\fill}\small\raggedright",
        r"\noindent\textbf{Calling Out Genocide} \\ "
        + latex_escape(f"Edition of {edition}. Built from commit {commit}."),
        r"\par\medskip\noindent "
        + latex_escape(
            f"The text, quizzes, exercises and charts are licensed under {CONTENT_LICENCE}."
        )
        + rf" \url{{{CONTENT_LICENCE_URL}}} "
        + latex_escape(
            "You may copy, print and adapt them, for a class or a group or for any purpose, if "
            "you credit the course and share what you make under the same licence."
        ),
        r"\par\medskip\noindent "
        + latex_escape(f"The course's code is licensed under the {CODE_LICENCE}. {DATA_NOTE}"),
        r"\par\medskip\noindent " + latex_escape(REPORT_AN_ERROR),
        r"\par\medskip\noindent "
        + latex_escape(
            "Inspired by the René Cassin charity's \u201cCalling out Genocide\u201d campaign. "
            "The course is written by its authors, who are responsible for any error in it."
        ),
        r"\par\endgroup\clearpage}",
    ]
    return "\n".join(lines)


def footer_html(edition: str, commit: str) -> str:
    import html

    return (
        '<p class="course-imprint">Text, quizzes and charts: '
        f'<a href="{CONTENT_LICENCE_URL}" rel="license">CC BY-SA 4.0</a>. '
        f"Code: {CODE_LICENCE}. {html.escape(DATA_NOTE)} "
        f"Edition of {html.escape(edition)}, commit {html.escape(commit)}. "
        f"{html.escape(REPORT_AN_ERROR)}</p>"
    )
