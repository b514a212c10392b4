"""One look for every chart in the course: readable, colour-blind safe, sourced."""

import matplotlib as mpl
from matplotlib.axes import Axes

# Okabe and Ito's palette, designed to stay distinct for the common colour-vision deficiencies.
OKABE_ITO = [
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermilion
    "#F0E442",  # yellow
    "#000000",  # black
]


# matplotlib settings shared by every chart: use with ``matplotlib.rc_context(COURSE_RC)``
# where global state must not change (the Sphinx build), or through apply_course_style().
COURSE_RC = {
    "figure.figsize": (8, 4.5),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "axes.prop_cycle": mpl.cycler(color=OKABE_ITO),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.labelsize": 11,
    "font.size": 11,
    "legend.frameon": False,
    # Text in a PDF figure stays text (searchable, sharp), in fonts embedded as Type 42.
    "pdf.fonttype": 42,
}


def apply_course_style() -> None:
    """Set the defaults shared by every notebook (call once, at the top): matplotlib's look,
    and tables that print as tidy tables in the PDF edition."""
    from calling_out_genocide import print_tables

    print_tables.enable()
    mpl.rcParams.update(COURSE_RC)


def source_note(ax: Axes, text: str) -> None:
    """Write the chart's source under the axes, where a reader of a printed page expects it."""
    if not text.strip():
        raise ValueError(
            "source_note needs the name of the source: a chart without one is unsigned"
        )
    ax.annotate(
        f"Source: {text}",
        xy=(0, 0),
        xycoords="figure fraction",
        xytext=(6, 4),
        textcoords="offset points",
        fontsize=8.5,
        color="#333333",
        va="bottom",
        ha="left",
    )
