"""The teachers' edition: every teaching chapter has its material, the material holds together
with the course (minutes, quiz questions, sections, discussion questions, readability), its
scaffolded task runs, and its teacher's page and handout exist."""

from __future__ import annotations

import copy
import os
import subprocess
import sys

import pytest
import yaml

from calling_out_genocide.paths import NOTEBOOK_DIR, REPO_ROOT
from calling_out_genocide.teaching.materials import (
    TeachingError,
    check_material,
    filled_scaffold,
    load_material,
    material_path,
    teaching_chapters,
)

CHAPTERS = [c.slug for c in teaching_chapters()]


@pytest.mark.parametrize("slug", CHAPTERS)
def test_each_teaching_chapter_has_valid_material(slug: str) -> None:
    load_material(slug)  # raises TeachingError naming the file and field


@pytest.mark.parametrize("slug", CHAPTERS)
def test_each_teaching_chapter_has_its_teacher_page_in_the_contents(slug: str) -> None:
    page = REPO_ROOT / "book" / "teachers" / f"{slug}.md"
    assert page.is_file(), f"{page.relative_to(REPO_ROOT)} is missing"
    assert f"```{{teaching-page}} {slug}\n```" in page.read_text(encoding="utf-8")
    assert f"file: book/teachers/{slug}\n" in (REPO_ROOT / "_toc.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", CHAPTERS)
def test_the_scaffolded_task_runs_once_its_blanks_are_filled(slug: str, tmp_path) -> None:
    script = tmp_path / "scaffold.py"
    script.write_text(filled_scaffold(load_material(slug)), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=NOTEBOOK_DIR,
        capture_output=True,
        text=True,
        env={**os.environ, "MPLBACKEND": "Agg"},
        timeout=120,
    )
    assert result.returncode == 0, f"teaching/{slug}.yaml scaffold:\n{result.stderr[-2000:]}"


def _broken(change) -> str:
    slug = CHAPTERS[0]
    data = copy.deepcopy(yaml.safe_load(material_path(slug).read_text(encoding="utf-8")))
    change(data)
    with pytest.raises(TeachingError) as raised:
        check_material(data, slug, f"teaching/{slug}.yaml", readability=False)
    return str(raised.value)


def test_bad_material_is_refused_with_the_file_and_field() -> None:
    slug = CHAPTERS[0]

    def lengthen(data):
        data["session_plan"]["lesson"][0]["minutes"] += 5

    message = _broken(lengthen)
    assert f"teaching/{slug}.yaml" in message
    assert "field 'session_plan.lesson': its minutes add up to 55, not 50" in message
    assert "no quiz question 'no-such-question'" in _broken(
        lambda d: d["handout"]["quiz"].__setitem__(0, "no-such-question")
    )
    assert "no section (no-such-section)=" in _broken(
        lambda d: d["session_plan"]["lesson"][0]["sections"].append("no-such-section")
    )
    assert "'Think about it' questions" in _broken(
        lambda d: d["teacher_note"]["think_about_it"].pop()
    )
    assert "is not a glossary term" in _broken(
        lambda d: d["easy_read"]["word_bank"].append({"term": "Not a term", "meaning": "None."})
    )
    assert "blanks" in _broken(lambda d: d["differentiation"]["scaffold"]["answers"].append("1"))


def test_the_readability_check_refuses_hard_text() -> None:
    slug = CHAPTERS[0]
    data = copy.deepcopy(yaml.safe_load(material_path(slug).read_text(encoding="utf-8")))
    data["easy_read"]["text"] = " ".join(
        [
            "Notwithstanding considerable historiographical disagreement, "
            "contemporaneous documentation substantiates systematic persecution."
        ]
        * 60
    )
    with pytest.raises(TeachingError, match="Flesch-Kincaid grade"):
        check_material(data, slug, "x")


def test_the_course_wide_sessions_fill_their_time() -> None:
    from calling_out_genocide.teaching.materials import load_course_sessions

    sessions = load_course_sessions()
    assert sessions["workshop"]["minutes"] == 90
    assert sessions["community"]["minutes"] == 120


def test_the_repository_runs_on_binder_as_it_stands() -> None:
    """repo2docker reads requirements.txt and runtime.txt at the root (there is no binder/
    folder to hide them) and runs postBuild, which installs the course's package."""
    assert not (REPO_ROOT / "binder").exists()
    assert (REPO_ROOT / "runtime.txt").read_text(encoding="utf-8").strip() == "python-3.11"
    post_build = (REPO_ROOT / "postBuild").read_text(encoding="utf-8")
    assert "pip install --no-deps -e ." in post_build
    assert os.access(REPO_ROOT / "postBuild", os.X_OK)
