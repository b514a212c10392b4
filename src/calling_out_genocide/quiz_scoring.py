"""Marking a learner's answer to one question, for every question type.

The static site's JavaScript (static/quiz.js) marks answers the same way; the browser test
checks that it does.

Responses, by type:
- single_choice: the index of the chosen option
- multiple_select: the set of indices of the chosen options
- true_false: True or False
- ordering: item indices (as listed in the bank, i.e. correct order) in the order placed
- matching: for each term, by index, the index of the chosen definition
- numeric: a number
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class Marking:
    correct: bool
    feedback: list[str] = field(default_factory=list)


def mark(question: dict, response: object) -> Marking:
    kind = question["type"]
    if response is None:
        return Marking(False, ["No answer given yet."])
    if kind == "single_choice":
        option = question["options"][int(response)]
        return Marking(bool(option["correct"]), [option["feedback"]])
    if kind == "multiple_select":
        chosen = set(response)
        options = question["options"]
        right = {i for i, o in enumerate(options) if o["correct"]}
        # Feedback on every option the learner got wrong, then on those they got right.
        wrong = [options[i]["feedback"] for i in sorted(chosen ^ right)]
        fine = [options[i]["feedback"] for i in sorted(chosen & right)]
        return Marking(chosen == right, wrong + fine)
    if kind == "true_false":
        answer = bool(response)
        text = question["feedback_true"] if answer else question["feedback_false"]
        return Marking(answer == question["answer"], [text])
    if kind == "ordering":
        placed = list(response)
        items = question["items"]
        if sorted(placed) != list(range(len(items))):
            return Marking(False, ["Give every item a different place."])
        misplaced = [items[i]["feedback"] for position, i in enumerate(placed) if position != i]
        return Marking(not misplaced, misplaced or [items[-1]["feedback"]])
    if kind == "matching":
        chosen_definitions: Sequence = list(response)
        pairs = question["pairs"]
        wrong = [pairs[t]["feedback"] for t, d in enumerate(chosen_definitions) if d != t]
        return Marking(not wrong, wrong or [pairs[0]["feedback"]])
    if kind == "numeric":
        value = float(response)
        if abs(value - question["answer"]) <= question["tolerance"]:
            return Marking(True, [question["feedback_correct"]])
        too_low = value < question["answer"]
        return Marking(False, [question["feedback_low" if too_low else "feedback_high"]])
    raise ValueError(f"unknown question type {kind!r}")


def order_from_places(places: dict[int, int | None]) -> list[int] | None:
    """An ordering response from the place (0 = first) a learner gave each item.

    None while an item has no place; [-1] when two items share a place (mark() then says so);
    otherwise the item indices in the order placed. The site's JavaScript does the same.
    """
    if any(place is None for place in places.values()):
        return None
    if sorted(places.values()) != list(range(len(places))):
        return [-1]
    return sorted(places, key=lambda item: places[item])


def score(questions: Sequence[dict], responses: Sequence[object]) -> int:
    """How many questions are answered correctly."""
    return sum(mark(q, r).correct for q, r in zip(questions, responses, strict=True))


def display_order(question_id: str, count: int) -> list[int]:
    """A fixed mixed order for ordering and matching questions: the same on every rendering.

    Deterministic so that the site, the PDF and nbval's stored outputs agree. Never the
    identity order, so that the answer is not given away by the layout.
    """
    if count < 2:
        return list(range(count))
    seed = sum(ord(c) for c in question_id)
    step = next(s for s in range(2, count + 2) if _coprime(s, count)) if count > 2 else 1
    order = [(seed + step * k) % count for k in range(count)]
    if order == list(range(count)):
        order = order[1:] + order[:1]
    return order


def _coprime(a: int, b: int) -> bool:
    while b:
        a, b = b, a % b
    return a == 1
