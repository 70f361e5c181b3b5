"""Interview day and after, in a real browser: the one-page sheet (HTML and PDF), the calendar file,
the reflection, the expected news on the dashboard and recording an offer. Dutch, then English."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from e2e.conftest import SCREENSHOTS, checked, screenshot
from secondround.interviewday.tests.factories import EXAMPLES, PITCH, QUESTIONS, filled_sources

PASSWORD = "demo-secret-42-lang"


def log_in_demo(page: Page, site: str, *, email: str, language: str = "nl") -> None:
    from secondround.demo import demo_create

    demo_create(email=email, password=PASSWORD, language=language)
    page.goto(f"{site}/accounts/login/")
    checked(page)
    page.get_by_label(re.compile("E-mail")).fill(email)
    page.get_by_label(re.compile("Wachtwoord|Password")).fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Inloggen|Log in")).click()
    page.wait_for_url(f"{site}/")
    checked(page)


def interview_held(page: Page, *, edit: str, when: str, save: str) -> None:
    """The demo's round two lies ahead, and a round cannot be done before it starts: move it to
    yesterday, as a candidate would whose interview was moved forward."""
    page.get_by_role("link", name=edit).click()
    checked(page)
    page.get_by_label(when).fill(f"{date.today() - timedelta(days=1)}T10:00")
    page.get_by_role("button", name=save).click()
    checked(page)


def open_round_two(page: Page) -> None:
    """Through the dashboard's "next interview" card, as a person would."""
    page.get_by_role("link", name=re.compile(r"Stroomlijn Energie, (ronde|round) 2$")).first.click()
    checked(page)


def pdf_text(path: str) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def look_at_pdf(path: str, name: str) -> None:
    """Render the PDF to PNG (60 dpi) next to the screenshots, to look at by eye."""
    SCREENSHOTS.mkdir(exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", path, str(SCREENSHOTS / name)], check=True
    )


def download(page: Page, link_name: str) -> Any:
    with page.expect_download() as info:
        page.get_by_role("link", name=link_name).first.click()
    return info.value


def test_interview_day_in_dutch(site: str, page: Page) -> None:
    log_in_demo(page, site, email="noor@example.com")
    with filled_sources(pitch=PITCH, examples=EXAMPLES[:4], questions=QUESTIONS[:5], salary=None):
        open_round_two(page)
        card = page.get_by_role("region", name="De dag van het gesprek")
        expect(card.get_by_role("link", name="Presentatie")).to_be_visible()
        expect(card.get_by_text("Voorbereiding: 2 van 6 klaar")).to_be_visible()

        # The one-page sheet on screen, then as a PDF of one page.
        page.get_by_role("link", name="Spiekbriefje", exact=True).click()
        checked(page)
        expect(page.get_by_role("heading", name=re.compile("Ronde 2: Teamleider"))).to_be_visible()
        expect(page.get_by_text("Joost Bakker").first).to_be_visible()
        expect(page.get_by_text("NIEUW", exact=True).first).to_be_visible()
        screenshot(page, "interviewday-sheet")
        pdf = download(page, "Download als pdf (één pagina)")
        assert pdf.suggested_filename.endswith(".pdf")
        pages, text = pdf_text(pdf.path())
        assert pages == 1
        for needed in (
            "Sanne Jansen",
            "Joost Bakker",
            "Vraag 1: hoe ziet",
            "Vraag 5: hoe ziet",
            "Presentatie",
            "Aan tafel",
        ):
            assert needed in text, needed
        look_at_pdf(pdf.path(), "interviewday-sheet-pdf")

        # The salary switch is off by default and saves without a reload.
        switch = page.get_by_label("mijn salarisbedragen op het spiekbriefje zetten")
        expect(switch).not_to_be_checked()

        # The calendar file.
        ics = download(page, "In mijn agenda zetten (.ics)")
        calendar = Calendar.from_ical(Path(ics.path()).read_bytes())
        interview = calendar.walk("VEVENT")[0]
        assert "Stroomlijn Energie" in str(interview["SUMMARY"])
        assert len(interview.walk("VALARM")) == 2

    # After the talk: mark it done, reflect, say when news comes.
    page.get_by_role("link", name="Terug naar de ronde").first.click()
    checked(page)
    interview_held(page, edit="Ronde bewerken", when="Datum en tijd", save="Ronde opslaan")
    page.get_by_role("button", name="Deze ronde op gedaan zetten").click()
    checked(page)
    expect(page.get_by_role("heading", name="Terugblik op ronde 2")).to_be_visible()
    page.get_by_label("Hoe ging het?").fill("Goed, Joost was nieuwsgierig naar mijn plan.")
    page.get_by_label("Wat ging goed?").fill("Mijn presentatie over de eerste 90 dagen")
    page.get_by_label("Wat kan beter?").fill("Iets langzamer praten.")
    screenshot(page, "interviewday-reflection")
    page.get_by_role("button", name="Terugblik opslaan").click()
    checked(page)
    expect(page.get_by_role("heading", name="Wanneer hoor ik iets?")).to_be_visible()
    page.get_by_label("Ze zeiden: binnen zoveel weken").fill("-2")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    expect(page.get_by_text("Vul een aantal weken in van 1 tot en met 26")).to_be_visible()
    page.get_by_label("Ze zeiden: binnen zoveel weken").fill("2")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    expect(page.get_by_text(re.compile("Nieuws verwacht op"))).to_be_visible()

    # The thank-you mail, copied with one click.
    page.get_by_role("link", name="Bedankmail").click()
    checked(page)
    body = page.get_by_label("Tekst van de e-mail")
    expect(body).to_have_value(re.compile("^Beste Joost, Lotte en Sanne,"))  # first names only
    expect(body).to_have_value(re.compile("eerste 90 dagen"))
    page.get_by_role("button", name="Tekst kopiëren").click()
    expect(page.locator("#body-status")).to_have_text("Gekopieerd")

    # The dashboard waits for news; then the offer comes in.
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Overzicht").click()
    checked(page)
    waiting = page.get_by_role("region", name=re.compile("Wachten op nieuws"))
    expect(
        waiting.get_by_role("link", name=re.compile("Stroomlijn Energie, ronde 2"))
    ).to_be_visible()
    waiting.get_by_role("link", name=re.compile("Stroomlijn Energie, ronde 2")).click()
    checked(page)
    page.get_by_role("link", name="Het nieuws vastleggen").click()
    checked(page)
    page.get_by_label("Aanbod").check()
    page.get_by_role("button", name="Nieuws opslaan").click()
    checked(page)
    expect(page.get_by_text("Gefeliciteerd met het aanbod!")).to_be_visible()
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Overzicht").click()
    checked(page)
    expect(page.get_by_role("region", name=re.compile("Wachten op nieuws"))).to_have_count(0)
    expect(page.get_by_role("heading", name=re.compile(r"^Aanbod"))).to_be_visible()


def test_interview_day_in_english(site: str, page: Page) -> None:
    log_in_demo(page, site, email="sam@example.com")
    page.get_by_role("button", name="English").click()
    checked(page)
    open_round_two(page)
    page.get_by_role("link", name="One-page sheet").click()
    checked(page)
    expect(page.get_by_role("heading", name="At the table")).to_be_visible()
    pdf = download(page, "Download as PDF (one page)")
    pages, text = pdf_text(pdf.path())
    assert pages == 1 and "At the table" in text and "Joost Bakker" in text
    look_at_pdf(pdf.path(), "interviewday-sheet-pdf-en")
    page.get_by_role("link", name="Back to the round").first.click()
    checked(page)
    page.get_by_role("link", name="Add an assignment or assessment").click()
    checked(page)
    page.get_by_label("Kind of assignment").select_option(label="Assessment")
    page.get_by_label("Kind of assessment").select_option(label="Role play")
    page.get_by_role("button", name="Save").click()
    checked(page)
    expect(page.get_by_role("heading", name="Assessment: Role play")).to_be_visible()
    page.get_by_role("checkbox").first.check()
    expect(page.get_by_text(re.compile(r"^1 of \d+ done"))).to_be_visible()
    page.reload()
    checked(page)
    expect(page.get_by_role("checkbox").first).to_be_checked()
    page.get_by_role("link", name="Back to the round").click()
    checked(page)
    interview_held(page, edit="Edit round", when="Date and time", save="Save round")
    page.get_by_role("button", name="Mark this round as done").click()
    checked(page)
    expect(page.get_by_role("heading", name="Looking back on round 2")).to_be_visible()
    page.get_by_label("What went well?").fill("The role play with the angry customer")
    page.get_by_role("button", name="Save my reflection").click()
    checked(page)
    page.get_by_role("button", name="Save").click()  # nothing said: the default window
    checked(page)
    expect(page.get_by_text("Based on the usual three to six weeks.")).to_be_visible()
    screenshot(page, "interviewday-round-after-en")
