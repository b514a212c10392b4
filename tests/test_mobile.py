"""On a phone (390 px wide) no page scrolls sideways, and every quiz control fits its quiz box."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_audit import chromium_browser, serve_directory

WIDTH = 390
MEASURE = """() => {
  const quiz = [...document.querySelectorAll('.cog-quiz')].map(q => {
    const box = q.getBoundingClientRect();
    const controls = [...q.querySelectorAll('select, input, button')]
      .filter(c => c.offsetParent !== null);
    return Math.max(0, ...controls.map(c => c.getBoundingClientRect().right - box.right));
  });
  return {page: document.documentElement.scrollWidth, quiz: Math.max(0, ...quiz)};
}"""


@pytest.mark.browser
def test_no_page_scrolls_sideways_on_a_phone(built_html: Path) -> None:
    pages = [
        p
        for p in sorted(built_html.rglob("*.html"))
        if not {"_static", "_sources"} & set(p.relative_to(built_html).parts)
        and p.relative_to(built_html).as_posix() != "index.html"
    ]
    problems = {}
    with serve_directory(built_html) as base_url, chromium_browser() as browser:
        context = browser.new_context(viewport={"width": WIDTH, "height": 800})
        page = context.new_page()
        for path in pages:
            page.goto(f"{base_url}/{path.relative_to(built_html).as_posix()}")
            found = page.evaluate(MEASURE)
            if found["page"] > WIDTH or found["quiz"] > 1:
                problems[path.relative_to(built_html).as_posix()] = found
    assert not problems, problems
