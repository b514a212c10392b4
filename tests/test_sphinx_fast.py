"""Fast Sphinx tests of the course's extension on a tiny book (seconds, no full build)."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest

from calling_out_genocide.paths import REPO_ROOT

CONF = f"""
extensions = [
    "myst_nb", "sphinx_exercise", "sphinxcontrib.bibtex", "calling_out_genocide.sphinx_ext"
]
bibtex_bibfiles = [{str(REPO_ROOT / "references.bib")!r}]
myst_enable_extensions = ["colon_fence"]
nb_execution_mode = "off"
exclude_patterns = ["_build"]
"""


def build(tmp_path: Path, pages: dict[str, str], builder: str = "html"):
    """Build a tiny book of MyST pages; return (output dir, warnings)."""
    from sphinx.testing.util import SphinxTestApp

    source = tmp_path / "book"
    source.mkdir()
    (source / "conf.py").write_text(CONF, encoding="utf-8")
    names = [name for name in pages if name != "index"]
    toctree = "```{toctree}\n" + "\n".join(names) + "\n```\n" if names else ""
    (source / "index.md").write_text(pages.get("index", "# Tiny book\n") + "\n" + toctree)
    for name, text in pages.items():
        if name != "index":
            (source / f"{name}.md").write_text(text, encoding="utf-8")
    warnings = StringIO()
    app = SphinxTestApp(builder, srcdir=source, status=StringIO(), warning=warnings)
    try:
        app.build()
    finally:
        app.cleanup()
    return Path(app.outdir), warnings.getvalue()


@pytest.mark.sphinx_fast
def test_an_unknown_language_tag_stops_the_build_naming_the_file(tmp_path: Path) -> None:
    page = "# Words\n\n```{foreign-passage}\n:lang: xx-Unknown\nSome words.\n```\n"
    _, warnings = build(tmp_path, {"words": page})
    assert "words.md" in warnings
    assert "unknown language tag 'xx-Unknown'" in warnings


@pytest.mark.sphinx_fast
def test_a_right_to_left_passage_gets_its_language_and_direction(tmp_path: Path) -> None:
    page = "# Words\n\n```{foreign-passage}\n:lang: he\nכל בני אדם נולדו בני חורין\n```\n"
    out, warnings = build(tmp_path, {"words": page})
    assert "ERROR" not in warnings, warnings
    html = (out / "words.html").read_text(encoding="utf-8")
    assert '<p class="foreign-passage" lang="he" dir="rtl">' in html


@pytest.mark.sphinx_fast
def test_an_exercise_must_say_whether_it_can_be_done_on_paper(tmp_path: Path) -> None:
    page = (
        "# Exercises\n\n```{exercise} Count them\n:label: ex-count\n\nCount the rows.\n```\n\n"
        "```{exercise} Read it\n:label: ex-read\n:class: on-paper\n\nRead the chart.\n```\n"
    )
    out, warnings = build(tmp_path, {"exercises": page})
    assert "exercise 'ex-count' must have exactly one of the classes" in warnings
    assert "ex-read" not in warnings
    html = (out / "exercises.html").read_text(encoding="utf-8")
    assert "You can do this exercise on paper" in html


@pytest.mark.sphinx_fast
def test_a_generated_block_with_an_unknown_name_stops_the_build(tmp_path: Path) -> None:
    page = "# Texts\n\n```{generated} legal-text\n```\n"
    _, warnings = build(tmp_path, {"texts": page})
    assert "texts.md" in warnings and "unknown generated block 'legal-text'" in warnings


@pytest.mark.sphinx_fast
def test_a_generated_block_brings_its_headings_and_targets(tmp_path: Path) -> None:
    page = "# Texts\n\n```{generated} legal-texts\n```\n"
    out, warnings = build(tmp_path, {"texts": page})
    html = (out / "texts.html").read_text(encoding="utf-8")
    assert '<section id="text-udhr">' in html or 'id="text-udhr"' in html
    assert "<h2>Universal Declaration of Human Rights" in html
    assert "All human beings are born free and equal in dignity and rights." in html


@pytest.mark.sphinx_fast
def test_in_print_solutions_go_to_the_appendix_and_code_is_left_out(tmp_path: Path) -> None:
    exercise = (
        "# Exercises\n\n```{exercise} Count them\n:label: ex-count\n:class: on-paper\n\n"
        "Count the rows.\n```\n\n```{solution} ex-count\n:class: dropdown\n\n"
        "There are three rows.\n```\n"
    )
    appendix = "# Solutions\n\n```{exercise-solutions}\n```\n"
    out, warnings = build(tmp_path, {"exercises": exercise, "solutions": appendix}, "latex")
    tex = next(out.glob("*.tex")).read_text(encoding="utf-8")
    assert tex.index("Count the rows.") < tex.index("There are three rows.")
    assert tex.index(r"\chapter{Solutions}") < tex.index("There are three rows.")
    assert "You can do this exercise on paper" in tex


@pytest.mark.sphinx_fast
def test_a_quiz_on_a_prose_page_shows_on_the_site_and_prints(tmp_path: Path) -> None:
    from calling_out_genocide.quizzes.bank import load_bank

    page = "# A chapter\n\n```{quiz} holocaust\n```\n"
    out, warnings = build(tmp_path, {"chapter": page})
    html = (out / "chapter.html").read_text(encoding="utf-8")
    assert '<div class="cog-quiz" id="quiz-holocaust"' in html
    assert html.count('class="cog-question"') == len(load_bank("holocaust").questions)
    (tmp_path / "print").mkdir()
    out, _ = build(tmp_path / "print", {"chapter": page}, "latex")
    tex = next(out.glob("*.tex")).read_text(encoding="utf-8")
    assert "Answer sheet: The Holocaust" in tex and '<div class="cog-quiz"' not in tex
