"""The README's build command builds the site with no warning and runs every notebook."""

from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse


def test_build_succeeds_without_warnings(book_build: subprocess.CompletedProcess) -> None:
    output = book_build.stdout + book_build.stderr
    assert book_build.returncode == 0, output[-8000:]
    warnings = [
        line for line in output.splitlines() if re.search(r"\b(WARNING|ERROR|CRITICAL): ", line)
    ]
    assert not warnings, "\n".join(warnings)


def test_landing_page_exists(built_html: Path) -> None:
    index = (built_html / "index.html").read_text(encoding="utf-8")
    assert "book/intro.html" in index
    intro = (built_html / "book" / "intro.html").read_text(encoding="utf-8")
    assert "Content note" in intro
    assert "14 and over" in intro


def test_every_notebook_was_executed_into_its_page(built_html: Path, repo_root: Path) -> None:
    """execute_notebooks must never skip: each notebook's page shows its code cells' outputs."""
    toc = (repo_root / "_toc.yml").read_text(encoding="utf-8")
    entries = re.findall(r"file:\s*(notebooks/\S+)", toc)
    assert entries
    for entry in entries:
        notebook = json.loads((repo_root / f"{entry}.ipynb").read_text(encoding="utf-8"))
        # A cell tagged remove-cell is for notebook users only (the letter builder's form).
        with_output = [
            c
            for c in notebook["cells"]
            if c["cell_type"] == "code"
            and c.get("outputs")
            and "remove-cell" not in c.get("metadata", {}).get("tags", [])
        ]
        page = (built_html / f"{entry}.html").read_text(encoding="utf-8")
        shown = page.count('class="cell_output')
        assert shown >= len(with_output) > 0, f"{entry}: {shown} outputs on the page"


class _LoadedAddresses(HTMLParser):
    """Every address a page makes the browser load: src of scripts, images, frames, media and
    sources, srcset, and href of stylesheets, icons, preloads and other loaded links."""

    LOADING_LINKS = {"stylesheet", "icon", "preload", "modulepreload", "prefetch", "manifest"}

    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        attributes = dict(attrs)
        if tag in {"script", "img", "iframe", "audio", "video", "source", "embed", "track"}:
            self.addresses += [attributes[a] for a in ("src",) if attributes.get(a)]
            for candidate in (attributes.get("srcset") or "").split(","):
                if candidate.strip():
                    self.addresses.append(candidate.split()[0])
        if tag == "link":
            relations = set((attributes.get("rel") or "").lower().split())
            if relations & self.LOADING_LINKS and attributes.get("href"):
                self.addresses.append(attributes["href"])
        if tag == "object" and attributes.get("data"):
            self.addresses.append(attributes["data"])


def other_hosts_loaded(html: str) -> list[str]:
    parser = _LoadedAddresses()
    parser.feed(html)
    return [a for a in parser.addresses if urlparse(a).netloc or a.startswith("//")]


def test_the_host_check_sees_every_way_of_loading(tmp_path: Path) -> None:
    seeded = (
        '<link rel="stylesheet" href="https://cdn.example.org/a.css">'
        "<link href='//fonts.example.org/f.css' rel='preload stylesheet'>"
        '<script defer src="https://cdn.example.org/a.js"></script>'
        '<img alt="" srcset="/local.png 1x, https://img.example.org/b.png 2x">'
        '<a href="https://www.un.org/">a link is not a load</a>'
        '<link rel="stylesheet" href="_static/course.css">'
    )
    assert other_hosts_loaded(seeded) == [
        "https://cdn.example.org/a.css",
        "//fonts.example.org/f.css",
        "https://cdn.example.org/a.js",
        "https://img.example.org/b.png",
    ]


def test_built_pages_reference_no_other_host(built_html: Path) -> None:
    """A static check beside the browser test: no page loads anything from another host."""
    offenders = {}
    for page in built_html.rglob("*.html"):
        found = other_hosts_loaded(page.read_text(encoding="utf-8"))
        if found:
            offenders[str(page.relative_to(built_html))] = found[:3]
    assert not offenders, offenders


def test_data_appendix_links_every_dataset_csv(built_html: Path, repo_root: Path) -> None:
    descriptor = json.loads((repo_root / "data" / "datapackage.json").read_text(encoding="utf-8"))
    page_path = built_html / "book" / "data-and-sources.html"
    page = page_path.read_text(encoding="utf-8")
    links = re.findall(r'href="([^"]+\.csv)"', page)
    for resource in descriptor["resources"]:
        matching = [link for link in links if link.endswith("/" + resource["path"])]
        assert matching, f"the appendix has no download link for {resource['path']}"
        target = (page_path.parent / matching[0]).resolve()
        assert target.read_bytes() == (repo_root / "data" / resource["path"]).read_bytes()
        assert f'id="data-{resource["name"].replace("_", "-")}"' in page


def test_every_figure_has_alt_text(built_html: Path) -> None:
    """Charts and timelines must read the same without sight: no image without alt text."""
    missing = []
    for page in built_html.rglob("*.html"):
        if {"_static", "_sources"} & set(page.relative_to(built_html).parts):
            continue
        for img in re.findall(r"<img\b[^>]*>", page.read_text(encoding="utf-8")):
            alt = re.search(r'\balt="([^"]*)"', img)
            if "_images/" in img and not (alt and len(alt.group(1).split()) >= 5):
                missing.append(f"{page.relative_to(built_html)}: {img[:120]}")
    assert not missing, "\n".join(missing)
