"""Page weight and Lighthouse scores of the built site, beside the stock Jupyter Book template.

    .venv/bin/python scripts/bench_pages.py [TEMPLATE_HTML_DIR]

Bytes a browser loads per page (uncompressed, in Chromium through Playwright), leaving out the
page's own figures; and Lighthouse's performance and accessibility scores under its default
simulated mobile throttling for the home page, a chapter and a notebook page, each served by
``python3 -m http.server``. Prints one Markdown table row per site. Budgets (issue 19): at most
0.8 MB a page; Lighthouse performance at least 90 and accessibility 100.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = REPO_ROOT / ".tools" / "bench" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
COURSE_PAGES = {
    "home": "book/intro.html",
    "chapter": "book/holocaust.html",
    "notebook": "notebooks/holocaust-data.html",
}
# A page's own figures: the charts and pictures it shows, which the budget leaves out.
FIGURE_FOLDERS = ("/_images/", "/_build/")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def http_server(directory: Path):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=directory,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.8)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait()


def site_pages(html_dir: Path) -> list[str]:
    return sorted(
        p.relative_to(html_dir).as_posix()
        for p in html_dir.rglob("*.html")
        if not {"_static", "_sources", "_images"} & set(p.relative_to(html_dir).parts)
        and p.name not in {"index.html", "genindex.html"}
    )


def page_weights(base: str, pages: list[str]) -> list[int]:
    """Bytes each page loads, without its own figures."""
    from playwright.sync_api import sync_playwright

    weights = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for page_path in pages:
            context = browser.new_context()
            page = context.new_page()
            loaded: list[int] = []

            def count(response, loaded=loaded):
                if response.request.resource_type == "image" and any(
                    folder in response.url for folder in FIGURE_FOLDERS
                ):
                    return
                try:
                    loaded.append(len(response.body()))
                except Exception:  # a redirect or an aborted request has no body
                    pass

            page.on("response", count)
            page.goto(f"{base}/{page_path}", wait_until="load")
            page.wait_for_timeout(300)
            weights.append(sum(loaded))
            context.close()
        browser.close()
    return weights


def lighthouse(url: str) -> tuple[int, int]:
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            "--only-categories=performance,accessibility",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        timeout=300,
    )
    if result.returncode != 0:
        raise SystemExit(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    categories = json.loads(result.stdout)["categories"]
    return round(categories["performance"]["score"] * 100), round(
        categories["accessibility"]["score"] * 100
    )


def measure(html_dir: Path, lighthouse_pages: dict[str, str]) -> dict:
    pages = site_pages(html_dir)
    with http_server(html_dir) as base:
        weights = page_weights(base, pages)
        scores = {name: lighthouse(f"{base}/{path}") for name, path in lighthouse_pages.items()}
    return {"pages": len(pages), "weights": weights, "lighthouse": scores}


def row(label: str, result: dict) -> str:
    mb = [w / 1_000_000 for w in result["weights"]]
    scores = "; ".join(f"{name} {p}/{a}" for name, (p, a) in result["lighthouse"].items())
    return (
        f"| {label} | {result['pages']} | {min(mb):.2f} | {statistics.median(mb):.2f} "
        f"| {max(mb):.2f} | {scores} |"
    )


HEADER = (
    "| site | pages | MB a page, least | median | most (figures left out) "
    "| Lighthouse performance/accessibility |\n| --- | --- | --- | --- | --- | --- |"
)


def main(argv: list[str]) -> int:
    if not LIGHTHOUSE.exists():
        subprocess.run(["bash", "scripts/install-bench-tools.sh"], cwd=REPO_ROOT, check=True)
    lines = [HEADER, row("the course", measure(REPO_ROOT / "_build" / "html", COURSE_PAGES))]
    if argv:
        template = Path(argv[0])
        lines.append(
            row(
                "stock template",
                measure(template, {"home": "intro.html", "notebook": "notebooks.html"}),
            )
        )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
