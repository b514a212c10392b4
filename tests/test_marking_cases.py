"""One table of marking cases (tests/marking_cases.json), run against the Python marking here and
against the site's quiz.js in Debian's Chromium, so the two can never mark differently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calling_out_genocide.paths import STATIC_DIR
from calling_out_genocide.quizzes.marking import mark, order_from_places

CASES = json.loads(Path(__file__).with_name("marking_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["marking"], ids=lambda c: c["name"])
def test_python_marks_each_case(case) -> None:
    assert mark(case["question"], case["response"]).correct is case["correct"]


@pytest.mark.parametrize("case", CASES["order_from_places"], ids=lambda c: c["name"])
def test_python_reads_each_ordering(case) -> None:
    places = {int(item): place for item, place in case["places"].items()}
    assert order_from_places(places) == case["order"]


def test_a_twelve_item_ordering_is_marked_right_from_the_places_given() -> None:
    case = next(c for c in CASES["order_from_places"] if c["name"].startswith("twelve items in"))
    question = next(c for c in CASES["marking"] if c["name"] == "ordering of twelve right")
    order = order_from_places({int(i): p for i, p in case["places"].items()})
    assert mark(question["question"], order).correct


@pytest.mark.browser
def test_quiz_js_marks_every_case_as_python_does() -> None:
    from site_audit import chromium_browser

    script = (STATIC_DIR / "quiz.js").read_text(encoding="utf-8")
    with chromium_browser() as browser:
        page = browser.new_page()
        page.set_content("<!doctype html><title>marking</title>")
        page.add_script_tag(content=script)
        results = page.evaluate(
            """(cases) => ({
                marking: cases.marking.map(
                  (c) => window.cogQuizMarking.markQuestion(c.question, c.response).correct),
                order: cases.order_from_places.map(
                  (c) => window.cogQuizMarking.orderFromPlaces(c.places)),
            })""",
            CASES,
        )
    for case, correct in zip(CASES["marking"], results["marking"], strict=True):
        assert correct is case["correct"], case["name"]
    for case, order in zip(CASES["order_from_places"], results["order"], strict=True):
        assert order == case["order"], case["name"]
