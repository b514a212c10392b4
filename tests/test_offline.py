"""The offline zip: unpacked anywhere, the site opens from disk and from a local server, and
its search works, with nothing loaded from another host."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from site_audit import chromium_browser, open_page, serve_directory

ZIP_NAME = "calling-out-genocide-site.zip"


@pytest.fixture(scope="module")
def unpacked(built_html: Path, tmp_path_factory) -> Path:
    archive = built_html / ZIP_NAME
    assert archive.is_file(), "the build wrote no offline zip"
    target = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        assert all(n.startswith("calling-out-genocide/") for n in names)
        assert f"calling-out-genocide/{ZIP_NAME}" not in names
        zipped.extractall(target)
    return target / "calling-out-genocide"


def search_results(page) -> list[str]:
    page.wait_for_selector("#search-results ul.search li", timeout=15000)
    return page.locator("#search-results ul.search li a").all_inner_texts()


@pytest.mark.browser
def test_a_page_and_search_work_from_disk(unpacked: Path) -> None:
    assert (unpacked / "calling-out-genocide.pdf").is_file()
    with chromium_browser() as browser:
        page, report = open_page(browser, (unpacked / "book" / "holocaust.html").as_uri())
        assert "The Holocaust" in page.title()
        assert not report.problems, report.problems
        page, report = open_page(browser, (unpacked / "search.html").as_uri() + "?q=Lemkin")
        found = search_results(page)
        assert any("Lemkin" in title or "Naming the crime" in title for title in found), found


@pytest.mark.browser
def test_the_unpacked_site_works_from_a_local_server(unpacked: Path) -> None:
    with serve_directory(unpacked) as base_url, chromium_browser() as browser:
        page, report = open_page(browser, f"{base_url}/book/udhr.html")
        assert "Universal Declaration" in page.title()
        assert not report.problems, report.problems
        page, _ = open_page(browser, f"{base_url}/search.html?q=Cassin")
        assert search_results(page)
