"""Unit tests of the print edition's parts: tables, paper quizzes, imprint, timeline, contents."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest
from quiz_examples import bank, question

from calling_out_genocide import print_tables
from calling_out_genocide.quizzes.bank import Bank, load_bank, validate_bank
from calling_out_genocide.quizzes.render import answer_key, answer_sheet_latex, quiz_latex

matplotlib.use("Agg")


# ------------------------------------------------------------------ tables


def printed(data) -> str:
    """A table's LaTeX without the break points it puts before each cell's first word."""
    return print_tables.dataframe_latex(data).replace(r"\hspace{0pt}", "")


def test_a_table_prints_without_its_index_or_source_keys() -> None:
    frame = pd.DataFrame(
        {
            "country": ["Poland", "Hungary (borders of 1941)"],
            "victims_high": [3_000_000, None],
            "source_high": ["zbe-opferzahlen-pohl-benz", "ushmm-losses"],
        }
    )
    latex = printed(frame)
    assert latex.startswith("% calling-out-genocide: print rendering")
    assert r"\textbf{Country} & \textbf{Victims high} \\" in latex
    assert "Poland & 3,000,000" in latex
    assert "Hungary (borders of 1941) & \u2014" in latex  # a missing value is a dash
    assert "zbe-opferzahlen" not in latex and "Source" not in latex
    assert "0 &" not in latex.split(r"\midrule")[1]  # no index numbers


def test_row_labels_in_the_index_are_printed_as_a_column() -> None:
    counts = pd.Series(
        [31, 16], index=pd.Index(["Americas", "Europe"], name="region"), name="count"
    )
    latex = printed(counts)
    assert r"\textbf{Region} & \textbf{Count}" in latex
    assert "Americas & 31" in latex


def test_a_long_table_is_cut_with_a_line_that_says_so() -> None:
    frame = pd.DataFrame({"n": range(40), "label": [f"row_{i}%" for i in range(40)]})
    latex = printed(frame)
    assert f"The first {print_tables.MAX_PRINTED_ROWS} of 40 rows are shown." in latex
    assert r"row\_3\%" in latex  # cell text is escaped for LaTeX
    assert "row_30" not in latex and r"row\_30" not in latex


def test_readable_headers() -> None:
    assert print_tables.readable_header("prewar_jewish_population") == "Prewar jewish population"
    assert print_tables.readable_header("Vote") == "Vote"


# ------------------------------------------------------------------ quizzes on paper


def test_quiz_on_paper_has_boxes_blanks_and_no_screen_words() -> None:
    for name in ("holocaust", "udhr", "how-to-use"):
        latex = quiz_latex(load_bank(name))
        assert "Type a number" not in latex and "click" not in latex.lower()
        assert r"\cogbox" in latex and r"\cogblank" in latex


def test_the_answer_sheet_has_one_line_per_question_and_no_answers() -> None:
    data = load_bank("holocaust")
    sheet = "\n".join(answer_sheet_latex(data))
    for number in range(1, len(data.questions) + 1):
        assert f"Question {number}. &" in sheet
    assert f"Question {len(data.questions) + 1}." not in sheet
    for entry in answer_key(data):
        assert entry.explanation not in sheet


def test_a_prompt_starting_with_a_bracket_is_safe_at_an_item() -> None:
    q = question("true_false")
    q["prompt"] = "[1948] The Declaration was adopted unanimously."
    data = Bank.from_dict(validate_bank(bank(q), "quizzes/example.yaml"), "example")
    latex = quiz_latex(data)
    # "\item [1948]" would read the year as the item's label: it must be braced.
    assert "{[}1948{]} The Declaration was adopted unanimously." in latex
    assert r"\item [1948]" not in latex and r"\item[1948]" not in latex


@pytest.mark.parametrize(("tolerance", "expected"), [(0, ""), (0.2, " (accept 0.55 to 0.95)")])
def test_numeric_answers_say_what_to_accept_on_paper(tolerance, expected) -> None:
    q = question("numeric")
    q.update({"answer": 0.75, "tolerance": tolerance, "unit": "per cent"})
    data = Bank.from_dict(validate_bank(bank(q), "quizzes/example.yaml"), "example")
    assert answer_key(data)[0].answer == "0.75 per cent" + expected


# ------------------------------------------------------------------ bibliography, imprint


def test_bibliography_style_keeps_title_capitals() -> None:
    from pybtex.database import parse_string
    from pybtex.plugin import find_plugin

    from calling_out_genocide.sphinx_ext import bibliography as bibliography_style

    bibliography_style.register()
    style = find_plugin("pybtex.style.formatting", bibliography_style.STYLE_NAME)()
    entries = parse_string(
        "@misc{a, title={Denmark's Rescue of Jews}, author={{United Nations}}, year=2020}",
        "bibtex",
    ).entries
    text = next(iter(style.format_entries(entries.values()))).text.render_as("text")
    assert "Denmark's Rescue of Jews" in text


def test_the_verso_names_the_licences_and_keeps_its_settings_to_itself() -> None:
    from calling_out_genocide import imprint

    # Sphinx's escaper writes each hyphen as \sphinxhyphen{}; the page shows "-".
    verso = imprint.verso_latex("1 December 2026", "0123456789ab").replace(r"\sphinxhyphen{}", "-")
    assert "CC BY-SA 4.0" in verso and "MIT License" in verso
    assert "Built from commit 0123456789ab" in verso
    # \raggedright and \small inside a group: outside it, the book's own settings hold.
    assert verso.index(r"\begingroup") < verso.index(r"\raggedright") < verso.index(r"\endgroup")


# ------------------------------------------------------------------ timeline, contents


def test_the_timeline_axis_ends_at_the_last_event() -> None:
    from matplotlib import pyplot as plt

    from calling_out_genocide.timeline import chapter_events, timeline_figure

    events = chapter_events("holocaust")
    figure = timeline_figure("holocaust", events=events)
    axis_end = figure.axes[0].get_xlim()[1]
    last = events["year"].max()
    span = last - events["year"].min()
    assert last < axis_end <= last + max(1, 0.05 * span)
    plt.close(figure)


def test_only_published_chapters_and_their_data_reach_the_book(set_back_to_planned) -> None:
    from calling_out_genocide.course import published_chapters, published_datasets

    assert {"how-to-use", "holocaust", "udhr", "uyghurs-evidence"} <= published_chapters()
    assert "xinjiang_birth_rates" in published_datasets()
    # A chapter set back to "planned" takes its data out of the book with it.
    set_back_to_planned("uyghurs-evidence")
    assert "uyghurs-evidence" not in published_chapters()
    datasets = published_datasets()
    assert "holocaust_jewish_victims_by_country" in datasets and "udhr_vote_1948" in datasets
    assert "xinjiang_birth_rates" not in datasets


def test_quotation_marks_in_print_open_and_close() -> None:
    """A quiz's or handout's straight quotation marks print curled, opening and closing."""
    from calling_out_genocide.quizzes.text import latex_escape

    printed = latex_escape("He said \"never again\" and the world's 'promise'")
    assert "“never again”" in printed
    assert "world’s ‘promise’" in printed
    assert '"' not in printed
