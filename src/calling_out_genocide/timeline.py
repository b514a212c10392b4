"""The course timeline (data/timeline.csv): dates written once, shown as a table or a figure."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from calling_out_genocide.course import chapter_titles
from calling_out_genocide.data_package import DatasetError, load
from calling_out_genocide.figure_style import OKABE_ITO, source_note
from calling_out_genocide.paths import DATA_DIR

# Characters per line of an event's label beside the axis.
LABEL_WIDTH = 76

# Timeline chapter code -> its name on the figure and in the appendix, from course.yml.
CHAPTER_TITLES = chapter_titles()


def format_date(date: str, precision: str) -> str:
    """'1948-12-10' -> '10 December 1948'; '1948-12' -> 'December 1948'; '1944' -> '1944'."""
    if precision == "year":
        return date[:4]
    if precision == "month":
        return dt.date.fromisoformat(f"{date[:7]}-01").strftime("%B %Y")
    day = dt.date.fromisoformat(date)
    return f"{day.day} {day:%B %Y}"


DATE_LENGTH = {"day": 10, "month": 7, "year": 4}


def _checked_when(events: pd.DataFrame) -> list[str]:
    """Each event's date as the course writes it; a DatasetError names any bad row."""
    shown = []
    for row_number, (date, precision) in enumerate(
        zip(events["date"], events["date_precision"], strict=True), start=1
    ):
        where = f"dataset 'timeline', row {row_number} (line {row_number + 1} of timeline.csv)"
        if len(date) != DATE_LENGTH[precision]:
            raise DatasetError(
                f"{where}, column 'date_precision': {precision!r} does not fit the date {date!r}"
            )
        try:
            shown.append(format_date(date, precision))
        except ValueError as error:
            raise DatasetError(
                f"{where}, column 'date': {date!r} is not a real date ({error})"
            ) from error
    return shown


def chapter_events(chapter: str | None = None, data_dir: Path = DATA_DIR) -> pd.DataFrame:
    """Timeline rows in date order, for one chapter or (None) for the whole course."""
    events = load("timeline", data_dir)
    events = events.assign(when=_checked_when(events), year=events["date"].str[:4].astype(int))
    if chapter is not None:
        if chapter not in CHAPTER_TITLES:
            raise ValueError(f"unknown chapter {chapter!r}; chapters: {', '.join(CHAPTER_TITLES)}")
        events = events[events["chapter"] == chapter]
    return events.sort_values(["date", "event"]).reset_index(drop=True)


def timeline_figure(
    chapter: str,
    title: str | None = None,
    events: pd.DataFrame | None = None,
    years: tuple[int, int] | None = None,
) -> Figure:
    """A chapter's timeline: one mark per event on a year axis that ends at the last event,
    with each event's date and words in a column beside it, joined to its mark by a line.

    Pass ``events`` (from ``chapter_events``) when you already have them, to load the data once;
    ``years`` (first, last) keeps one axis across the parts of a long timeline.
    """
    if events is None:
        events = chapter_events(chapter)
    if events.empty:
        raise ValueError(f"the timeline has no events for chapter {chapter!r}")
    labels = [
        textwrap.fill(f"{event['when']}: {event['event']}", width=LABEL_WIDTH)
        for _, event in events.iterrows()
    ]
    # Each event gets as much height as its label has lines, top to bottom in date order.
    heights = [label.count("\n") + 1 for label in labels]
    tops = [sum(heights[:i]) for i in range(len(heights))]
    rows = [-(top + (h - 1) / 2) for top, h in zip(tops, heights, strict=True)]
    total = sum(heights)
    fig = plt.figure(figsize=(8, 0.9 + 0.18 * total + 0.1 * len(labels)))
    ax = fig.add_axes((0.06, 0.9 / fig.get_figheight(), 0.27, 1 - 1.35 / fig.get_figheight()))
    ax.scatter(events["year"], rows, color=OKABE_ITO[0], zorder=3, s=22)
    for row, label, year in zip(rows, labels, events["year"], strict=True):
        ax.annotate(
            label,
            xy=(year, row),
            xytext=(0.37, row),
            textcoords=("figure fraction", "data"),
            va="center",
            ha="left",
            fontsize=8.5,
            arrowprops={
                "arrowstyle": "-",
                "color": "#999999",
                "linewidth": 0.6,
                "linestyle": ":",
                "shrinkA": 2,
                "shrinkB": 3,
            },
        )
    first, last = years or (int(events["year"].min()), int(events["year"].max()))
    pad = max(1.0, (last - first) * 0.04)
    ax.set_xlim(first - pad, last + pad)
    ax.set_ylim(min(rows) - 0.8, 0.8)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    ax.set_xlabel("Year")
    fig.suptitle(
        title or f"Timeline: {CHAPTER_TITLES[chapter]}",
        x=0.06,
        ha="left",
        y=1 - 0.12 / fig.get_figheight(),
        va="top",
        fontsize=13,
        fontweight="bold",
    )
    source_note(ax, "course dataset timeline (each event's source is in the Timeline appendix)")
    return fig
