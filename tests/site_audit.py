"""Open pages of the built site in Debian's Chromium and record what a reader's browser sees.

Every request to a host other than 127.0.0.1 is recorded and aborted (so nothing leaves the
machine), and every JavaScript error or console error is recorded.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1"}


@dataclass
class PageReport:
    url: str
    third_party_requests: list[str] = field(default_factory=list)
    javascript_errors: list[str] = field(default_factory=list)
    failed_local_requests: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return (
            [f"third-party request: {u}" for u in self.third_party_requests]
            + [f"JavaScript error: {e}" for e in self.javascript_errors]
            + [f"missing local file: {u}" for u in self.failed_local_requests]
        )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextlib.contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve a directory on 127.0.0.1 (a free port) for the duration of the block."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium_browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser, url: str):
    """Open url in a fresh page; return (page, report) with request and error watching on."""
    context = browser.new_context(java_script_enabled=True)
    page = context.new_page()
    report = PageReport(url=url)

    def route(route_request):
        request_url = route_request.request.url
        host = urlparse(request_url).hostname
        local = request_url.startswith(("data:", "blob:", "about:", "file:"))
        if local or host in LOCAL_HOSTS:
            route_request.continue_()
        else:
            report.third_party_requests.append(request_url)
            route_request.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: report.javascript_errors.append(str(error)))
    page.on(
        "console",
        lambda message: (
            report.javascript_errors.append(message.text)
            if message.type == "error" and "net::ERR_FAILED" not in message.text
            else None
        ),
    )
    page.on(
        "response",
        lambda response: (
            report.failed_local_requests.append(response.url) if response.status >= 400 else None
        ),
    )
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)  # let deferred scripts run and report errors
    return page, report


def audit_pages(root: Path, pages: list[Path]) -> list[PageReport]:
    reports = []
    with serve_directory(root) as base_url, chromium_browser() as browser:
        for path in pages:
            url = f"{base_url}/{path.relative_to(root).as_posix()}"
            page, report = open_page(browser, url)
            page.context.close()
            reports.append(report)
    return reports
