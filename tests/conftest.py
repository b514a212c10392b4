"""Shared fixtures: the repository root and one build of the book per test session."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
HTML_DIR = REPO_ROOT / "_build" / "html"


def pytest_collection_modifyitems(items) -> None:
    """Mark every test that needs the full build, so that --quick can leave them out."""
    for item in items:
        if {"built_html", "book_build"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.build)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def book_build() -> subprocess.CompletedProcess:
    """Build the course with the README's build command, once for the whole session."""
    result = subprocess.run(
        ["bash", "scripts/build.sh"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    return result


@pytest.fixture(scope="session")
def built_html(book_build: subprocess.CompletedProcess) -> Path:
    if book_build.returncode != 0:
        pytest.fail(
            "the book build failed, so the built site cannot be tested:\n"
            + book_build.stdout[-6000:]
            + book_build.stderr[-6000:]
        )
    return HTML_DIR


@pytest.fixture
def set_back_to_planned(monkeypatch):
    """Call with a chapter's slug: for the rest of the test, course.yml marks it "planned"."""
    import dataclasses

    from calling_out_genocide import course

    every = course.chapters()

    def set_back(slug: str) -> None:
        monkeypatch.setattr(
            course,
            "chapters",
            lambda: tuple(
                dataclasses.replace(c, status="planned") if c.slug == slug else c for c in every
            ),
        )

    return set_back
