"""Quiz banks: one YAML file per quiz in ``quizzes/``, checked against a JSON Schema.

A bank that does not hold stops the build with a message naming the file, the question id
and the field, so that no broken quiz reaches a page. A valid bank becomes a ``Bank`` of typed
questions (``quiz.questions``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import cache
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

from calling_out_genocide.paths import PACKAGE_DIR, QUIZ_DIR, REPO_ROOT

SCHEMA_PATH = PACKAGE_DIR / "schemas" / "quiz_bank.schema.json"
TARGET_LINE = re.compile(r"^\((?P<label>[a-z0-9_-]+)\)=\s*$")
HEADING_LINE = re.compile(r"^#{1,6}\s+(?P<title>.+?)\s*$")


class QuizBankError(ValueError):
    """A quiz bank is not valid; the message names file, question and field."""


@dataclass
class Bank:
    name: str
    title: str
    questions: list = dataclass_field(default_factory=list)  # typed questions, in the bank's order
    introduction: str | None = None

    @classmethod
    def from_dict(cls, data: dict, name: str) -> Bank:
        """A validated bank's mapping as typed objects."""
        from calling_out_genocide.quizzes.questions import question_from_dict

        return cls(
            name=name,
            title=data["title"],
            questions=[question_from_dict(q) for q in data["questions"]],
            introduction=data.get("introduction"),
        )


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def bank_path(name: str) -> Path:
    return QUIZ_DIR / f"{name}.yaml"


def bank_names() -> list[str]:
    return sorted(p.stem for p in QUIZ_DIR.glob("*.yaml"))


def _where(bank: dict, path: list) -> tuple[str, str]:
    """Turn a JSON path like ['questions', 3, 'options', 0, 'feedback'] into (question, field)."""
    if len(path) >= 2 and path[0] == "questions" and isinstance(path[1], int):
        questions = bank.get("questions") or []
        question = questions[path[1]] if path[1] < len(questions) else {}
        qid = question.get("id") if isinstance(question, dict) else None
        label = f"question {qid!r}" if qid else f"question number {path[1] + 1}"
        field = ".".join(str(p) for p in path[2:]) or "(the question itself)"
        return label, field
    return "bank", ".".join(str(p) for p in path) or "(top level)"


def _schema_messages(bank: dict) -> list[str]:
    messages = []
    for error in sorted(_validator().iter_errors(bank), key=lambda e: list(e.absolute_path)):
        path = list(error.absolute_path)
        where, field = _where(bank, path)
        detail = error.message
        if error.validator in {"contains", "minContains", "maxContains"}:
            detail = (
                "needs exactly one option with correct: true"
                if error.schema.get("maxContains") == 1
                else "needs at least one option with correct: true"
            )
        elif error.validator in {"unevaluatedProperties", "additionalProperties"}:
            detail = f"unexpected field: {detail}"
        elif error.validator == "required":
            missing = error.message.split("'")[1] if "'" in error.message else error.message
            field = ".".join([*(str(p) for p in path[2:]), missing]) if path else missing
            detail = "is required but missing"
        messages.append(f"{where}, field {field!r}: {detail}")
    return messages


def document_lines(document: str) -> tuple[Path, list[str]] | None:
    """A course document (``book/holocaust``) and its Markdown lines: a page's text, or a
    notebook's Markdown cells; None if there is no such .md or .ipynb file."""
    for suffix in (".md", ".ipynb"):
        path = REPO_ROOT / f"{document}{suffix}"
        if path.is_file():
            break
    else:
        return None
    if path.suffix == ".ipynb":
        notebook = json.loads(path.read_text(encoding="utf-8"))
        return path, [
            line.rstrip("\n")
            for cell in notebook["cells"]
            if cell["cell_type"] == "markdown"
            for line in "".join(cell["source"]).splitlines()
        ]
    return path, path.read_text(encoding="utf-8").splitlines()


def section_title(section: str) -> str:
    """The heading under the MyST target ``(label)=`` that a section link names."""
    document, label = section.split("#", 1)
    found = document_lines(document)
    if found is None:
        raise QuizBankError(f"section link {section!r}: no file {document}.md or {document}.ipynb")
    path, lines = found
    for index, line in enumerate(lines):
        match = TARGET_LINE.match(line.strip())
        if match and match["label"] == label:
            for following in lines[index + 1 :]:
                heading = HEADING_LINE.match(following.strip())
                if heading:
                    return heading["title"]
                if following.strip():
                    break
            raise QuizBankError(
                f"section link {section!r}: the target is not followed by a heading"
            )
    raise QuizBankError(f"section link {section!r}: {path.name} has no target ({label})=")


def _semantic_messages(bank: dict) -> list[str]:
    messages = []
    seen: set[str] = set()
    for number, question in enumerate(bank["questions"], start=1):
        qid = question["id"]
        if qid in seen:
            messages.append(f"question {qid!r} (number {number}), field 'id': duplicate id")
        seen.add(qid)
        links = [("section", question["section"])] + [
            (f"options.{i}.section", o["section"])
            for i, o in enumerate(question.get("options", []))
            if "section" in o
        ]
        for field, section in links:
            try:
                section_title(section)
            except QuizBankError as error:
                messages.append(f"question {qid!r}, field {field!r}: broken {error}")
        if question["type"] == "matching":
            definitions = [p["definition"] for p in question["pairs"]]
            if len(set(definitions)) != len(definitions):
                messages.append(f"question {qid!r}, field 'pairs': two terms share a definition")
    return messages


def validate_bank(bank: object, source: str) -> dict:
    """Return the bank if it is valid; raise QuizBankError listing every problem otherwise."""
    if not isinstance(bank, dict):
        raise QuizBankError(f"{source}: a quiz bank must be a mapping with title and questions")
    messages = _schema_messages(bank)
    if not messages:
        messages = _semantic_messages(bank)
    if messages:
        raise QuizBankError(f"{source}: invalid quiz bank:\n  " + "\n  ".join(messages))
    return bank


def load_bank(name: str) -> Bank:
    path = bank_path(name)
    if not path.is_file():
        known = ", ".join(bank_names()) or "none"
        raise QuizBankError(f"no quiz bank {name!r} (looked for {path}); banks: {known}")
    try:
        bank = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise QuizBankError(f"{path.relative_to(REPO_ROOT)}: not valid YAML: {error}") from error
    return Bank.from_dict(validate_bank(bank, str(path.relative_to(REPO_ROOT))), name)
