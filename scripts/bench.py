"""Measure build and test times and append them to benchmarks/results.md.

    .venv/bin/python scripts/bench.py            # builds, quick tests, test suite, template
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
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RESULTS = REPO_ROOT / "benchmarks" / "results.md"
HEADER = (
    "| date (UTC) | commit | machine | cold build (s) | warm rebuild after touching one page (s) "
    "| warm HTML rebuild after editing one page (s) | PDFs (s) | PDF size (KiB) "
    "| quick tests (s) | test suite (s) | template: cold HTML build (s) "
    "| template: warm HTML rebuild after editing one page (s) |\n"
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
)
TABLE_TITLE = "## From 1 December 2026: with the HTML-only rebuild, quick tests and the template"


def timed(command: list[str], cwd: Path = REPO_ROOT) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(command)} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )
    return elapsed


def edited(page: Path):
    """Add a sentence to a page for one rebuild, then restore it exactly."""

    class Edit:
        def __enter__(self):
            self.original = page.read_bytes()
            page.write_bytes(self.original + b"\nThis sentence was added by the benchmark.\n")

        def __exit__(self, *exc):
            page.write_bytes(self.original)

    return Edit()


def template_times(jupyter_book: Path, tmp: Path) -> tuple[float, float]:
    """The stock Jupyter Book template, built the same way on the same machine in the same run
    (its site is left in tmp/template/_build/html for the page measurements)."""
    book = tmp / "template"
    timed([str(jupyter_book), "create", str(book)])
    cold = timed([str(jupyter_book), "build", str(book), "--builder", "html"])
    with edited(book / "intro.md"):
        warm = timed([str(jupyter_book), "build", str(book), "--builder", "html"])
    return cold, warm


PAGES_TITLE = "## Page weight and Lighthouse, beside the stock template"


def record_pages(template_html: Path) -> None:
    """Each page's bytes and Lighthouse's scores, for the course and the template (the
    budgets: 0.8 MB a page without its figures; performance 90, accessibility 100)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "bench_pages", REPO_ROOT / "scripts" / "bench_pages.py"
    )
    pages = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pages)
    if not pages.LIGHTHOUSE.exists():
        timed(["bash", "scripts/install-bench-tools.sh"])
    course = pages.measure(REPO_ROOT / "_build" / "html", pages.COURSE_PAGES)
    template = pages.measure(template_html, {"home": "intro.html", "notebook": "notebooks.html"})
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True
    ).stdout.strip()
    stamp = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} ({commit})"
    text = RESULTS.read_text(encoding="utf-8")
    if PAGES_TITLE not in text:
        text += (
            f"\n{PAGES_TITLE}\n\nBytes a browser loads per page, uncompressed, leaving out the "
            "page's own figures (Chromium through Playwright), and Lighthouse 12 scores under its "
            "default simulated mobile throttling, each site served by `python3 -m http.server`. "
            "Budgets: at most 0.8 MB a page; performance at least 90; accessibility 100.\n\n"
            "| measured (UTC, commit) | site | pages | MB a page, least | median "
            "| most (figures left out) | Lighthouse performance/accessibility |\n"
            "| --- | --- | --- | --- | --- | --- | --- |\n"
        )
    for label, result in (("the course", course), ("stock template", template)):
        text = add_row(text, PAGES_TITLE, f"| {stamp} " + pages.row(label, result))
    RESULTS.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-tests", action="store_true")
    args = parser.parse_args()

    shutil.rmtree(REPO_ROOT / "_build", ignore_errors=True)
    cold = timed(["bash", "scripts/build.sh"])
    (REPO_ROOT / "book" / "intro.md").touch()
    warm = timed(["bash", "scripts/build.sh"])
    with edited(REPO_ROOT / "book" / "intro.md"):
        warm_html = timed(["bash", "scripts/build.sh", "html"])
    timed(["bash", "scripts/build.sh", "html"])  # back to the unedited page
    latex = REPO_ROOT / "_build" / "latex"
    pdf_time = "n/a"
    timing_file = REPO_ROOT / "_build" / "pdf-build-seconds.txt"
    if timing_file.exists():
        pdf_time = f"{float(timing_file.read_text()):.1f}"
    sizes = [
        f"{(latex / name).stat().st_size / 1024:.0f}"
        for name in ("calling-out-genocide.pdf", "teachers-edition.pdf", "sources-and-methods.pdf")
        if (latex / name).exists()
    ]
    pdf_size = " + ".join(sizes) or "n/a"
    quick = f"{timed(['bash', 'scripts/test.sh', '--quick', '-q']):.1f}"
    tests = "not run" if args.no_tests else f"{timed(['bash', 'scripts/test.sh', '-q']):.1f}"
    with tempfile.TemporaryDirectory() as tmp:
        template_cold, template_warm = template_times(
            REPO_ROOT / ".venv" / "bin" / "jupyter-book", Path(tmp)
        )
        write_timings(
            cold, warm, warm_html, pdf_time, pdf_size, quick, tests, template_cold, template_warm
        )
        record_pages(Path(tmp) / "template" / "_build" / "html")


def add_row(text: str, title: str, row: str) -> str:
    """text with row added at the end of the table under the heading title."""
    lines = text.splitlines()
    start = lines.index(title)
    end = start + 1
    while end < len(lines) and not lines[end].startswith("## "):
        end += 1
    while end > start and not lines[end - 1].startswith("|"):
        end -= 1
    return "\n".join([*lines[:end], row.rstrip("\n"), *lines[end:]]) + "\n"


def write_timings(
    cold, warm, warm_html, pdf_time, pdf_size, quick, tests, template_cold, template_warm
) -> None:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT, capture_output=True, text=True
    ).stdout.strip()
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores"
    row = (
        f"| {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} | {commit} | {machine} | {cold:.1f} "
        f"| {warm:.1f} | {warm_html:.1f} | {pdf_time} | {pdf_size} | {quick} | {tests} "
        f"| {template_cold:.1f} | {template_warm:.1f} |\n"
    )
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if TABLE_TITLE not in text:
        text += (
            f"\n{TABLE_TITLE}\n\nA cold build executes every notebook and builds the site and "
            "the PDFs; the test suite includes its own build. The template columns are the stock "
            "`jupyter-book create` book, built in the same run on the same machine.\n\n" + HEADER
        )
    RESULTS.write_text(add_row(text, TABLE_TITLE, row), encoding="utf-8")
    print(row, end="")


if __name__ == "__main__":
    main()
