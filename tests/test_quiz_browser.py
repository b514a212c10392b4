"""The quiz on the built site, in Debian's Chromium: keyboard only, screen-reader live regions,
JavaScript off, and the print view."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_audit import chromium_browser, open_page, serve_directory

QUIZ_PAGE = "notebooks/how-to-use-the-notebooks.html"


def tab_to(page, selector: str, limit: int = 300) -> None:
    """Press Tab until the focused element matches selector, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"could not reach {selector} with the Tab key")


@pytest.fixture(scope="module")
def site(built_html: Path):
    with serve_directory(built_html) as base_url, chromium_browser() as browser:
        yield base_url, browser


def test_answer_by_keyboard_and_read_the_feedback(site) -> None:
    base_url, browser = site
    page, report = open_page(browser, f"{base_url}/{QUIZ_PAGE}")
    quiz = page.locator("#quiz-how-to-use")
    # Question 1 (single choice): the right answer is option (c) "Nothing".
    tab_to(page, "#quiz-how-to-use-install input[type=radio]")
    page.keyboard.press("Space")  # selects (a), then move to (c) with the arrow keys
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.value") == "2"
    # Question 2 (true/false): the answer is True; choose False, which is wrong.
    tab_to(page, "#quiz-how-to-use-run-in-order input[type=radio]")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.value") == "false"
    tab_to(page, "#quiz-how-to-use button.cog-check")
    page.keyboard.press("Enter")

    first = quiz.locator("#quiz-how-to-use-install .cog-feedback")
    second = quiz.locator("#quiz-how-to-use-run-in-order .cog-feedback")
    assert first.inner_text().startswith("Correct. Right. Every notebook on the site")
    assert "Read again: Reading a notebook on this site" in first.inner_text()
    assert second.inner_text().startswith("Not quite. Later cells use what earlier cells made")
    # One announcement for the whole check: the score is the quiz's only live region.
    assert quiz.locator("[aria-live]").count() == 1
    score = quiz.locator(".cog-score")
    assert score.inner_text() == "You scored 1 out of 10. Feedback is under each question."
    assert score.get_attribute("role") == "status"
    # From the score, a link reaches each wrong question's feedback, and focus moves there.
    review = quiz.locator(".cog-review a")
    assert review.count() == 9 and review.nth(0).inner_text() == "question 2"
    tab_to(page, "#quiz-how-to-use .cog-review a")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "quiz-how-to-use-run-in-order-feedback"
    # The list of answers for pages without JavaScript is not one more stop for the Tab key.
    assert not quiz.locator("details.cog-answers").is_visible()
    # The feedback link leads to the section that teaches it.
    # The address is resolved by Sphinx relative to this page; followed, it reaches the section.
    link = first.locator("a").evaluate("(a) => a.href")
    assert link == f"{base_url}/notebooks/how-to-use-the-notebooks.html#reading-notebooks"
    assert page.locator("#reading-notebooks").count() == 1

    # Try again clears everything; Show answers fills every question's feedback.
    tab_to(page, "#quiz-how-to-use button.cog-retry")
    page.keyboard.press("Enter")
    assert first.inner_text() == "" and not page.locator("#quiz-how-to-use input:checked").count()
    tab_to(page, "#quiz-how-to-use button.cog-reveal")
    page.keyboard.press("Enter")
    assert quiz.locator(".cog-feedback.cog-revealed").count() == 10
    assert (
        "48 states" in quiz.locator("#quiz-how-to-use-votes-in-favour .cog-feedback").inner_text()
    )
    page.context.close()
    assert report.problems == []


def test_every_question_type_is_marked_in_the_browser(site) -> None:
    base_url, browser = site
    page, report = open_page(browser, f"{base_url}/{QUIZ_PAGE}")
    q = "#quiz-how-to-use-"
    page.check(f"{q}dataset-records input[value='0']")
    page.check(f"{q}dataset-records input[value='1']")
    # Ordering: give each shown item its true place (data-item is its index in the right order).
    # By index: Playwright matches a string against labels too, and these labels are digits.
    for select in page.locator(f"{q}steps select").all():
        select.select_option(index=int(select.get_attribute("data-item")) + 1)
    for select in page.locator(f"{q}terms select").all():
        select.select_option(value=select.get_attribute("data-term"))
    page.fill(f"{q}votes-in-favour input", "48")
    page.click("#quiz-how-to-use button.cog-check")
    for qid in ("dataset-records", "steps", "terms", "votes-in-favour"):
        assert page.get_attribute(f"{q}{qid}", "data-result") == "correct", qid
    page.fill(f"{q}votes-in-favour input", "58")
    page.click("#quiz-how-to-use button.cog-check")
    assert "Too high." in page.inner_text(f"{q}votes-in-favour .cog-feedback")
    page.context.close()
    assert report.problems == []


def test_quiz_is_readable_with_javascript_off(site) -> None:
    base_url, browser = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/{QUIZ_PAGE}")
    quiz = page.locator("#quiz-how-to-use")
    assert quiz.locator("li.cog-question").count() == 10
    assert quiz.locator(".cog-question").first.is_visible()
    assert not quiz.locator(".cog-controls").is_visible()  # buttons need JavaScript
    answers = quiz.locator("details.cog-answers")
    assert answers.get_attribute("open") is None  # collapsed
    answers.locator("summary").click()
    assert "48 states" in answers.inner_text()
    context.close()


def test_print_view_shows_questions_and_answer_key_without_controls(site) -> None:
    base_url, browser = site
    page, _report = open_page(browser, f"{base_url}/{QUIZ_PAGE}")
    page.emulate_media(media="print")
    quiz = page.locator("#quiz-how-to-use")
    assert quiz.locator(".cog-print-key").is_visible()
    assert "Answer key: Using the notebooks" in quiz.locator(".cog-print-key").inner_text()
    assert not quiz.locator(".cog-controls").is_visible()
    text = quiz.inner_text()
    assert "VBox" not in text and "model_id" not in text
    page.context.close()
