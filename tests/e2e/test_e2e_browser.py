"""End to end, as a person would: `intake serve --port 0` on a temp SQLite database, the page in
Debian's headless Chromium (through Playwright), driven mostly from the keyboard.

It types a sentence and sees the event, uses the form (with autocomplete), confirms an
ambiguous item in the dialog, undoes an event, opens the product view, and saves screenshots
(desktop and 390 px wide) under test-artifacts/. Skips without /usr/bin/chromium, except
under CI=true, where it fails instead."""
from __future__ import annotations

import pytest

from browser_kit import ARTIFACTS, WAIT_MS, chromium, serving

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture
def served(tmp_path):
    """`intake serve --port 0` as a person runs it, on a fresh SQLite file."""
    with serving(tmp_path) as url:
        yield url


def test_a_person_records_confirms_and_undoes_in_the_browser(browser, served):
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    expect.set_options(timeout=WAIT_MS)

    # GIVEN the page of a fresh server
    page.goto(served)
    expect(page.locator("#health")).to_have_text("Database connected")
    expect(page.locator("#events-empty")).to_be_visible()

    # WHEN a sentence is typed and Enter pressed (the box has the focus after the skip link)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the skip link
    expect(page.locator("#say")).to_be_focused()
    page.keyboard.type("moved the red ladder to the van")
    page.keyboard.press("Enter")
    # THEN what was recorded is shown: the product, that it is new, the event and the place
    said = page.locator("#say-result")
    expect(said).to_contain_text("red ladder")
    expect(said).to_contain_text("new product")
    expect(said).to_contain_text("at van")
    expect(page.locator("#events li").first).to_contain_text("red ladder")
    expect(page.locator("#say")).to_have_value("")

    # WHEN the form is filled in (product, event, location, quantity, unit)
    page.fill("#f-product", "copy paper")
    page.select_option("#f-event", "added")
    page.fill("#f-location", "loading dock")
    page.fill("#f-quantity", "3")
    page.fill("#f-unit", "boxes")
    page.locator("#item-form button[type=submit]").click()
    # THEN it is recorded the same way
    form_result = page.locator("#form-result")
    expect(form_result).to_contain_text("copy paper")
    expect(form_result).to_contain_text("3 boxes")
    # AND the form suggests known products and locations as one types
    page.locator("#f-product").press_sequentially("cop")
    expect(page.locator('#product-options option[value="copy paper"]')).to_have_count(1)
    page.locator("#f-location").press_sequentially("load")
    expect(page.locator('#location-options option[value="loading dock"]')).to_have_count(1)
    page.fill("#f-product", "")
    page.fill("#f-location", "")

    # WHEN a second ladder exists and a sentence names just "the ladder"
    say(page, "added a step ladder to the shed")
    expect(page.locator("#events li").first).to_contain_text("step ladder")
    say(page, "moved the ladder to the garage")
    # THEN the dialog asks which one, with the candidates and "new"; focus is inside it
    dialog = page.locator("#confirm")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("red ladder")
    expect(dialog).to_contain_text("step ladder")
    expect(dialog).to_contain_text("A new product called “ladder”")
    page.screenshot(path=str(ARTIFACTS / "confirm-dialog.png"))
    # AND Tab stays inside the dialog, Escape closes it and gives the focus back
    for _ in range(6):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('dialog') !== null")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.locator("#say")).to_be_focused()

    # WHEN the person chooses, with the keyboard only
    page.locator("#say-result button", has_text="Choose now").focus()
    # (a slow browser may deliver the Escape's "close" event only now; it must not take the focus
    # back to the sentence box, or this Enter goes nowhere, as it once did in CI)
    page.evaluate("document.getElementById('confirm').dispatchEvent(new Event('close'))")
    expect(page.locator("#say-result button", has_text="Choose now")).to_be_focused()
    page.keyboard.press("Enter")
    expect(dialog).to_be_visible()
    first_choice = page.locator("#confirm-items input[type=radio]").first
    expect(first_choice).to_be_focused()
    chosen = first_choice.locator("xpath=..").inner_text().strip()
    page.keyboard.press("Space")     # choose the first candidate
    page.keyboard.press("Tab")       # -> "Not now"
    page.keyboard.press("Tab")       # -> "Record"
    page.keyboard.press("Enter")
    # THEN the dialog closes and the move is recorded for the chosen product
    expect(dialog).to_be_hidden()
    expect(said).to_contain_text(chosen)
    expect(said).to_contain_text("to garage")
    expect(page.locator("#events li").first).to_contain_text(f"Moved {chosen}")

    # WHEN the last event is undone
    first_row = page.locator("#events li").first
    first_row.locator("button.undo").click()
    # THEN it is marked undone and has no Undo button any more
    expect(page.locator("#events li").first.locator(".tag.undone")).to_be_visible()
    expect(page.locator("#events li").first.locator("button.undo")).to_have_count(0)

    # WHEN the product is opened from the list
    page.locator("#events li").first.locator(".product-link").click()
    # THEN its place (back where it was, since the move was undone) and history are shown
    view = page.locator("#product-view")
    expect(view.locator("h3")).to_have_text(chosen)
    expect(view).to_contain_text("Where it is")
    expect(view).to_contain_text("History")
    expect(view.locator("tbody")).not_to_contain_text("garage")
    expect(view).to_contain_text("undone")

    # AND the focus ring is visible where the keyboard is
    page.locator("#say").focus()
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none"), outline

    page.screenshot(path=str(ARTIFACTS / "page-desktop.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than a 390 px phone"
    page.screenshot(path=str(ARTIFACTS / "page-phone-390.png"), full_page=True)
    assert not problems, problems


def say(page, text: str) -> None:
    page.fill("#say", text)
    page.press("#say", "Enter")
    from playwright.sync_api import expect

    expect(page.locator("#say")).to_have_value("")
