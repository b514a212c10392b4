"""A chapter's teaching material (teaching/SLUG.yaml), checked against the course it refers to.

Everything a plan or handout names must exist: the chapter, its sections (MyST targets), its
quiz questions, its "Think about it" questions, the glossary's terms and the bibliography's
keys. A plan's minutes must fill its session. A problem stops the build with a message naming
the file and the field.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

from calling_out_genocide.course import Chapter, chapters
from calling_out_genocide.paths import DATA_DIR, PACKAGE_DIR, REPO_ROOT

TEACHING_DIR = REPO_ROOT / "teaching"
SCHEMA_PATH = PACKAGE_DIR / "schemas" / "teaching.schema.json"
LESSON_MINUTES = 50
EASY_READ_WORDS = (500, 700)
EASY_READ_MAX_GRADE = 6.0
# A word bank's meanings are in plain words too: short, and easy as a whole.
WORD_BANK_MEANING_WORDS = 30
WORD_BANK_MAX_GRADE = 8.0
BLANK = "____"
# A role in a heading (``{term}`Genocide` ``), printed as its text.
ROLE = re.compile(r"\{[a-z:-]+\}`([^`<]*?)\s*(?:<[^`>]*>)?`")
BIB_KEY = re.compile(r"^@\w+\{([^,\s]+),", re.MULTILINE)
# A citation inside a chapter's question: the teachers' edition has no bibliography, so the
# question is compared and printed without it.
CITATION = re.compile(r"\s*\{cite:[a-z]+\}`[^`]*`")


def without_citations(text: str) -> str:
    return " ".join(CITATION.sub("", text).split())


class TeachingError(ValueError):
    """Teaching material is not valid; the message names the file and the field."""


def teaching_chapters(published_only: bool = True) -> list[Chapter]:
    """The chapters that teach (a numbered part), which each need teaching material."""
    return [c for c in chapters() if str(c.part).isdigit() and (c.published or not published_only)]


def material_path(slug: str) -> Path:
    return TEACHING_DIR / f"{slug}.yaml"


def _chapter(slug: str) -> Chapter:
    for chapter in chapters():
        if chapter.slug == slug:
            return chapter
    raise TeachingError(f"no chapter {slug!r} in course.yml")


def _lines(stem: str) -> list[str]:
    from calling_out_genocide.quizzes.bank import document_lines

    found = document_lines(stem)
    return found[1] if found else []


@cache
def section_titles() -> dict[str, str]:
    """Each MyST target in the chapters and the heading under it, as plain text (roles and
    emphasis taken out), for naming a section on paper."""
    from calling_out_genocide.quizzes.bank import HEADING_LINE, TARGET_LINE

    titles: dict[str, str] = {}
    for chapter in chapters():
        for stem in chapter.files:
            lines = _lines(stem)
            for index, line in enumerate(lines):
                target = TARGET_LINE.match(line.strip())
                if not target:
                    continue
                following = next((f.strip() for f in lines[index + 1 :] if f.strip()), "")
                heading = HEADING_LINE.match(following)
                if heading:
                    titles[target["label"]] = ROLE.sub(r"\1", heading["title"]).replace("*", "")
    return titles


def course_targets() -> frozenset[str]:
    """Every MyST target with a heading in the course's chapters (a plan may point to an
    earlier chapter)."""
    return frozenset(section_titles())


def think_about_it_questions(chapter: Chapter) -> list[str]:
    """The numbered questions under the chapter's "## Think about it" heading."""
    text = "\n".join(_lines(chapter.prose or chapter.notebook or ""))
    match = re.search(
        r"^## Think about it\s*$(.*?)(?=^#{1,6} |^\([a-z0-9_-]+\)=|\Z)",
        text,
        re.MULTILINE | re.DOTALL,
    )
    if not match:
        return []
    items = re.split(r"^\d+\.\s+", match.group(1), flags=re.MULTILINE)[1:]
    return [without_citations(item) for item in items]


@cache
def glossary_terms() -> frozenset[str]:
    import csv

    with (DATA_DIR / "glossary.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["term"] for row in csv.DictReader(handle))


@cache
def bibliography_keys() -> frozenset[str]:
    return frozenset(BIB_KEY.findall((REPO_ROOT / "references.bib").read_text(encoding="utf-8")))


def quiz_question(chapter: Chapter, reference: str):
    """A quiz question named ``id`` (in the chapter's bank) or ``bank/id``; None if unknown."""
    from calling_out_genocide.quizzes.bank import load_bank

    bank_name, _, qid = reference.rpartition("/")
    bank_name = bank_name or chapter.quiz
    if not bank_name:
        return None
    try:
        bank = load_bank(bank_name)
    except Exception:  # an unknown or broken bank: reported as an unknown question
        return None
    for number, question in enumerate(bank.questions, start=1):
        if question.id == qid:
            return bank, number, question
    return None


@cache
def _schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _schema_messages(data: dict) -> list[str]:
    validator = Draft202012Validator(_schema())
    messages = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        field = ".".join(str(p) for p in error.absolute_path) or "(top level)"
        detail = error.message
        if error.validator == "required":
            detail = f"{error.message.split(chr(39))[1]!r} is required but missing"
        messages.append(f"field {field!r}: {detail}")
    return messages


def _minutes(steps: list[dict]) -> int:
    return sum(step["minutes"] for step in steps)


def _band_messages(assessment: dict) -> list[str]:
    expected_low, messages = None, []
    for number, band in enumerate(assessment["mark_scheme"]):
        low, _, high = band["marks"].partition("-")
        low, high = int(low), int(high or low)
        if expected_low is not None and low != expected_low:
            messages.append(
                f"field 'assessment.mark_scheme.{number}.marks': band {band['marks']} should "
                f"start at {expected_low}"
            )
        expected_low = high + 1
    if expected_low is not None and expected_low - 1 != assessment["marks"]:
        messages.append(
            f"field 'assessment.mark_scheme': the top band ends at {expected_low - 1}, "
            f"but the task has {assessment['marks']} marks"
        )
    return messages


def _meaning_messages(data: dict, slug: str) -> list[str]:
    chapter = _chapter(slug)
    messages = []
    if data["chapter"] != slug:
        messages.append(f"field 'chapter': {data['chapter']!r}, but the file is for {slug!r}")
    plan = data["session_plan"]
    plans = [("session_plan.lesson", plan["lesson"])] + [
        (f"session_plan.two_lessons.{n}", lesson) for n, lesson in enumerate(plan["two_lessons"])
    ]
    targets = course_targets()
    for where, steps in plans:
        if _minutes(steps) != LESSON_MINUTES:
            messages.append(
                f"field {where!r}: its minutes add up to {_minutes(steps)}, not {LESSON_MINUTES}"
            )
        for number, step in enumerate(steps):
            for label in step["sections"]:
                if label not in targets:
                    messages.append(f"field '{where}.{number}.sections': no section ({label})=")
            for reference in step.get("quiz", []):
                if quiz_question(chapter, reference) is None:
                    messages.append(
                        f"field '{where}.{number}.quiz': no quiz question {reference!r}"
                    )
    for number, reference in enumerate(data["handout"]["quiz"]):
        if quiz_question(chapter, reference) is None:
            messages.append(f"field 'handout.quiz.{number}': no quiz question {reference!r}")
    asked = think_about_it_questions(chapter)
    guided = [without_citations(e["question"]) for e in data["teacher_note"]["think_about_it"]]
    if guided != asked:
        missing = [q for q in asked if q not in guided]
        extra = [q for q in guided if q not in asked]
        messages.append(
            "field 'teacher_note.think_about_it': must guide each of the chapter's "
            f"{len(asked)} 'Think about it' questions, in order, word for word"
            + (f"; missing: {missing[:1]}" if missing else "")
            + (f"; not in the chapter: {extra[:1]}" if extra else "")
        )
    if chapter.impartiality and "impartiality" not in data["teacher_note"]:
        messages.append(
            "field 'teacher_note.impartiality': required for this chapter (course.yml "
            "marks it as touching current politics)"
        )
    for number, entry in enumerate(data["easy_read"]["word_bank"]):
        if entry["term"] not in glossary_terms():
            messages.append(
                f"field 'easy_read.word_bank.{number}': {entry['term']!r} is not a glossary term"
            )
        if len(entry["meaning"].split()) > WORD_BANK_MEANING_WORDS:
            messages.append(
                f"field 'easy_read.word_bank.{number}.meaning': more than "
                f"{WORD_BANK_MEANING_WORDS} words"
            )
    for key in data["guidance"]:
        if key not in bibliography_keys():
            messages.append(f"field 'guidance': no entry {key!r} in references.bib")
    scaffold = data["differentiation"]["scaffold"]
    if scaffold["code"].count(BLANK) != len(scaffold["answers"]):
        messages.append(
            f"field 'differentiation.scaffold': {scaffold['code'].count(BLANK)} blanks "
            f"({BLANK}) but {len(scaffold['answers'])} answers"
        )
    if data["assessment"]["kind"] == "source analysis" and "source" not in data["assessment"]:
        messages.append("field 'assessment.source': a source analysis needs its source")
    return messages + _band_messages(data["assessment"])


def easy_read_measures(text: str) -> tuple[int, float]:
    """(words, Flesch-Kincaid grade) of an easy-read text."""
    import textstat

    return len(text.split()), float(textstat.flesch_kincaid_grade(text))


def easy_read_messages(data: dict) -> list[str]:
    words, grade = easy_read_measures(data["easy_read"]["text"])
    messages = []
    low, high = EASY_READ_WORDS
    if not low <= words <= high:
        messages.append(f"field 'easy_read.text': {words} words, not {low}-{high}")
    if grade > EASY_READ_MAX_GRADE:
        messages.append(
            f"field 'easy_read.text': Flesch-Kincaid grade {grade}, above {EASY_READ_MAX_GRADE}"
        )
    meanings = " ".join(e["meaning"] for e in data["easy_read"]["word_bank"])
    _, bank_grade = easy_read_measures(meanings)
    if bank_grade > WORD_BANK_MAX_GRADE:
        messages.append(
            f"field 'easy_read.word_bank': its meanings read at Flesch-Kincaid grade "
            f"{bank_grade}, above {WORD_BANK_MAX_GRADE}"
        )
    return messages


def check_material(data: object, slug: str, source: str, readability: bool = True) -> dict:
    if not isinstance(data, dict):
        raise TeachingError(f"{source}: expected a mapping of fields at the top level")
    messages = _schema_messages(data)
    if not messages:
        messages = _meaning_messages(data, slug)
        if readability:
            messages += easy_read_messages(data)
    if messages:
        raise TeachingError(f"{source}:\n  " + "\n  ".join(messages))
    return data


@cache
def load_material(slug: str) -> dict:
    path = material_path(slug)
    if not path.is_file():
        raise TeachingError(
            f"{path.relative_to(REPO_ROOT)} is missing: every teaching chapter needs its "
            "teaching material (see teaching/README.md)"
        )
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise TeachingError(f"{path.relative_to(REPO_ROOT)}: cannot be read: {error}") from error
    return check_material(data, slug, str(path.relative_to(REPO_ROOT)))


def filled_scaffold(data: dict) -> str:
    """The scaffolded exercise's code with each blank filled by its answer."""
    code = data["differentiation"]["scaffold"]["code"]
    for answer in data["differentiation"]["scaffold"]["answers"]:
        code = code.replace(BLANK, answer, 1)
    return code


COURSE_SESSIONS_FILE = TEACHING_DIR / "course.yaml"
COURSE_SESSION_FIELDS = {"for", "minutes", "prepare", "steps"}


@cache
def load_course_sessions() -> dict:
    """Sessions for the course as a whole (a workshop, a community-group session), each
    checked like a chapter's plan: minutes that fill it, sections and quiz questions that
    exist (quiz questions named ``bank/id``)."""
    source = "teaching/course.yaml"
    try:
        data = yaml.safe_load(COURSE_SESSIONS_FILE.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise TeachingError(f"{source}: cannot be read: {error}") from error
    validator = Draft202012Validator(_schema()["$defs"]["steps"] | {"$defs": _schema()["$defs"]})
    messages = []
    anywhere = Chapter(slug="course", title="", part="", status="published")
    for name, session in (data or {}).items():
        if not isinstance(session, dict) or set(session) != COURSE_SESSION_FIELDS:
            messages.append(f"session {name!r}: needs exactly {sorted(COURSE_SESSION_FIELDS)}")
            continue
        for error in validator.iter_errors(session["steps"]):
            path = ".".join(str(p) for p in error.absolute_path)
            messages.append(f"session {name!r}, field 'steps.{path}': {error.message}")
        if messages:
            continue
        if _minutes(session["steps"]) != session["minutes"]:
            messages.append(
                f"session {name!r}: its minutes add up to {_minutes(session['steps'])}, "
                f"not {session['minutes']}"
            )
        for number, step in enumerate(session["steps"]):
            for label in step["sections"]:
                if label not in course_targets():
                    messages.append(f"session {name!r}, step {number}: no section ({label})=")
            for reference in step.get("quiz", []):
                if "/" not in reference or quiz_question(anywhere, reference) is None:
                    messages.append(
                        f"session {name!r}, step {number}: no quiz question {reference!r} "
                        "(write bank/id)"
                    )
    if messages:
        raise TeachingError(f"{source}:\n  " + "\n  ".join(messages))
    return data
