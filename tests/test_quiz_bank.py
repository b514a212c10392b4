"""Quiz banks: schema errors name the file, the question and the field."""

import re

import pytest
from quiz_examples import bank, question

from calling_out_genocide import quiz
from calling_out_genocide.quizzes.bank import (
    Bank,
    QuizBankError,
    bank_names,
    load_bank,
    validate_bank,
)
from calling_out_genocide.quizzes.render import quiz_html, quiz_latex


def error_for(data: object) -> str:
    with pytest.raises(QuizBankError) as caught:
        validate_bank(data, "quizzes/example.yaml")
    return str(caught.value)


def test_every_example_type_is_valid() -> None:
    kinds = ["single_choice", "multiple_select", "true_false", "ordering", "matching", "numeric"]
    validate_bank(bank(*(question(k) for k in kinds)), "quizzes/example.yaml")


def test_every_bank_in_the_course_is_valid() -> None:
    assert bank_names(), "quizzes/ holds no bank"
    for name in bank_names():
        assert load_bank(name).questions


def test_unknown_type() -> None:
    q = question("single_choice")
    q["type"] = "essay"
    message = error_for(bank(q))
    assert "quizzes/example.yaml" in message
    assert "question 'single', field 'type'" in message
    assert "'essay' is not one of" in message


def test_single_choice_without_a_correct_option() -> None:
    q = question("single_choice")
    q["options"][1]["correct"] = False
    message = error_for(bank(q))
    assert "question 'single', field 'options': needs exactly one option with correct: true" in (
        message
    )


def test_single_choice_with_two_correct_options() -> None:
    q = question("single_choice")
    q["options"][0]["correct"] = True
    assert "needs exactly one option with correct: true" in error_for(bank(q))


def test_multiple_select_without_a_correct_option() -> None:
    q = question("multiple_select")
    for option in q["options"]:
        option["correct"] = False
    assert "question 'multi', field 'options': needs at least one option" in error_for(bank(q))


def test_duplicate_id() -> None:
    message = error_for(bank(question("single_choice"), question("single_choice")))
    assert "question 'single' (number 2), field 'id': duplicate id" in message


def test_broken_section_link_to_a_missing_target() -> None:
    q = question("true_false")
    q["section"] = "notebooks/how-to-use-the-notebooks#no-such-section"
    message = error_for(bank(q))
    assert "question 'tf', field 'section': broken section link" in message
    assert "has no target (no-such-section)=" in message


def test_broken_section_link_to_a_missing_file() -> None:
    q = question("numeric")
    q["section"] = "book/no-such-chapter#intro"
    message = error_for(bank(q))
    assert "question 'num', field 'section': broken section link" in message
    assert "no file book/no-such-chapter.md" in message


def test_option_without_feedback() -> None:
    q = question("single_choice")
    del q["options"][0]["feedback"]
    message = error_for(bank(q))
    assert "question 'single', field 'options.0.feedback': is required but missing" in message


def test_field_from_another_type_is_refused() -> None:
    q = question("true_false")
    q["tolerance"] = 3
    assert "question 'tf'" in error_for(bank(q)) and "unexpected field" in error_for(bank(q))


def test_unknown_bank_name() -> None:
    with pytest.raises(QuizBankError, match="no quiz bank 'nope'"):
        quiz("nope")


def test_bank_text_cannot_inject_markup() -> None:
    q = question("single_choice")
    q["prompt"] = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    q["options"][0]["text"] = "</script><script>alert(2)</script>"
    data = Bank.from_dict(validate_bank(bank(q), "quizzes/example.yaml"), "example")
    page = quiz_html(data)
    assert "<script>alert" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    # The JSON for the page's script cannot close its <script> element early.
    payload = re.search(r'class="cog-quiz-data">(.*?)</script>', page, re.DOTALL).group(1)
    assert "</" not in payload and "<" not in payload


def test_latex_escapes_special_characters() -> None:
    q = question("numeric")
    q["prompt"] = "50% of $100 & #1_a {b} ~ ^ \\"
    data = Bank.from_dict(validate_bank(bank(q), "quizzes/example.yaml"), "example")
    latex = quiz_latex(data)
    assert (
        r"50\% of \$100 \& \#1\_a \{b\} \textasciitilde{} \textasciicircum{} \textbackslash{}"
        in latex
    )


def test_quiz_object_offers_widget_html_latex_and_plain_text() -> None:
    bundle = quiz("how-to-use")._repr_mimebundle_()
    assert set(bundle) == {
        "text/plain",
        "text/html",
        "text/latex",
        "application/vnd.jupyter.widget-view+json",
    }
    assert "VBox" not in bundle["text/plain"] and "model_id" not in bundle["text/latex"]
    assert bundle["text/plain"] == "Quiz: Using the notebooks (10 questions)"


def test_readme_example_bank_is_valid() -> None:
    """The README's example of every question type is itself a valid bank."""
    import yaml

    from calling_out_genocide.paths import REPO_ROOT

    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(title: .*?)```", readme, re.DOTALL)
    assert block, "README.md has no example quiz bank"
    example = validate_bank(yaml.safe_load(block.group(1)), "README.md")
    kinds = {q["type"] for q in example["questions"]}
    assert kinds == {
        "single_choice",
        "multiple_select",
        "true_false",
        "ordering",
        "matching",
        "numeric",
    }
