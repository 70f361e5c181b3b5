"""Round one steers round two, in a Dutch browser: two doubts written after round one come back in the
mock (asked by the person who was there), in the plan's "twijfel → mijn bewijs" slots and on the
sheet (HTML and PDF); research on one interviewer; the round moved to tomorrow gets a dated plan."""

from __future__ import annotations

import re
from datetime import date, timedelta

from playwright.sync_api import Page, expect
from pypdf import PdfReader

from e2e.conftest import checked, screenshot, sign_up

DOUBT_ONE = "Of ik genoeg ervaring heb met een team van deze omvang"
DOUBT_TWO = "Of ik de planning van achttien mensen aankan"


def _add_person(page: Page, name: str, kind: str) -> None:
    page.get_by_role("link", name="Persoon toevoegen").click()
    checked(page)
    page.get_by_label("Naam").fill(name)
    page.get_by_label("Soort gesprekspartner").select_option(label=kind)
    page.get_by_role("button", name="Opslaan").click()
    checked(page)


def _round(page: Page, when: date, status: str, people: list[str]) -> None:
    page.get_by_role("link", name="Ronde toevoegen").click()
    checked(page)
    page.get_by_label("Datum en tijd").fill(f"{when}T10:00")
    page.get_by_label("Status").select_option(label=status)
    for name in people:
        page.get_by_label(name).check()
    page.get_by_role("button", name="Ronde opslaan").click()
    checked(page)


def test_round_one_notes_steer_round_two(site: str, page: Page, tmp_path) -> None:
    sign_up(page, site, email="noor@example.com")
    page.get_by_role("link", name="Je eerste sollicitatie toevoegen").click()
    checked(page)
    page.get_by_label("Bedrijf").fill("Stroomlijn Energie")
    page.get_by_label("Functie").fill("Teamleider klantenservice")
    page.get_by_label("Fase").select_option(label="Tweede ronde")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    _add_person(page, "Mark de Wit", "Manager")
    _add_person(page, "Lotte Visser", "Toekomstige collega")

    # Round one with Mark, done, and the notes with two doubts.
    _round(page, date.today() - timedelta(days=8), "Gedaan", ["Mark de Wit"])
    expect(page.get_by_role("heading", name=re.compile("Doel van deze ronde"))).to_be_visible()
    expect(page.get_by_text("De eerste ronde moet een tweede gesprek opleveren")).to_be_visible()
    page.get_by_role("link", name="Aantekeningen na deze ronde schrijven").click()
    checked(page)
    page.get_by_label("Waar ze nog aan kunnen twijfelen of naar kunnen vragen").fill(
        f"{DOUBT_ONE}\n{DOUBT_TWO}"
    )
    page.get_by_role("button", name="Aantekeningen opslaan").click()
    checked(page)

    # Round two, five days ahead, with Mark (known) and Lotte (new).
    page.get_by_role("link", name=re.compile("Teamleider klantenservice")).first.click()
    checked(page)
    _round(page, date.today() + timedelta(days=5), "Gepland", ["Mark de Wit", "Lotte Visser"])
    round_url = page.url
    expect(page.get_by_text("Nog op te zoeken:")).to_be_visible()

    # Research one interviewer from the round page.
    page.locator("#look-up").get_by_role("link", name="Lotte Visser").click()
    checked(page)
    page.get_by_label("Ik heb deze persoon opgezocht").check()
    page.get_by_label("Wat deze persoon belangrijk vindt").fill("Rust en duidelijke roosters.")
    page.get_by_label("Mijn vraag voor deze persoon").fill("Wat maakt een goede dienst?")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    assert page.url == round_url
    expect(page.locator("#look-up").get_by_role("link", name="Mark de Wit")).to_be_visible()
    expect(page.locator("#look-up").get_by_role("link", name="Lotte Visser")).to_have_count(0)
    expect(page.get_by_text("Rust en duidelijke roosters.")).to_be_visible()

    # The mock: the doubts come early, asked by Mark, who was there last time.
    page.get_by_role("button", name="Start een oefengesprek").click()
    checked(page)
    expect(page.get_by_text("Vraag 1 van")).to_be_visible()
    answer_url = page.url
    first_id = int(re.search(r"/answers/(\d+)/", answer_url).group(1))
    for offset, doubt in ((1, "je genoeg ervaring hebt met een team van deze omvang"),
                          (2, "je de planning van achttien mensen aankan")):  # fmt: skip
        page.goto(f"{site}/practice/answers/{first_id + offset}/")
        checked(page)
        expect(page.get_by_text("Mark de Wit vraagt:")).to_be_visible()
        expect(page.get_by_text(f"Vorige keer vroeg ik me af of {doubt}")).to_be_visible()
    screenshot(page, "roundtwo-mock-doubt")

    # The plan: a slot per doubt, asking for a STARR example.
    page.goto(round_url)
    checked(page)
    page.get_by_role("link", name="Open het plan").click()
    checked(page)
    slots = page.locator("#doubts")
    expect(slots.get_by_role("heading", name=f"Twijfel: {DOUBT_ONE}")).to_be_visible()
    expect(slots.get_by_role("heading", name=f"Twijfel: {DOUBT_TWO}")).to_be_visible()
    expect(slots.get_by_text("Nog geen voorbeeld dat hierop antwoordt.")).to_have_count(2)
    expect(page.locator("#days")).to_have_count(0)  # five days: the six steps as they are

    # The sheet, in HTML and as PDF: both doubts, and Lotte's question under her name.
    page.goto(round_url)
    checked(page)
    page.get_by_role("link", name="Spiekbriefje", exact=True).click()
    checked(page)
    for doubt in (DOUBT_ONE, DOUBT_TWO):
        expect(page.get_by_text(f"Twijfel: {doubt} → nog geen voorbeeld")).to_be_visible()
    expect(page.get_by_text("Vraag aan Lotte Visser: Wat maakt een goede dienst?")).to_be_visible()
    screenshot(page, "roundtwo-sheet")
    page.goto(round_url)
    checked(page)
    with page.expect_download() as info:
        page.get_by_role("link", name="Spiekbriefje als pdf").click()
    path = tmp_path / "sheet.pdf"
    info.value.save_as(path)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert f"Twijfel: {DOUBT_ONE}" in text and f"Twijfel: {DOUBT_TWO}" in text
    assert "Vraag aan Lotte Visser" in text

    # Tomorrow: the plan becomes a plan per day.
    page.get_by_role("link", name="Ronde bewerken").click()
    checked(page)
    page.get_by_label("Datum en tijd").fill(f"{date.today() + timedelta(days=1)}T10:00")
    page.get_by_role("button", name="Ronde opslaan").click()
    checked(page)
    page.get_by_role("link", name="Open het plan").click()
    checked(page)
    days = page.locator("#days")
    expect(days.get_by_role("heading", name="Weinig tijd: je plan per dag")).to_be_visible()
    expect(days.get_by_role("heading", name=re.compile("^Vandaag"))).to_be_visible()
    expect(days.get_by_role("heading", name=re.compile("^Op de dag zelf"))).to_be_visible()
    page.set_viewport_size({"width": 375, "height": 800})
    checked(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the plan is {width} px wide at 375 px"
    screenshot(page, "roundtwo-short-notice")
