"""The letter builder's wording file is checked, and drafts are put together as the cases say."""

from __future__ import annotations

import copy
import json

import pytest
import yaml

from calling_out_genocide.letters import Choices, draft_letter, load_wording
from calling_out_genocide.letters.render import letter_builder_html, letter_template_latex
from calling_out_genocide.letters.wording import WORDING_FILE, LetterWordingError, check_wording
from calling_out_genocide.paths import REPO_ROOT

CASES = json.loads((REPO_ROOT / "tests" / "letter_cases.json").read_text(encoding="utf-8"))
SLUGS = {"action", "holocaust"}


def fixture_wording():
    return check_wording(copy.deepcopy(CASES["wording"]), SLUGS, "fixture")


@pytest.mark.parametrize("case", CASES["cases"], ids=lambda c: c["name"])
def test_a_draft_is_put_together_as_the_case_says(case) -> None:
    choices = case["choices"]
    made = draft_letter(fixture_wording(), Choices(**{**choices, "asks": tuple(choices["asks"])}))
    assert made == case["draft"]


def broken(change) -> str:
    data = copy.deepcopy(CASES["wording"])
    change(data)
    with pytest.raises(LetterWordingError) as raised:
        check_wording(data, SLUGS, "data/letter_builder.yaml")
    return str(raised.value)


def test_an_ask_that_is_not_a_question_is_refused_by_name() -> None:
    def make_a_demand(data):
        data["asks"][1]["text"] = "Vote for the motion."

    message = broken(make_a_demand)
    assert "data/letter_builder.yaml" in message
    assert "asks[1] (id 'procurement'), field 'text'" in message
    assert "ending with '?'" in message


def test_unknown_chapters_issues_and_missing_fields_are_named() -> None:
    assert "no chapter 'nowhere' in course.yml" in broken(
        lambda d: d["issues"][0].update(chapter="nowhere")
    )
    assert "no issue 'elsewhere'" in broken(lambda d: d["asks"][1].update(issues=["elsewhere"]))
    assert "'sign_off' is required but missing" in broken(lambda d: d.pop("sign_off"))
    assert "must contain {constituency}" in broken(lambda d: d.update(constituent="I live here."))
    assert "duplicate id" in broken(lambda d: d["asks"][2].update(id="government"))
    assert "characters the plain-text letter cannot hold" in broken(
        lambda d: d.update(reply_request="<b>Reply</b>")
    )


def test_the_course_wording_is_valid_and_every_issue_names_a_published_chapter() -> None:
    from calling_out_genocide.course import chapters

    wording = load_wording()
    published = {c.slug for c in chapters() if c.published or c.slug == "action"}
    assert {i.chapter for i in wording.issues} <= published
    assert all(a.text.endswith("?") for a in wording.asks)
    raw = yaml.safe_load(WORDING_FILE.read_text(encoding="utf-8"))
    assert len(raw["asks"]) == len(wording.asks)


def test_the_form_and_the_template_hold_every_choice() -> None:
    wording = fixture_wording()
    page = letter_builder_html(wording)
    paper = letter_template_latex(wording)
    for issue in wording.issues:
        assert f'value="{issue.id}"' in page and issue.label in paper
    for ask in wording.asks:
        assert f'value="{ask.id}"' in page
        assert ask.text.split()[-1].rstrip("?") in paper
    assert wording.privacy in page and wording.find_your_mp_url in paper
    # The wording travels as JSON that the page cannot mistake for the end of its script.
    assert "</script>" not in page.split('class="letter-builder-wording">', 1)[1][:-15]
