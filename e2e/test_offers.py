"""A Dutch job seeker enters their current job and an offer, compares them and picks an answer."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from e2e.conftest import checked, screenshot, sign_up


def _new_application(page: Page) -> None:
    page.get_by_role("link", name="Je eerste sollicitatie toevoegen").click()
    checked(page)
    page.get_by_label("Functie").fill("Teamleider klantenservice")
    page.get_by_label("Bedrijf").fill("Stroomlijn Energie")
    page.get_by_label("Fase").select_option(label="Tweede ronde")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)


def _current_job(page: Page) -> None:
    page.get_by_role("link", name="Mijn huidige baan invullen").click()
    checked(page)
    expect(page.get_by_role("group", name="Pensioen")).to_be_visible()
    expect(page.get_by_text("Standaard: 8% (het wettelijke minimum).")).to_be_visible()
    page.get_by_label("Brutosalaris per maand").fill("4.200")
    page.get_by_label("Vakantiedagen per jaar").fill("22")
    page.get_by_label("Pensioen, werkgever betaalt").fill("10")
    page.get_by_label("Pensioen, jij betaalt").fill("5")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    expect(page.get_by_text("Je huidige baan is opgeslagen.")).to_be_visible()


def _offer(page: Page) -> None:
    page.get_by_role("link", name="Aanbod toevoegen").click()
    checked(page)
    page.get_by_label("Naam", exact=True).fill("Stroomlijn")
    page.get_by_label("Brutosalaris per maand").fill("3900")
    page.get_by_label("Uren per week").fill("200")
    page.get_by_label("Vakantiedagen per jaar").fill("30")
    page.get_by_label("Pensioen, werkgever betaalt").fill("10")
    page.get_by_label("Pensioen, jij betaalt").fill("5")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    # An impossible week: a clear message, and what was typed is still there.
    expect(page.get_by_text("De wet staat hoogstens 60 uur in één week toe")).to_be_visible()
    expect(page.get_by_label("Uren per week")).to_have_value("200")
    expect(page.get_by_label("Vakantiedagen per jaar")).to_have_value("30")
    screenshot(page, "offers-form-errors")
    page.get_by_label("Uren per week").fill("40")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    expect(page.get_by_text("Het aanbod is opgeslagen.")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("Aanbod: Stroomlijn"))).to_be_visible()


def test_a_dutch_job_seeker_compares_an_offer_and_answers(site: str, page: Page) -> None:
    sign_up(page, site)
    _new_application(page)
    _current_job(page)
    _offer(page)

    page.get_by_role("link", name="Pakketten vergelijken").click()
    checked(page)
    card = page.locator(".offer-card").first
    expect(card.get_by_role("heading", name="Stroomlijn")).to_be_visible()
    expect(card.get_by_text("▼ slechter").first).to_be_visible()
    page.get_by_text("Toon de hele tabel").click()  # the full table is one tap away
    table = page.locator("table.compare").first
    expect(table.get_by_role("columnheader", name=re.compile("Mijn huidige baan"))).to_be_visible()
    expect(
        table.get_by_role("rowheader", name="Netto per gewone maand (schatting)")
    ).to_be_visible()
    expect(table.get_by_text("▼ slechter").first).to_be_visible()
    expect(table.get_by_text("▲ beter").first).to_be_visible()
    expect(page.get_by_text(re.compile("8 vakantiedagen minder"))).to_be_visible()
    expect(
        page.get_by_role("img", name=re.compile("Waarde per jaar van elk pakket"))
    ).to_be_visible()
    screenshot(page, "offers-compare")
    # The 375 px layout: only the table scrolls, never the page.
    page.set_viewport_size({"width": 375, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_label("Belastingjaar").select_option("2025")
    expect(page.get_by_text("Berekend met de belastingregels van 2025.")).to_be_visible()
    checked(page)

    # The three answers, from the application page.
    page.get_by_role("link", name=re.compile("Teamleider klantenservice")).first.click()
    checked(page)
    page.locator("#h-offers").locator("xpath=..").get_by_role("link", name="Stroomlijn").click()
    checked(page)
    page.get_by_role("link", name="Antwoorden op dit aanbod").click()
    checked(page)
    expect(page.get_by_label("Concept: Een tegenvoorstel doen")).to_contain_text("€ 3.900")
    expect(page.get_by_label("Concept: Om bedenktijd vragen")).to_contain_text("Stroomlijn Energie")
    page.get_by_role("button", name="Kopiëren Om bedenktijd vragen").click()
    expect(page.locator("#copied-time")).to_have_text("Gekopieerd")
    screenshot(page, "offers-replies")
    page.get_by_label("Bedenktijd gevraagd").check()
    page.get_by_role("button", name="Mijn antwoord opslaan").click()
    expect(page.locator("#decision").get_by_text(re.compile("Opgeslagen"))).to_be_visible()

    # The same page in English: the drafts follow the language.
    page.get_by_role("button", name="English").click()
    checked(page)
    expect(page.get_by_role("heading", name=re.compile("Answers to an offer"))).to_be_visible()
    expect(page.get_by_label("Draft: Ask for time to think")).to_contain_text(
        "Thank you very much for the offer"
    )


def test_the_comparison_in_english(site: str, page: Page) -> None:
    sign_up(page, site, email="sam@example.com")
    page.get_by_role("button", name="English").click()
    checked(page)
    page.get_by_role("link", name=re.compile("first application", re.I)).click()
    checked(page)
    page.get_by_label("Role").fill("Data analyst")
    page.get_by_label("Company").fill("Acme")
    page.get_by_role("button", name="Save").click()
    checked(page)
    page.get_by_role("link", name="Enter my current job").click()
    checked(page)
    page.get_by_label("Gross salary per month").fill("3,650")
    page.get_by_role("button", name="Save").click()
    checked(page)
    page.get_by_role("link", name="Add an offer").click()
    checked(page)
    page.get_by_label("Gross salary per month").fill("4100")
    page.get_by_label("Hours per week").fill("36")
    page.get_by_role("button", name="Save").click()
    checked(page)
    page.get_by_role("link", name="Compare packages").click()
    checked(page)
    expect(page.get_by_role("heading", name=re.compile("Compare packages"))).to_be_visible()
    page.get_by_text("Show the whole table").click()
    expect(page.locator("table.compare").first.get_by_text("▲ better").first).to_be_visible()
    expect(page.get_by_text("€3,650").first).to_be_visible()
    screenshot(page, "offers-compare-en")
