"""The course timeline: dates written once, checked, and shown the same way everywhere."""

from __future__ import annotations

import runpy
import shutil
from pathlib import Path

import pytest

from calling_out_genocide import timeline
from calling_out_genocide.data_package import DatasetError
from calling_out_genocide.paths import REPO_ROOT


@pytest.mark.parametrize(
    ("date", "precision", "shown"),
    [
        ("1948-12-10", "day", "10 December 1948"),
        ("1946-06", "month", "June 1946"),
        ("1944", "year", "1944"),
    ],
)
def test_dates_are_written_as_the_course_writes_them(date, precision, shown) -> None:
    assert timeline.format_date(date, precision) == shown


def test_an_impossible_date_is_reported_with_file_row_and_column(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(REPO_ROOT / "data", data)
    path = data / "timeline.csv"
    text = path.read_bytes().decode("utf-8")
    first_date = text.splitlines()[1].split(",", 1)[0]
    path.write_bytes(text.replace(first_date, "1887-13-45", 1).encode("utf-8"))
    runpy.run_path(str(REPO_ROOT / "scripts" / "update_data_hashes.py"))["main"](data)
    with pytest.raises(DatasetError) as caught:
        timeline.chapter_events(data_dir=data)
    message = str(caught.value)
    assert "timeline.csv" in message and "row 1" in message and "column 'date'" in message
    assert "1887-13-45" in message


def test_a_date_more_precise_than_its_precision_is_an_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(REPO_ROOT / "data", data)
    path = data / "timeline.csv"
    text = path.read_bytes().decode("utf-8")
    row = text.splitlines()[1]
    date, precision = row.split(",")[:2]
    wrong = "year" if precision != "year" else "day"
    path.write_bytes(text.replace(f"{date},{precision},", f"{date},{wrong},", 1).encode("utf-8"))
    runpy.run_path(str(REPO_ROOT / "scripts" / "update_data_hashes.py"))["main"](data)
    with pytest.raises(DatasetError, match="date_precision"):
        timeline.chapter_events(data_dir=data)
