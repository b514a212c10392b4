"""Measure build and test times and append them to benchmarks/results.md.

    .venv/bin/python scripts/bench.py            # cold build, warm rebuild, test suite
    .venv/bin/python scripts/bench.py --no-tests # builds only

Performance goals live here, not in timed tests: a slow machine should not fail the suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import subprocess
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RESULTS = REPO_ROOT / "benchmarks" / "results.md"
HEADER = (
    "| date (UTC) | commit | machine | cold build (s) | warm rebuild after touching one page (s) "
    "| PDF (s) | PDF size (KiB) | test suite (s) |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
)


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-tests", action="store_true")
    args = parser.parse_args()

    shutil.rmtree(REPO_ROOT / "_build", ignore_errors=True)
    cold = timed(["bash", "scripts/build.sh"])
    (REPO_ROOT / "book" / "intro.md").touch()
    warm = timed(["bash", "scripts/build.sh"])
    pdf = REPO_ROOT / "_build" / "latex" / "calling-out-genocide.pdf"
    pdf_time = "n/a"  # the build script reports PDF timing once the PDF edition exists
    timing_file = REPO_ROOT / "_build" / "pdf-build-seconds.txt"
    if timing_file.exists():
        pdf_time = f"{float(timing_file.read_text()):.1f}"
    pdf_size = f"{pdf.stat().st_size / 1024:.0f}" if pdf.exists() else "n/a"
    tests = "not run" if args.no_tests else f"{timed(['bash', 'scripts/test.sh', '-q']):.1f}"

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True
    ).stdout.strip()
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores"
    row = (
        f"| {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} | {commit} | {machine} | {cold:.1f} "
        f"| {warm:.1f} | {pdf_time} | {pdf_size} | {tests} |\n"
    )
    if not RESULTS.exists():
        RESULTS.write_text(
            "# Benchmark results\n\nWritten by `scripts/bench.py`; newest last. A cold build "
            "includes executing every notebook; the test suite includes its own build.\n\n"
            + HEADER,
            encoding="utf-8",
        )
    with RESULTS.open("a", encoding="utf-8") as results:
        results.write(row)
    print(row, end="")


if __name__ == "__main__":
    main()
