"""The course timeline (data/timeline.csv): dates written once, shown as a table or a figure."""

from __future__ import annotations

import datetime as dt

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from calling_out_genocide.data_package import load
from calling_out_genocide.figure_style import OKABE_ITO, source_note

CHAPTER_TITLES = {
    "holocaust": "The Holocaust",
    "udhr": "René Cassin and the Universal Declaration of Human Rights",
    "genocide-convention": "Raphael Lemkin and the Genocide Convention",
    "later-genocides": "Later genocides",
    "xinjiang": "Uyghurs and other Turkic Muslims in Xinjiang",
    "action": "What people can do",
}


def format_date(date: str, precision: str) -> str:
    """'1948-12-10' -> '10 December 1948'; '1948-12' -> 'December 1948'; '1944' -> '1944'."""
    if precision == "year":
        return date[:4]
    if precision == "month":
        return dt.date.fromisoformat(f"{date[:7]}-01").strftime("%B %Y")
    day = dt.date.fromisoformat(date)
    return f"{day.day} {day:%B %Y}"


def chapter_events(chapter: str | None = None) -> pd.DataFrame:
    """Timeline rows in date order, for one chapter or (None) for the whole course."""
    events = load("timeline")
    if chapter is not None:
        if chapter not in CHAPTER_TITLES:
            raise ValueError(f"unknown chapter {chapter!r}; chapters: {', '.join(CHAPTER_TITLES)}")
        events = events[events["chapter"] == chapter]
    events = events.assign(
        when=events.apply(lambda r: format_date(r["date"], r["date_precision"]), axis=1),
        year=events["date"].str[:4].astype(int),
    )
    return events.sort_values(["date", "event"]).reset_index(drop=True)


def timeline_figure(
    chapter: str, title: str | None = None, events: pd.DataFrame | None = None
) -> Figure:
    """A chapter's timeline: one labelled mark per event, drawn from data/timeline.csv.

    Pass ``events`` (from ``chapter_events``) when you already have them, to load the data once.
    """
    if events is None:
        events = chapter_events(chapter)
    if events.empty:
        raise ValueError(f"the timeline has no events for chapter {chapter!r}")
    height = 0.9 + 0.42 * len(events)
    fig, ax = plt.subplots(figsize=(8, height))
    rows = list(range(len(events)))[::-1]
    ax.scatter(events["year"], rows, color=OKABE_ITO[0], zorder=3)
    for row, (_, event) in zip(rows, events.iterrows(), strict=True):
        ax.annotate(
            f"{event['when']}: {event['event']}",
            xy=(event["year"], row),
            xytext=(8, 0),
            textcoords="offset points",
            va="center",
            fontsize=8.5,
            wrap=True,
        )
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    first, last = int(events["year"].min()), int(events["year"].max())
    ax.set_xlim(first - 1, last + max(8, (last - first) * 1.6))
    ax.set_ylim(-0.8, len(events) - 0.2)
    ax.set_xlabel("Year")
    ax.set_title(title or f"Timeline: {CHAPTER_TITLES[chapter]}")
    source_note(ax, "course dataset timeline (each event's source is in the Timeline appendix)")
    fig.tight_layout(rect=(0, 0.04, 1, 1))
    return fig
