"""Every citation leads to its publisher: no URL in references.bib is on a known copy host."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from pybtex.database import parse_file

REPO_ROOT = Path(__file__).resolve().parent.parent
HOSTS_FILE = Path(__file__).with_name("unofficial_hosts.txt")


def unofficial_host_patterns() -> list[re.Pattern[str]]:
    lines = HOSTS_FILE.read_text(encoding="utf-8").splitlines()
    return [
        re.compile(line.strip(), re.I)
        for line in lines
        if line.strip() and not line.startswith("#")
    ]


def unofficial_urls(bib_path: Path) -> list[str]:
    """``key: url (pattern)`` for every entry whose url host matches an unofficial pattern."""
    patterns = unofficial_host_patterns()
    found = []
    for key, entry in parse_file(str(bib_path), bib_format="bibtex").entries.items():
        url = entry.fields.get("url", "").strip()
        if not url:
            continue
        host = urlparse(url).hostname or ""
        for pattern in patterns:
            if pattern.search(host):
                found.append(f"{key}: {url} (matches {pattern.pattern})")
                break
    return found


def test_no_citation_points_at_a_copy_host():
    found = unofficial_urls(REPO_ROOT / "references.bib")
    assert not found, (
        "references.bib cites copies, mirrors or test hosts; cite the original publisher:\n"
        + "\n".join(found)
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://en.wikipedia.org/wiki/Raphael_Lemkin",
        "https://www.scribd.com/doc/97080032",
        "https://web.test.ohchr.un-icc.cloud/en/press-releases",
        "https://homsy-staging.cambridgecore.org/core/journals/x",
        "http://andrewleefielding2.blogspot.com/2013/11/x.html",
        "https://645012.skal.fun/un-charter",
        "http://156.54.191.165/page",
    ],
)
def test_the_check_catches_each_kind_of_copy(tmp_path, url):
    bib = tmp_path / "seeded.bib"
    bib.write_text(f"@misc{{seeded,\n  title = {{Seeded}},\n  url = {{{url}}},\n}}\n")
    assert unofficial_urls(bib) == [f"seeded: {url} (matches {p})" for p in _matching(url)][:1]


@pytest.mark.parametrize(
    "url",
    [
        "https://encyclopedia.ushmm.org/content/en/article/kristallnacht",
        "https://www.un.org/en/about-us/universal-declaration-of-human-rights",
        "https://www.icj-cij.org/case/91",
        "https://doi.org/10.1017/S0020818300000000",
        "https://digitallibrary.un.org/record/666853",
    ],
)
def test_publisher_hosts_pass(tmp_path, url):
    bib = tmp_path / "publisher.bib"
    bib.write_text(f"@misc{{ok,\n  title = {{Fine}},\n  url = {{{url}}},\n}}\n")
    assert unofficial_urls(bib) == []


def _matching(url: str) -> list[str]:
    host = urlparse(url).hostname or ""
    return [p.pattern for p in unofficial_host_patterns() if p.search(host)]


def test_no_source_was_read_after_today(repo_root):
    """A reading date in the future is a typing error, and a teacher would rightly distrust it."""
    import datetime as dt
    import json

    today = dt.date.today().isoformat()
    bib = (repo_root / "references.bib").read_text(encoding="utf-8")
    dates = re.findall(r"urldate\s*=\s*\{(\d{4}-\d{2}-\d{2})\}", bib)
    package = json.loads((repo_root / "data" / "datapackage.json").read_text(encoding="utf-8"))
    dates += [
        source["accessed"]
        for resource in package["resources"]
        for source in resource["sources"]
        if source.get("accessed")
    ]
    assert dates
    future = sorted({d for d in dates if d > today})
    assert not future, f"sources read on dates after today ({today}): {future}"


def test_no_citation_url_carries_latex_escapes() -> None:
    """A URL is written as it is (a raw % or &): a backslash breaks the link on the site and
    prints TeX in the PDF's bibliography."""
    entries = parse_file(str(REPO_ROOT / "references.bib"), bib_format="bibtex").entries
    escaped = [key for key, e in entries.items() if "\\" in e.fields.get("url", "")]
    assert not escaped, escaped
