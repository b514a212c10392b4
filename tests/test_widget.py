"""The live quiz (ipywidgets): each question type's widget reads, checks and resets."""

from __future__ import annotations

import pytest
from quiz_examples import bank, question

from calling_out_genocide.quizzes.bank import Bank, validate_bank
from calling_out_genocide.quizzes.questions import NO_CHOICE
from calling_out_genocide.quizzes.widget import _QuestionView, build_quiz_widget


def view_of(kind: str) -> _QuestionView:
    data = Bank.from_dict(validate_bank(bank(question(kind)), "quizzes/example.yaml"), "example")
    return _QuestionView(1, data.questions[0])


def answer(view: _QuestionView, kind: str, right: bool) -> None:
    q = view.question
    inputs = view.inputs
    if kind == "single_choice":
        inputs[0].value = next(i for i, o in enumerate(q.options) if o["correct"] == right)
    elif kind == "multiple_select":
        for box, option in zip(inputs, q.options, strict=True):
            box.value = option["correct"] if right else not option["correct"]
    elif kind == "true_false":
        inputs[0].value = q.answer if right else not q.answer
    elif kind == "ordering":
        # Dropdowns are in display order; each item's right place is its index in the bank.
        for drop, item in zip(inputs, q.shown(), strict=True):
            drop.value = item if right else (item + 1) % len(q.items)
    elif kind == "matching":
        for term, drop in enumerate(inputs):
            drop.value = term if right else (term + 1) % len(q.pairs)
    else:
        inputs[0].value = f"{q.answer:,}" if right else str(q.answer + q.tolerance + 10)


KINDS = ["single_choice", "multiple_select", "true_false", "ordering", "matching", "numeric"]


@pytest.mark.parametrize("kind", KINDS)
def test_unanswered_then_right_then_wrong_then_reset(kind: str) -> None:
    view = view_of(kind)
    assert view.read() is None or kind == "multiple_select"
    answer(view, kind, right=True)
    assert view.check() is True and view.feedback.value.startswith("<b>Correct.</b>")
    answer(view, kind, right=False)
    assert view.check() is False and view.feedback.value.startswith("<b>Not quite.</b>")
    view.reset()
    assert view.feedback.value == ""
    for widget in view.inputs:
        assert widget.value in (None, False, "", NO_CHOICE)


def test_the_whole_quiz_scores_and_reveals() -> None:
    data = Bank.from_dict(
        validate_bank(bank(*(question(k) for k in KINDS)), "quizzes/example.yaml"), "example"
    )
    quiz = build_quiz_widget(data)
    buttons = [w for w in quiz.children[-2].children]
    check, retry, reveal = buttons
    check.click()
    assert quiz.children[-1].value == f"<b>You scored 0 out of {len(KINDS)}.</b>"
    reveal.click()
    assert all("<b>Answer:</b>" in box.children[-1].value for box in quiz.children[1:-2])
    retry.click()
    assert quiz.children[-1].value == ""
