"""The letter builder in Chromium: filled in by keyboard alone it gives a draft with the
reader's choices and words, sends nothing and stores nothing; and its script puts drafts
together exactly as draft.py does. Site-wide, no page writes to cookies or storage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from site_audit import chromium_browser, serve_directory

from calling_out_genocide.letters import load_wording
from calling_out_genocide.paths import REPO_ROOT, STATIC_DIR

CASES = json.loads((REPO_ROOT / "tests" / "letter_cases.json").read_text(encoding="utf-8"))
ACTION_PAGE = "book/action.html"
OWN_WORDS = "My grandmother's village is in my thoughts at Holocaust Memorial Day."


def stored_items(page) -> dict:
    """What the browser itself holds for the page's origin: cookies, local and session storage
    (read through the DevTools protocol, so a page script cannot hide it)."""
    client = page.context.new_cdp_session(page)
    origin = page.evaluate("location.origin")
    found = {"cookies": page.context.cookies()}
    client.send("DOMStorage.enable")
    for kind, is_local in (("localStorage", True), ("sessionStorage", False)):
        found[kind] = client.send(
            "DOMStorage.getDOMStorageItems",
            {"storageId": {"securityOrigin": origin, "isLocalStorage": is_local}},
        )["entries"]
    client.detach()
    return found


def test_the_script_puts_drafts_together_as_python_does() -> None:
    script = (STATIC_DIR / "letter-builder.js").read_text(encoding="utf-8")
    with chromium_browser() as browser:
        page = browser.new_page()
        page.set_content("<!doctype html><title>letters</title>")
        page.add_script_tag(content=script)
        made = page.evaluate(
            "([wording, cases]) => cases.map(c => window.cogDraftLetter(wording, c.choices))",
            [CASES["wording"], CASES["cases"]],
        )
    assert made == [case["draft"] for case in CASES["cases"]]


@pytest.mark.browser
def test_the_builder_works_by_keyboard_and_sends_and_stores_nothing(built_html: Path) -> None:
    wording = load_wording()
    issue = wording.issues[0]
    asks = [a for a in wording.asks if a.fits(issue.id)][:2]
    with serve_directory(built_html) as base, chromium_browser() as browser:
        context = browser.new_context(accept_downloads=True)
        page = context.new_page()
        page.goto(f"{base}/{ACTION_PAGE}", wait_until="load")
        page.wait_for_timeout(300)
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))

        # Keyboard only: Tab from the privacy sentence into the form, arrows and Space to
        # choose, typing into the fields, Enter to make the draft.
        page.locator(".letter-builder-privacy").click()
        first_issue = page.locator(f"#letter-builder-issue-{wording.issues[0].id}")
        for _ in range(40):
            page.keyboard.press("Tab")
            if first_issue.evaluate("e => e === document.activeElement"):
                break
        else:
            pytest.fail("the first issue could not be reached with the Tab key")
        page.keyboard.press("Space")
        assert first_issue.is_checked()
        page.keyboard.press("Tab")  # into the asks
        for ask in asks:
            box = page.locator(f"#letter-builder-ask-{ask.id}")
            for _ in range(len(wording.asks) + 1):
                if box.evaluate("e => e === document.activeElement"):
                    break
                page.keyboard.press("Tab")
            page.keyboard.press("Space")
            assert box.is_checked(), ask.id
        own_words = page.locator("#letter-builder-own-words")
        while not own_words.evaluate("e => e === document.activeElement"):
            page.keyboard.press("Tab")
        page.keyboard.type(OWN_WORDS)
        for text in ("Ms A. Member", "Anytown North", "Sam Reader"):
            page.keyboard.press("Tab")
            page.keyboard.type(text)
        page.keyboard.press("Enter")

        draft = page.locator("#letter-builder-draft")
        draft.wait_for(state="visible")
        text = draft.input_value()
        assert text.startswith(f"{wording.greeting} Ms A. Member,")
        assert issue.opening in text and OWN_WORDS in text
        assert all(ask.text in text for ask in asks)
        assert "Anytown North" in text and text.rstrip().endswith("Sam Reader")
        assert draft.evaluate("e => e === document.activeElement"), "focus moves to the draft"
        page.wait_for_function(
            "document.querySelector('.letter-builder-status').textContent"
            ".includes('draft is ready')",
            timeout=3000,
        )

        with page.expect_download() as download_info:
            page.locator(".letter-builder-download").press("Enter")
        saved = Path(download_info.value.path()).read_text(encoding="utf-8")
        assert saved.replace("\r\n", "\n") == text

        network = [u for u in requests if not u.startswith(("blob:", "data:"))]
        assert network == [], f"the builder made network requests: {network}"
        assert stored_items(page) == {"cookies": [], "localStorage": [], "sessionStorage": []}
        context.close()


@pytest.mark.browser
def test_no_page_writes_to_cookies_or_storage(built_html: Path) -> None:
    """Reading, switching light and dark, searching and opening a quiz leave nothing behind."""
    with serve_directory(built_html) as base, chromium_browser() as browser:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{base}/book/holocaust.html", wait_until="load")
        page.locator(".theme-switch-button").first.click()
        page.mouse.wheel(0, 2000)
        page.goto(f"{base}/search.html?q=Cassin", wait_until="load")
        page.wait_for_selector("#search-results li", timeout=10000)
        page.locator("#search-results li a").first.click()
        page.wait_for_load_state("load")
        page.goto(f"{base}/notebooks/holocaust-data.html", wait_until="load")
        page.wait_for_timeout(500)
        assert stored_items(page) == {"cookies": [], "localStorage": [], "sessionStorage": []}
        context.close()


def test_the_storage_check_finds_a_page_that_writes(tmp_path: Path) -> None:
    """A test of the test: a page that writes to storage is caught."""
    (tmp_path / "writes.html").write_text(
        "<!doctype html><title>w</title><script>localStorage.setItem('mode','dark');"
        "sessionStorage.setItem('s','1');document.cookie='c=1';</script>",
        encoding="utf-8",
    )
    with serve_directory(tmp_path) as base, chromium_browser() as browser:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{base}/writes.html", wait_until="load")
        found = stored_items(page)
        context.close()
    assert found["localStorage"] == [["mode", "dark"]]
    assert found["sessionStorage"] == [["s", "1"]]
    assert [c["name"] for c in found["cookies"]] == ["c"]
