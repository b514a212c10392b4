"""Valid HTML: the W3C Nu checker (vnu-jar) reports no error on any page of the built site,
and does report one on a seeded page."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from calling_out_genocide.paths import REPO_ROOT

VNU = REPO_ROOT / ".tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_errors(pages: list[Path]) -> list[str]:
    if not VNU.is_file():
        pytest.fail(f"{VNU} is missing: run `bash scripts/install-test-tools.sh`")
    result = subprocess.run(
        ["java", "-Xss8m", "-jar", str(VNU), "--format", "json", "--exit-zero-always"]
        + [str(p) for p in pages],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stderr)
    return [
        f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine', '?')}: {m['message']}"
        for m in report["messages"]
        if m["type"] == "error"
    ]


def test_every_page_is_valid_html(built_html: Path) -> None:
    pages = [
        p
        for p in sorted(built_html.rglob("*.html"))
        if not {"_static", "_sources"} & set(p.relative_to(built_html).parts)
    ]
    assert len(pages) > 10
    errors = nu_errors(pages)
    assert not errors, "\n".join(errors[:30])


def test_the_checker_reports_a_seeded_error(tmp_path: Path) -> None:
    page = tmp_path / "seeded.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>'
        '<p id="a">one</p><p id="a">two</p></body></html>',
        encoding="utf-8",
    )
    assert any("Duplicate ID" in e for e in nu_errors([page]))
