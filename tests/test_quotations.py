"""Every quotation of the UDHR or the Genocide Convention matches the official text exactly."""

from __future__ import annotations

from calling_out_genocide.legal_texts import (
    Quotation,
    course_sources,
    matches_official_text,
    quotations_in,
)
from calling_out_genocide.paths import REPO_ROOT


def all_quotations() -> list[Quotation]:
    return [q for where, text in course_sources(REPO_ROOT) for q in quotations_in(text, where)]


def test_every_quotation_matches_the_stored_text() -> None:
    quotations = all_quotations()
    assert quotations, "the course quotes neither text yet, so this test would check nothing"
    wrong = [f"{q.where}: {q.quote!r}" for q in quotations if not matches_official_text(q)]
    assert not wrong, "quotations that differ from the official text:\n" + "\n".join(wrong)


def test_the_check_catches_a_misquotation() -> None:
    """A test of the test: one changed word, or a paraphrase in quotation marks, fails."""
    text = (
        'Article 1 says that "All human beings are born free and equal in dignity and rights" '
        '{cite:p}`unga-res-217a-iii`. Article 3: "Everyone has the right to life, liberty and '
        'security of the person" {cite:p}`unga-res-217a-iii`. The Convention speaks of '
        '"intent to destroy, in whole or in part, a national, ethnic, racial or religious group" '
        '{cite:p}`unts-78-1021`. And "acts committed with intent to destroy … a national, '
        'ethnical, racial or religious group, as such" {cite:p}`unts-78-1021`.'
    )
    found = quotations_in(text, "example.md")
    assert [q.dataset for q in found] == [
        "udhr_text",
        "udhr_text",
        "genocide_convention_text",
        "genocide_convention_text",
    ]
    assert [matches_official_text(q) for q in found] == [True, False, False, True]


def test_quotations_of_other_sources_are_not_checked_against_the_legal_texts() -> None:
    text = '"the Jewish voice for human rights" {cite:p}`renecassin-solidarity-uyghurs`'
    assert quotations_in(text, "example.md") == []
