"""A new user's path through the foundation, in a real browser, with axe-core on every page."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from playwright.sync_api import Page, expect

from e2e.conftest import checked, screenshot, sign_up


def test_a_new_user_plans_round_two_and_reads_the_panel(site: str, page: Page, tmp_path) -> None:
    sign_up(page, site)
    expect(page.get_by_role("heading", name="Je sollicitaties")).to_be_visible()
    expect(page.get_by_text("Nog geen sollicitaties")).to_be_visible()
    screenshot(page, "dashboard-empty")

    # Switch to English and back: the choice sticks.
    page.get_by_role("button", name="English").click()
    checked(page)
    expect(page.get_by_role("heading", name="Your applications")).to_be_visible()
    page.get_by_role("button", name="Nederlands").click()
    checked(page)
    expect(page.get_by_role("heading", name="Je sollicitaties")).to_be_visible()

    # A bad application keeps what was typed.
    page.get_by_role("link", name="Je eerste sollicitatie toevoegen").click()
    checked(page)
    page.get_by_label("Functie").fill("Teamleider klantenservice")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    expect(page.get_by_text("Kijk de gemarkeerde velden hieronder na")).to_be_visible()
    expect(page.get_by_label("Functie")).to_have_value("Teamleider klantenservice")
    page.get_by_label("Bedrijf").fill("Stroomlijn Energie")
    page.get_by_label("Fase").select_option(label="Eerste ronde")
    page.get_by_label("Vacaturetekst").fill("Je bent klantgericht en stressbestendig.")
    page.get_by_role("button", name="Opslaan").click()
    checked(page)
    expect(
        page.get_by_role("heading", name=re.compile("Teamleider klantenservice"))
    ).to_be_visible()
    screenshot(page, "application")

    # Own goal (htmx partial, no reload).
    page.get_by_label("Mijn doel voor de volgende stap").fill("Een tweede gesprek krijgen")
    page.get_by_role("button", name="Mijn doel opslaan").click()
    expect(page.locator("#goal").get_by_text("Opgeslagen.")).to_be_visible()

    # Two people at the table.
    for name, kind in [("Sanne Jansen", "HR of recruiter"), ("Joost Bakker", "Manager")]:
        page.get_by_role("link", name="Persoon toevoegen").click()
        checked(page)
        page.get_by_label("Naam").fill(name)
        page.get_by_label("Soort gesprekspartner").select_option(label=kind)
        page.get_by_role("button", name="Opslaan").click()
        checked(page)
        expect(page.get_by_text(f"{name} is toegevoegd.")).to_be_visible()

    # Round one with Sanne, done; then notes.
    page.get_by_role("link", name="Ronde toevoegen").click()
    checked(page)
    page.get_by_label("Datum en tijd").fill(f"{date.today() - timedelta(days=20)}T10:00")
    page.get_by_label("Status").select_option(label="Gedaan")
    page.get_by_label("Sanne Jansen").check()
    page.get_by_role("button", name="Ronde opslaan").click()
    checked(page)
    expect(page.get_by_text("Dit is de eerste ronde")).to_be_visible()
    page.get_by_role("link", name="Aantekeningen na deze ronde schrijven").click()
    checked(page)
    page.get_by_label("Over de functie").fill("Het team groeit naar achttien mensen.")
    page.get_by_label("Onderwerpen om op terug te komen").fill("Inwerkperiode\nPlanning")
    page.get_by_role("button", name="Aantekeningen opslaan").click()
    checked(page)

    # Round two with Sanne (known) and Joost (new): the panel is explained.
    page.get_by_role("link", name=re.compile("Teamleider klantenservice")).first.click()
    checked(page)
    page.get_by_role("link", name="Ronde toevoegen").click()
    checked(page)
    expect(page.get_by_label("Rondenummer")).to_have_value("2")
    # Always a few days ahead: the dashboard shows the next interview only while it lies ahead.
    page.get_by_label("Datum en tijd").fill(f"{date.today() + timedelta(days=5)}T14:00")
    page.get_by_label("Sanne Jansen").check()
    page.get_by_label("Joost Bakker").check()
    page.get_by_role("button", name="Ronde opslaan").click()
    checked(page)
    expect(page.get_by_text("Nieuw aan tafel: Joost Bakker")).to_be_visible()
    expect(page.get_by_text("Bekend van de vorige keer: Sanne Jansen")).to_be_visible()
    expect(page.get_by_text("Manager (Joost Bakker)")).to_be_visible()
    expect(page.get_by_text("Het team groeit naar achttien mensen.")).to_be_visible()
    screenshot(page, "round-two")

    # Export, then import into a fresh account: the same data comes back.
    page.get_by_role("link", name="Instellingen").click()
    checked(page)
    with page.expect_download() as info:
        page.get_by_role("link", name="Mijn gegevens downloaden").click()
    path = tmp_path / "export.json"
    info.value.save_as(path)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert len(exported["data"]["applications.round"]) == 2
    page.get_by_role("button", name="Uitloggen").click()
    checked(page)
    sign_up(page, site, email="tweede@example.com")
    page.get_by_role("link", name="Instellingen").click()
    checked(page)
    page.get_by_label("Exportbestand (.json)").set_input_files(str(path))
    page.get_by_role("button", name="Bestand importeren").click()
    checked(page)
    expect(page.get_by_text(re.compile("Import klaar"))).to_be_visible()
    expect(
        page.get_by_role("link", name=re.compile("Teamleider klantenservice")).first
    ).to_be_visible()
    expect(page.get_by_text("Volgend gesprek")).to_be_visible()
    screenshot(page, "dashboard")
