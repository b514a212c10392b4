"""course.yml is the one list of chapters: the toc, the timeline, the data package's chapter
codes, the answer keys, the README and the quiz banks must all agree with it."""

from __future__ import annotations

import json
import re
import runpy
import shutil
from pathlib import Path

import pytest
import yaml

from calling_out_genocide import course
from calling_out_genocide.paths import REPO_ROOT
from calling_out_genocide.quizzes.bank import bank_names


def toc_chapters() -> list[dict]:
    toc = yaml.safe_load((REPO_ROOT / "_toc.yml").read_text(encoding="utf-8"))
    return [entry for part in toc["parts"] for entry in part["chapters"]]


def test_the_toc_lists_exactly_the_published_chapters_in_course_order() -> None:
    expected = []
    for chapter in course.chapters():
        if not chapter.published:
            continue
        if chapter.prose and chapter.notebook:
            expected.append({"file": chapter.prose, "sections": [{"file": chapter.notebook}]})
        else:
            expected.append({"file": chapter.prose or chapter.notebook})
    chapter_files = {f for c in course.chapters() for f in c.files}
    in_toc = [
        entry
        for entry in toc_chapters()
        if entry["file"] in chapter_files
        or any(s["file"] in chapter_files for s in entry.get("sections", []))
    ]
    assert in_toc == expected


def test_every_chapter_with_a_timeline_is_a_chapter_code_of_the_data_package() -> None:
    package = json.loads((REPO_ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    timeline = next(r for r in package["resources"] if r["name"] == "timeline")
    field = next(f for f in timeline["schema"]["fields"] if f["name"] == "chapter")
    assert field["constraints"]["enum"] == list(course.chapter_titles())


def test_the_answer_keys_are_those_of_the_published_chapters_in_order() -> None:
    page = (REPO_ROOT / "book" / "answer-keys.md").read_text(encoding="utf-8")
    keys = re.findall(r"^```\{quiz-answer-key\} (\S+)", page, re.MULTILINE)
    assert keys == [c.quiz for c in course.chapters() if c.published and c.quiz]


def test_the_readme_table_of_chapters_matches_course_yml() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Chapters", 1)[1].split("\n\n", 2)[1]
    rows = [
        [cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines()[2:]
    ]
    assert rows == [[c.part, c.title, c.status] for c in course.chapters()]


def test_every_quiz_bank_belongs_to_a_chapter() -> None:
    quizzes = {c.quiz for c in course.chapters() if c.quiz}
    assert set(bank_names()) <= quizzes, set(bank_names()) - quizzes


def test_a_bad_entry_in_course_yml_is_named(tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "course.yml"
    bad.write_text("chapters:\n  - {slug: x, title: X, part: 1, status: drafted}\n")
    monkeypatch.setattr(course, "COURSE_FILE", bad)
    course.chapters.cache_clear()
    try:
        with pytest.raises(course.CourseError, match=r"chapter 1 \(x\), field 'status'"):
            course.chapters()
    finally:
        course.chapters.cache_clear()


def test_new_chapter_writes_a_skeleton_and_registers_it(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "course"
    for name in ("course.yml", "_toc.yml", "README.md"):
        shutil.copy(REPO_ROOT / name, root / name if root.exists() else _mkdir(root) / name)
    shutil.copytree(REPO_ROOT / "data", root / "data")
    script = runpy.run_path(str(REPO_ROOT / "scripts" / "new_chapter.py"))
    script["new_chapter"](root, "darfur", "Darfur: a case study", "7")
    entries = yaml.safe_load((root / "course.yml").read_text(encoding="utf-8"))["chapters"]
    entry = entries[-1]
    assert entry == {
        "slug": "darfur",
        "title": "Darfur: a case study",
        "short": "Darfur: a case study",
        "part": "7",
        "status": "planned",
        "prose": "book/darfur",
        "notebook": "notebooks/darfur-data",
        "quiz": "darfur",
    }
    teacher_page = (root / "book" / "teachers" / "darfur.md").read_text(encoding="utf-8")
    assert teacher_page == "```{teaching-page} darfur\n```\n"
    prose = (root / "book" / "darfur.md").read_text(encoding="utf-8")
    for heading in (
        "Learning objectives",
        "Timeline",
        "Key points",
        "Think about it",
        "Further reading",
    ):
        assert heading in prose
    assert "{timeline-figure} darfur" in prose
    notebook = json.loads((root / "notebooks" / "darfur-data.ipynb").read_text(encoding="utf-8"))
    sources = ["".join(c["source"]) for c in notebook["cells"]]
    assert any('quiz("darfur")' in s for s in sources)
    import calling_out_genocide.quizzes.bank as quiz_bank

    # The bank is valid, and its section link resolves to a target in the new prose.
    monkeypatch.setattr(quiz_bank, "REPO_ROOT", root)
    bank = yaml.safe_load((root / "quizzes" / "darfur.yaml").read_text(encoding="utf-8"))
    quiz_bank.validate_bank(bank, "quizzes/darfur.yaml")
    package = json.loads((root / "data" / "datapackage.json").read_text(encoding="utf-8"))
    timeline = next(r for r in package["resources"] if r["name"] == "timeline")
    chapter_field = next(f for f in timeline["schema"]["fields"] if f["name"] == "chapter")
    assert "darfur" in chapter_field["constraints"]["enum"]
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "| 7 | Darfur: a case study | planned |" in readme
    with pytest.raises(SystemExit, match="already"):
        script["new_chapter"](root, "darfur", "Again", "8")


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True)
    return path
