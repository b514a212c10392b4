"""The letter builder's wording, from data/letter_builder.yaml, checked before any page uses it.

A mistake stops the build with a message naming the file, the entry and the field: an ask that
is not a question, an issue that names no course chapter, an ask tied to an unknown issue.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

from calling_out_genocide.paths import DATA_DIR, PACKAGE_DIR

WORDING_FILE = DATA_DIR / "letter_builder.yaml"
SCHEMA_PATH = PACKAGE_DIR / "schemas" / "letter_builder.schema.json"


class LetterWordingError(ValueError):
    """The letter builder's data file is not valid; the message names the entry and field."""


@dataclass(frozen=True)
class Issue:
    id: str
    label: str
    chapter: str
    opening: str


@dataclass(frozen=True)
class Ask:
    id: str
    label: str
    text: str
    issues: tuple[str, ...] = ()  # empty: the ask fits every issue

    def fits(self, issue_id: str) -> bool:
        return not self.issues or issue_id in self.issues


@dataclass(frozen=True)
class Wording:
    title: str
    privacy: str
    find_your_mp_text: str
    find_your_mp_url: str
    tips: tuple[str, ...]
    greeting: str
    greeting_fallback: str
    constituent: str
    issues: tuple[Issue, ...]
    asks: tuple[Ask, ...]
    own_words_prompt: str
    reply_request: str
    sign_off: str

    def issue(self, issue_id: str) -> Issue:
        for issue in self.issues:
            if issue.id == issue_id:
                return issue
        raise KeyError(f"no issue {issue_id!r} in {WORDING_FILE.name}")

    def as_json(self) -> str:
        """The wording for the site's script, as one JSON object."""
        return json.dumps(_plain(self), ensure_ascii=False, separators=(",", ":"))


def _plain(value):
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _where(data: dict, path: list) -> str:
    """['asks', 2, 'text'] -> "asks[2] (id 'x'), field 'text'"."""
    if len(path) >= 2 and path[0] in {"issues", "asks"} and isinstance(path[1], int):
        entries = data.get(path[0]) or []
        entry = entries[path[1]] if path[1] < len(entries) else {}
        entry_id = entry.get("id") if isinstance(entry, dict) else None
        label = f"{path[0]}[{path[1]}]" + (f" (id {entry_id!r})" if entry_id else "")
        field = ".".join(str(p) for p in path[2:]) or "(the entry itself)"
        return f"{label}, field {field!r}"
    return f"field {'.'.join(str(p) for p in path) or '(top level)'!r}"


def _schema_messages(data: dict) -> list[str]:
    validator = Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    messages = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        path = list(error.absolute_path)
        detail = error.message
        if error.validator == "required":
            detail = f"{error.message.split(chr(39))[1]!r} is required but missing"
        elif error.validator == "pattern" and path[-1:] == ["text"] and "asks" in path:
            detail = "an ask must be a question or polite request ending with '?'"
        elif error.validator == "pattern" and path == ["constituent"]:
            detail = "must contain {constituency}, where the reader's constituency goes"
        elif error.validator == "pattern":
            detail = f"{error.instance!r} has characters the plain-text letter cannot hold"
        messages.append(f"{_where(data, path)}: {detail}")
    return messages


def _meaning_messages(data: dict, chapter_slugs: set[str]) -> list[str]:
    messages = []
    issue_ids = [issue["id"] for issue in data["issues"]]
    for kind in ("issues", "asks"):
        seen: set[str] = set()
        for number, entry in enumerate(data[kind]):
            if entry["id"] in seen:
                messages.append(f"{_where(data, [kind, number, 'id'])}: duplicate id")
            seen.add(entry["id"])
    for number, issue in enumerate(data["issues"]):
        if issue["chapter"] not in chapter_slugs:
            messages.append(
                f"{_where(data, ['issues', number, 'chapter'])}: no chapter "
                f"{issue['chapter']!r} in course.yml"
            )
    for number, ask in enumerate(data["asks"]):
        for issue_id in ask.get("issues", []):
            if issue_id not in issue_ids:
                messages.append(
                    f"{_where(data, ['asks', number, 'issues'])}: no issue {issue_id!r}"
                )
    for issue_id in issue_ids:
        if not any(issue_id in ask.get("issues", [issue_id]) for ask in data["asks"]):
            messages.append(f"issue {issue_id!r} has no ask that fits it")
    return messages


def check_wording(data: object, chapter_slugs: set[str], source: str) -> Wording:
    """A Wording from the file's parsed YAML, or a LetterWordingError listing every problem."""
    if not isinstance(data, dict):
        raise LetterWordingError(f"{source}: expected a mapping of fields at the top level")
    messages = _schema_messages(data)
    if not messages:
        messages = _meaning_messages(data, chapter_slugs)
    if messages:
        raise LetterWordingError(f"{source}:\n  " + "\n  ".join(messages))
    return Wording(
        title=data["title"],
        privacy=data["privacy"],
        find_your_mp_text=data["find_your_mp"]["text"],
        find_your_mp_url=data["find_your_mp"]["url"],
        tips=tuple(data["tips"]),
        greeting=data["greeting"],
        greeting_fallback=data["greeting_fallback"],
        constituent=data["constituent"],
        issues=tuple(Issue(**issue) for issue in data["issues"]),
        asks=tuple(
            Ask(a["id"], a["label"], a["text"], tuple(a.get("issues", ()))) for a in data["asks"]
        ),
        own_words_prompt=data["own_words_prompt"],
        reply_request=data["reply_request"],
        sign_off=data["sign_off"],
    )


def read_wording(path: Path) -> Wording:
    from calling_out_genocide.course import chapters

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LetterWordingError(f"{path}: cannot be read: {error}") from error
    return check_wording(data, {c.slug for c in chapters()}, str(path))


@cache
def load_wording() -> Wording:
    return read_wording(WORDING_FILE)
