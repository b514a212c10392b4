"""Pages generated from data/: what each block holds, and that data text cannot become markup."""

from __future__ import annotations

import re

from calling_out_genocide import generated_pages
from calling_out_genocide.course import published_chapters
from calling_out_genocide.data_package import dataset_names, load


def test_data_text_is_written_as_literal_text() -> None:
    assert generated_pages._inline("a *b* `c` {term}`x` [d](e) <f>") == (
        r"a \*b\* \`c\` \{term\}\`x\` \[d\](e) \<f\>"
    )


def test_the_glossary_has_every_term_with_its_source() -> None:
    text = generated_pages.glossary()
    assert text.startswith("```{glossary}\n:sorted:")
    terms = load("glossary")
    for _, row in terms.iterrows():
        assert f"\n{generated_pages._inline(row['term'])}\n" in text
        assert f"{{cite:p}}`{row['source']}`" in text


def test_the_timeline_appendix_holds_only_published_chapters() -> None:
    text = generated_pages.course_timeline()
    events = load("timeline")
    shown = events[events["chapter"].isin(published_chapters())]
    assert text.count("\n| ") == len(shown) + 2  # header and rule rows, then one per event
    hidden = events[~events["chapter"].isin(published_chapters())]
    for event in hidden["event"]:
        assert generated_pages._inline(event) not in text


def test_the_legal_texts_have_every_article() -> None:
    text = generated_pages.legal_texts()
    for number in range(1, 31):
        assert f"**Article {number}**" in text
    for numeral in ["I", "II", "IX", "XIX"]:
        assert f"**Article {numeral}**" in text
    assert text.index("(text-udhr)=") < text.index("(text-genocide-convention)=")


def test_the_teachers_data_appendix_describes_every_dataset_in_full() -> None:
    text = generated_pages.data_sources()
    for name in dataset_names():
        assert f"(data-{name})=" in text
    assert "{cite:p}" not in text  # the teachers' book has no bibliography of its own
    assert re.search(r"\*\*How the values were collected\.\*\*", text)


def test_the_students_page_has_only_the_published_chapters_data(set_back_to_planned) -> None:
    # With the Uyghur evidence chapter back to "planned", its birth-rate data leaves the page.
    assert "data-xinjiang_birth_rates" in generated_pages.numbers_in_brief()
    set_back_to_planned("uyghurs-evidence")
    text = generated_pages.numbers_in_brief()
    assert "<data-holocaust_jewish_victims_by_country>`" in text
    assert "data-xinjiang_birth_rates" not in text


def test_an_unknown_block_name_is_an_error() -> None:
    import pytest

    with pytest.raises(ValueError, match="unknown generated block 'glosary'"):
        generated_pages.expand_generated("```{generated} glosary\n```\n")
