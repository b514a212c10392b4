"""The built site in a real browser: nothing loaded from other hosts, no JavaScript errors."""

from __future__ import annotations

from pathlib import Path

from site_audit import audit_pages


def site_pages(html_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in html_dir.rglob("*.html")
        if not {"_static", "_sources", "_images"} & set(p.relative_to(html_dir).parts)
    )


def test_every_page_loads_only_from_its_own_host_and_logs_no_error(built_html: Path) -> None:
    pages = site_pages(built_html)
    assert built_html / "index.html" in pages
    assert len(pages) >= 4, f"expected the landing page and at least three others: {pages}"
    reports = audit_pages(built_html, pages)
    problems = [f"{r.url}: {p}" for r in reports for p in r.problems]
    assert not problems, "\n".join(problems)
    assert len(reports) == len(pages)


def test_the_audit_catches_a_cdn_script_and_a_javascript_error(tmp_path: Path) -> None:
    """A test of the test: a page with a CDN script and a script error must be reported."""
    (tmp_path / "cdn.html").write_text(
        "<!doctype html><html><head>"
        '<script src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"></script>'
        "</head><body>CDN page</body></html>",
        encoding="utf-8",
    )
    (tmp_path / "broken.html").write_text(
        "<!doctype html><html><head><script>const A = 1;</script>"
        "<script>const A = 2;</script></head><body>Broken page</body></html>",
        encoding="utf-8",
    )
    (tmp_path / "clean.html").write_text(
        "<!doctype html><html><body>Clean page</body></html>", encoding="utf-8"
    )
    cdn, broken, clean = audit_pages(
        tmp_path, [tmp_path / "cdn.html", tmp_path / "broken.html", tmp_path / "clean.html"]
    )
    assert cdn.third_party_requests == [
        "https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"
    ]
    assert any("already been declared" in e for e in broken.javascript_errors)
    assert clean.problems == []
