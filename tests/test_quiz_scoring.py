"""Marking every question type, right and wrong."""

import pytest
from quiz_examples import question

from calling_out_genocide.quizzes.marking import display_order, mark, score


def test_single_choice() -> None:
    q = question("single_choice")
    assert mark(q, 1).correct and mark(q, 1).feedback == ["b is right"]
    assert not mark(q, 0).correct and mark(q, 0).feedback == ["a is wrong"]


def test_multiple_select_needs_exactly_the_right_set() -> None:
    q = question("multiple_select")
    assert mark(q, {0, 2}).correct
    assert not mark(q, {0}).correct  # one missing
    assert not mark(q, {0, 1, 2}).correct  # one too many
    assert mark(q, {0, 1}).feedback[:2] == ["b is out", "c is in"]


def test_true_false() -> None:
    q = question("true_false")
    assert mark(q, False).correct and mark(q, False).feedback == ["yes, false"]
    assert not mark(q, True).correct and mark(q, True).feedback == ["no, it is false"]


def test_ordering() -> None:
    q = question("ordering")
    assert mark(q, [0, 1, 2]).correct
    wrong = mark(q, [1, 0, 2])
    assert not wrong.correct and wrong.feedback == ["second is second", "first comes first"]
    assert mark(q, [0, 0, 2]).feedback == ["Give every item a different place."]


def test_matching() -> None:
    q = question("matching")
    assert mark(q, [0, 1]).correct
    assert not mark(q, [1, 0]).correct
    assert mark(q, [1, 0]).feedback == ["A is alpha", "B is beta"]


@pytest.mark.parametrize(
    ("value", "correct", "feedback"),
    [
        (100, True, "close enough"),
        (95, True, "close enough"),
        (105.0, True, "close enough"),
        (94.9, False, "too low"),
        (106, False, "too high"),
    ],
)
def test_numeric_with_tolerance(value: float, correct: bool, feedback: str) -> None:
    marking = mark(question("numeric"), value)
    assert marking.correct is correct and marking.feedback == [feedback]


def test_no_answer_is_not_correct() -> None:
    for kind in ("single_choice", "numeric", "ordering"):
        assert not mark(question(kind), None).correct


def test_score_counts_correct_answers() -> None:
    qs = [question("single_choice"), question("true_false"), question("numeric")]
    assert score(qs, [1, True, 100]) == 2


@pytest.mark.parametrize("count", range(2, 9))
def test_display_order_is_a_fixed_permutation_that_hides_the_answer(count: int) -> None:
    for qid in ("a", "steps", "terms", "zz-top"):
        order = display_order(qid, count)
        assert sorted(order) == list(range(count))
        assert order != list(range(count))
        assert order == display_order(qid, count)
