"""A Dutch job seeker reads the employer's range from the vacancy, gets an offer below it, sees the
salary lines on the sheet, sends a counter-offer and records the answer as a new version."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from e2e.conftest import checked, screenshot, sign_up
from e2e.test_interviewday import download, look_at_pdf, pdf_text

VACANCY = """Beleidsadviseur Wonen (36 uur)
Je bent een teamspeler en communicatief sterk. Je beheert een budget van € 2 miljoen.
Wat bieden wij?
• Salaris: € 3.600 – € 4.500 bruto per maand o.b.v. 36 uur (schaal 10).
• Een Individueel Keuzebudget (IKB) van 16,37%.
Vragen? Bel Sanne op 06-12345678."""


def _application(page: Page) -> None:
    page.get_by_role("link", name="Je eerste sollicitatie toevoegen").click()
    checked(page)
    page.get_by_label("Functie").fill("Beleidsadviseur Wonen")
    page.get_by_label("Bedrijf").fill("Provincie Utrecht")
    page.get_by_label("Fase").select_option(label="Tweede ronde")
    page.get_by_label("Vacaturetekst").fill(VACANCY)
    page.get_by_role("button", name="Opslaan").click()
    checked(page)


def _offer_below_their_range(page: Page) -> None:
    page.get_by_role("link", name="Aanbod toevoegen").click()
    checked(page)
    page.get_by_label("Naam", exact=True).fill("Provincie")
    page.get_by_label("Brutosalaris per maand").fill("3.400")
    page.get_by_label("Uren per week").fill("36")
    page.get_by_label("Vakantiegeld (%)").fill("0")
    page.get_by_label("Individueel keuzebudget").fill("16,37")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    expect(page.get_by_text("Het aanbod is opgeslagen.")).to_be_visible()
    expect(
        page.get_by_text("Dit aanbod ligt € 200 per maand onder hun eigen bandbreedte")
    ).to_be_visible()
    expect(page.get_by_role("rowheader", name="Individueel keuzebudget (IKB)")).to_be_visible()
    expect(
        page.get_by_role("rowheader", name="Totale waarde zonder onzekere delen")
    ).to_be_visible()


def _sheet_of_round_two(page: Page, site: str) -> None:
    page.get_by_role("link", name="Ronde toevoegen").click()
    checked(page)
    page.get_by_label("Rondenummer").fill("2")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    expect(page.get_by_role("heading", name="De woorden voor de salarisvragen")).to_be_visible()
    page.get_by_text("Ze doen een aanbod aan tafel").click()
    expect(page.get_by_text("Wanneer wil je mijn antwoord hebben?")).to_be_visible()
    screenshot(page, "salary-round-words")
    page.get_by_role("link", name="Spiekbriefje", exact=True).click()
    checked(page)
    expect(page.get_by_role("heading", name="Salaris in het gesprek")).to_be_visible()
    expect(page.get_by_text("Aanbod aan tafel? Bedank, vraag het per mail")).to_be_visible()
    pdf = download(page, "Download als pdf (één pagina)")
    pages, text = pdf_text(pdf.path())
    assert pages == 1
    assert "Salaris in het gesprek" in text and "Wat verdien je nu?" in text
    look_at_pdf(pdf.path(), "salary-sheet-pdf")


def test_a_dutch_job_seeker_follows_the_salary_from_vacancy_to_new_offer(
    site: str, page: Page
) -> None:
    sign_up(page, site, email="fatima@example.com")
    _application(page)
    # Their range, read from the vacancy, with the sentence it came from.
    panel = page.locator("#h-offers").locator("xpath=..")
    expect(panel.get_by_text("€ 3.600 tot € 4.500 per maand")).to_be_visible()
    expect(panel.get_by_text("IKB 16,37%")).to_be_visible()
    expect(panel.get_by_text("o.b.v. 36 uur (schaal 10)")).to_be_visible()
    expect(panel.get_by_text("budget van € 2 miljoen")).to_have_count(0)
    application_url = page.url
    page.get_by_role("link", name="Mijn huidige baan invullen").click()
    checked(page)
    page.get_by_label("Brutosalaris per maand").fill("3.500")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    _offer_below_their_range(page)

    page.goto(application_url)
    checked(page)
    _sheet_of_round_two(page, site)

    # The counter-offer, then their answer as a new version of the offer.
    page.goto(application_url)
    checked(page)
    page.locator("#h-offers").locator("xpath=..").get_by_role("link", name="Provincie").click()
    checked(page)
    page.get_by_role("link", name="Tegenvoorstel vastleggen").click()
    checked(page)
    page.get_by_label("Antwoord verwacht uiterlijk").fill("2099-03-10")
    page.get_by_label("Brutosalaris per maand").fill("3.900")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    expect(page.get_by_text("Je tegenvoorstel is opgeslagen.")).to_be_visible()
    expect(page.get_by_text("verwacht uiterlijk 10 maart 2099")).to_be_visible()
    page.goto(site + "/")
    checked(page)
    expect(page.get_by_text("verwacht uiterlijk 10 maart")).to_be_visible()

    page.go_back()
    checked(page)
    page.get_by_role("link", name="Hun antwoord vastleggen").click()
    checked(page)
    expect(page.get_by_text("Je vroeg € 3.900.")).to_be_visible()
    page.get_by_label("Ze gingen deels akkoord").check()
    page.get_by_label("Brutosalaris per maand").fill("3.700")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    expect(page.get_by_text("Dit is versie 2 van het aanbod.")).to_be_visible()
    expect(page.get_by_text(re.compile("€ 3.400 → €\\s3.700"))).to_be_visible()

    page.get_by_role("link", name="Pakketten vergelijken").click()
    checked(page)
    expect(
        page.get_by_role("heading", name="Wat er veranderde na je tegenvoorstel")
    ).to_be_visible()
    expect(page.locator(".changes").get_by_text(re.compile("€ 3.400 →"))).to_be_visible()
    expect(page.locator(".offer-card").get_by_role("heading", name="Provincie")).to_be_visible()
    screenshot(page, "salary-compare")
    page.set_viewport_size({"width": 375, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    checked(page)
    expect(page.locator(".offer-card").first).to_be_visible()
    expect(page.get_by_text("Toon de hele tabel")).to_be_visible()
    page.set_viewport_size({"width": 1280, "height": 900})
