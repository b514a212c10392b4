"""Small valid questions of every type, shared by the quiz tests."""

import copy

SECTION = "notebooks/how-to-use-the-notebooks#loading-data"

QUESTIONS = {
    "single_choice": {
        "id": "single",
        "type": "single_choice",
        "prompt": "Pick b.",
        "section": SECTION,
        "options": [
            {"text": "a", "correct": False, "feedback": "a is wrong"},
            {"text": "b", "correct": True, "feedback": "b is right"},
        ],
    },
    "multiple_select": {
        "id": "multi",
        "type": "multiple_select",
        "prompt": "Pick a and c.",
        "section": SECTION,
        "options": [
            {"text": "a", "correct": True, "feedback": "a is in"},
            {"text": "b", "correct": False, "feedback": "b is out"},
            {"text": "c", "correct": True, "feedback": "c is in"},
        ],
    },
    "true_false": {
        "id": "tf",
        "type": "true_false",
        "prompt": "False is the answer.",
        "section": SECTION,
        "answer": False,
        "feedback_true": "no, it is false",
        "feedback_false": "yes, false",
    },
    "ordering": {
        "id": "order",
        "type": "ordering",
        "prompt": "Order them.",
        "section": SECTION,
        "items": [
            {"text": "first", "feedback": "first comes first"},
            {"text": "second", "feedback": "second is second"},
            {"text": "third", "feedback": "third is last"},
        ],
    },
    "matching": {
        "id": "match",
        "type": "matching",
        "prompt": "Match them.",
        "section": SECTION,
        "pairs": [
            {"term": "A", "definition": "alpha", "feedback": "A is alpha"},
            {"term": "B", "definition": "beta", "feedback": "B is beta"},
        ],
    },
    "numeric": {
        "id": "num",
        "type": "numeric",
        "prompt": "About 100?",
        "section": SECTION,
        "answer": 100,
        "tolerance": 5,
        "unit": "people",
        "feedback_correct": "close enough",
        "feedback_low": "too low",
        "feedback_high": "too high",
    },
}


def question(kind: str) -> dict:
    return copy.deepcopy(QUESTIONS[kind])


def bank(*questions: dict) -> dict:
    return {"title": "Test quiz", "questions": list(questions) or [question("single_choice")]}
