"""Browser test of practising one question from the bank, on a phone (375 px wide): a new user with
no application yet opens the question bank, practises "Wat is je grootste zwakte?" on its own,
answers it, answers the interviewer's follow-up, reads the feedback and the short summary, and finds
the practice back on the progress page and in the bank. axe-core on every page; the page never
scrolls sideways."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from e2e.conftest import SCREENSHOTS, checked, screenshot, sign_up

WEAKNESS = "Wat is je grootste zwakte?"
# A real weakness, but no example yet: the interviewer asks for one.
ANSWER = (
    "Mijn grootste zwakte is dat ik soms ongeduldig ben als een project traag loopt. Ik wil dan "
    "snel door."
)
EXAMPLE = (
    "Vorige maand had mijn team een deadline voor een offerte. Ik heb het rekenwerk aan een "
    "collega gegeven en alleen de tekst zelf gedaan. We waren een dag eerder klaar."
)


def _fits(page: Page) -> None:
    checked(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{page.url} is {width} px wide at 375 px"


def test_practise_one_question_from_the_bank_on_a_phone(site: str, page: Page) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    sign_up(page, site, email="noor@example.com")

    # The question bank: every question they may ask has its own button.
    page.goto(f"{site}/practice/bank/")
    _fits(page)
    expect(page.get_by_text("Zie je op tegen één bepaalde vraag?")).to_be_visible()
    item = page.locator("#bank-results li").filter(has_text=WEAKNESS)
    item.get_by_role("button", name=re.compile(r"^Oefen deze vraag")).click()
    page.wait_for_url(re.compile(r".*/practice/answers/\d+/$"))

    # The answer screen, as in a practice interview, for one question.
    _fits(page)
    expect(page.get_by_role("heading", level=1, name="Eén vraag oefenen")).to_be_visible()
    expect(page.locator(".mock-question")).to_have_text(WEAKNESS)
    expect(page.get_by_text("los van een sollicitatie geoefend")).to_be_visible()
    expect(page.get_by_role("button", name="Timer starten")).to_be_visible()
    page.get_by_label("Je antwoord", exact=True).fill(ANSWER)
    page.get_by_role("button", name="Antwoord insturen").click()
    page.wait_for_url(re.compile(r".*#feedback$"))

    # Feedback, the question behind the question, and the interviewer's follow-up.
    _fits(page)
    expect(page.locator("#feedback")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("De vraag achter de vraag"))).to_be_visible()
    expect(page.get_by_text("Kun je daar een voorbeeld van geven?")).to_be_visible()
    follow_up = page.get_by_label("Je antwoord op de vervolgvraag")
    follow_up.first.fill(EXAMPLE)
    page.get_by_role("button", name="Antwoorden", exact=True).click()
    page.wait_for_url(re.compile(r".*#follow-up-1$"))
    _fits(page)
    expect(page.get_by_text("Waarom dit werd gevraagd:").first).to_be_visible()
    screenshot(page, "single-question-feedback")

    # A short summary of the one question.
    page.get_by_role("button", name="Afronden en samenvatting bekijken").click()
    page.wait_for_url(re.compile(r".*/summary/$"))
    _fits(page)
    expect(
        page.get_by_role("heading", level=1, name="Samenvatting van je oefenvraag")
    ).to_be_visible()
    expect(page.get_by_role("heading", level=2, name=WEAKNESS)).to_be_visible()
    expect(page.locator(".exchange")).to_contain_text(EXAMPLE)
    expect(page.get_by_role("button", name="Oefen deze vraag opnieuw")).to_be_visible()
    screenshot(page, "single-question-summary")

    # Found back where past practice lives: the progress page and the bank.
    page.get_by_role("link", name="Bekijk je voortgang").click()
    _fits(page)
    singles = page.locator(
        "section", has=page.get_by_role("heading", name="Losse vragen die je oefende")
    )
    expect(singles.get_by_role("link", name=re.compile(re.escape(WEAKNESS)))).to_be_visible()
    expect(singles).to_contain_text("beantwoord")
    screenshot(page, "single-question-progress")
    page.get_by_role("link", name="Open de vragenbank").first.click()
    _fits(page)
    item = page.locator("#bank-results li").filter(has_text=WEAKNESS)
    expect(item).to_contain_text("Laatst geoefend op")
    item.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "single-question-bank-375.png"))
    item.get_by_role("link", name=re.compile("^Bekijk hoe het ging")).click()
    _fits(page)
    expect(
        page.get_by_role("heading", level=1, name="Samenvatting van je oefenvraag")
    ).to_be_visible()
