"""Marking helpers shared by every question type, and by the site's JavaScript (quiz.js marks
answers the same way; tests/marking_cases.json pins the two together)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class Marking:
    correct: bool
    feedback: list[str] = field(default_factory=list)


def mark(question, response: object) -> Marking:
    """Mark a response to a question (a typed question, or a bank's mapping for one)."""
    from calling_out_genocide.quizzes.questions import Question, question_from_dict

    typed = question if isinstance(question, Question) else question_from_dict(question)
    return typed.mark(response)


def score(questions: Sequence, responses: Sequence[object]) -> int:
    """How many questions are answered correctly."""
    return sum(mark(q, r).correct for q, r in zip(questions, responses, strict=True))


def order_from_places(places: dict[int, int | None]) -> list[int] | None:
    """An ordering response from the place (0 = first) a learner gave each item.

    None while an item has no place; [-1] when two items share a place (marking then says so);
    otherwise the item indices in the order placed. The site's JavaScript does the same.
    """
    if any(place is None for place in places.values()):
        return None
    if sorted(places.values()) != list(range(len(places))):
        return [-1]
    return sorted(places, key=lambda item: places[item])


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
