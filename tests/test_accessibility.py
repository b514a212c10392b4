"""Accessibility to WCAG 2.2 AA: axe-core finds no violation on any page, in light and in dark
mode, nor on a quiz after its answers are checked; and the check does find a seeded one."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_audit import chromium_browser, serve_directory

from calling_out_genocide.paths import REPO_ROOT

AXE = REPO_ROOT / ".tools" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
RUN_AXE = (
    "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
    ".violations.map(v => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(' ')}`)"
)


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `bash scripts/install-test-tools.sh`")
    return AXE.read_text(encoding="utf-8")


def violations(browser, url: str, axe_source: str, mode: str, before=None) -> list[str]:
    context = browser.new_context()
    # The theme reads the reader's light or dark choice from localStorage before first paint.
    context.add_init_script(
        f"localStorage.setItem('mode', '{mode}'); localStorage.setItem('theme', '{mode}');"
    )
    page = context.new_page()
    page.goto(url, wait_until="load")
    if before:
        before(page)
    page.add_script_tag(content=axe_source)
    found = page.evaluate(RUN_AXE, WCAG_TAGS)
    context.close()
    return found


def site_pages(built_html: Path) -> list[Path]:
    return [
        p
        for p in sorted(built_html.rglob("*.html"))
        if not {"_static", "_sources"} & set(p.relative_to(built_html).parts)
        and p.relative_to(built_html).as_posix() != "index.html"  # the redirect
    ]


@pytest.mark.browser
@pytest.mark.parametrize("mode", ["light", "dark"])
def test_no_page_has_an_accessibility_violation(built_html: Path, axe_source: str, mode) -> None:
    problems = {}
    with serve_directory(built_html) as base_url, chromium_browser() as browser:
        for page in site_pages(built_html):
            url = f"{base_url}/{page.relative_to(built_html).as_posix()}"
            found = violations(browser, url, axe_source, mode)
            if found:
                problems[page.relative_to(built_html).as_posix()] = found
    assert not problems, problems


@pytest.mark.browser
@pytest.mark.parametrize("mode", ["light", "dark"])
def test_a_checked_quiz_has_no_accessibility_violation(
    built_html: Path, axe_source: str, mode
) -> None:
    def answer_and_check(page) -> None:
        page.locator("#quiz-how-to-use input[type=radio]").first.check()
        page.locator("#quiz-how-to-use button.cog-check").click()
        page.wait_for_selector("#quiz-how-to-use .cog-feedback.cog-incorrect")

    with serve_directory(built_html) as base_url, chromium_browser() as browser:
        url = f"{base_url}/notebooks/how-to-use-the-notebooks.html"
        assert violations(browser, url, axe_source, mode, answer_and_check) == []


@pytest.mark.browser
def test_the_check_finds_a_seeded_violation(tmp_path: Path, axe_source: str) -> None:
    (tmp_path / "seeded.html").write_text(
        '<!doctype html><html lang="en"><head><title>Seeded</title></head>'
        '<body><main><h1>Seeded</h1><img src="x.png"><button></button></main></body></html>',
        encoding="utf-8",
    )
    with serve_directory(tmp_path) as base_url, chromium_browser() as browser:
        found = violations(browser, f"{base_url}/seeded.html", axe_source, "light")
    assert any(v.startswith("image-alt:") for v in found), found
    assert any(v.startswith("button-name:") for v in found), found
