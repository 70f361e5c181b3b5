"""Preparing round two as a person would: examples with the STARR parts marked, the matrix, the
plan, the pitch timer by keyboard; in Dutch, and one page in English."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import expect

from e2e.conftest import checked, screenshot, sign_up

NO_RESULT = (
    "Vorig jaar kwam er bij mijn vorige werkgever een nieuwe collega in het team die moeite had "
    "met boze klanten. Mijn taak was om hem in te werken. Ik heb elke week een gesprek met hem "
    "gevoerd en samen gesprekken teruggeluisterd."
)
COMPLETE = (
    "Bij mijn vorige werkgever viel een collega plotseling uit. Mijn taak was om haar diensten "
    "op te vangen. Ik heb mijn planning omgegooid en twee avonden extra gewerkt. Daardoor "
    "hoefden 40 klanten niet te wachten. Ik leerde dat ik eerder om hulp kan vragen."
)


def _application(email: str) -> Any:
    from secondround.accounts.models import User
    from secondround.testing.factories import make_application, make_debrief, make_round

    user = User.objects.get(email=email)
    application = make_application(
        user=user,
        company="Stroomlijn Energie",
        role="Teamleider klantenservice",
        vacancy_text="Je bent klantgericht en flexibel.",
    )
    one = make_round(application=application, number=1, status="done")
    make_debrief(round=one)
    make_round(application=application, number=2)
    return application


def test_a_dutch_user_prepares_round_two(site: str, page: Any) -> None:
    sign_up(page, site)
    application = _application("nina@example.com")

    # An example with the result missing: the parts are marked while typing.
    page.get_by_role("link", name="Voorbeelden").click()
    checked(page)
    page.get_by_role("link", name="Nieuw voorbeeld").click()
    checked(page)
    page.get_by_label("Titel").fill("Nieuwe collega inwerken")
    page.get_by_label("Je voorbeeld").fill(NO_RESULT)
    reading = page.locator("#reading")
    expect(reading.locator("mark", has_text="Situatie:")).to_be_visible()
    expect(reading.get_by_text("Resultaat", exact=True).first).to_be_visible()
    expect(reading).to_contain_text("ontbreekt")
    page.get_by_label("Klantgerichtheid").check()
    checked(page)
    screenshot(page, "preparation-example-form")
    page.get_by_role("button", name="Voorbeeld bewaren").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nieuwe collega inwerken")
    checked(page)

    # The matrix shows the gap; writing an example from there closes it.
    page.goto(f"{site}{application.get_absolute_url()}")
    checked(page)
    # Without a result the example is no evidence yet (an action and a result are needed).
    expect(page.get_by_text("0 van 2 competenties onderbouwd met een voorbeeld")).to_be_visible()
    page.get_by_role("link", name="Competenties en voorbeelden").click()
    checked(page)
    gap = "Je noemt dit, maar je hebt er nog geen voorbeeld van."
    expect(page.get_by_text(gap)).to_have_count(1)
    expect(page.get_by_text(re.compile("Bewering zonder bewijs: geen van deze"))).to_be_visible()
    screenshot(page, "preparation-matrix")
    page.get_by_role(
        "link", name=re.compile("Schrijf hier een voorbeeld voor.*Flexibiliteit")
    ).click()
    checked(page)
    expect(page.get_by_label("Flexibiliteit")).to_be_checked()
    page.get_by_label("Titel").fill("Invallen voor een collega")
    page.get_by_label("Je voorbeeld").fill(COMPLETE)
    page.get_by_role("button", name="Voorbeeld bewaren").click()
    expect(page).to_have_url(re.compile(r"/competencies/"))
    checked(page)
    expect(page.get_by_text(gap)).to_have_count(0)

    # The plan of round two: ticking a step moves the progress.
    page.goto(f"{site}{application.get_absolute_url()}")
    checked(page)
    page.get_by_role("link", name="Plan voor ronde 2").click()
    checked(page)
    expect(page.get_by_text("0 van 6 stappen klaar (0%)").first).to_be_visible()
    page.get_by_role(
        "button", name=re.compile("Afvinken.*Je aantekeningen van ronde 1 teruglezen")
    ).click()
    checked(page)
    expect(page.get_by_text("1 van 6 stappen klaar (17%)").first).to_be_visible()
    screenshot(page, "preparation-plan")

    # The pitch: start and stop the timer with the keyboard alone.
    page.goto(f"{site}{application.get_absolute_url()}")
    checked(page)
    page.get_by_role("link", name="Schrijf je pitch").click()
    checked(page)
    page.get_by_label("Je pitch").fill("Ik ben Nina. Ik help klanten snel en vriendelijk verder.")
    page.get_by_label("30 seconden").check()
    expect(page.locator("#pitch-reading")).to_contain_text("Ongeveer")
    page.get_by_role("button", name="Pitch bewaren").click()
    checked(page)
    page.get_by_role("button", name="Start").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#timer-status")).to_contain_text("De timer loopt")
    page.wait_for_timeout(1300)
    expect(page.get_by_role("button", name="Stop")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#rehearse tbody tr")).to_have_count(1)
    expect(page.locator("#rehearse")).to_contain_text("Oefening bewaard")
    checked(page)
    screenshot(page, "preparation-pitch")

    # The same page in English.
    page.get_by_role("button", name="English").click()
    checked(page)
    expect(page.get_by_role("heading", name=re.compile("^Your pitch"))).to_be_visible()
    expect(page.get_by_role("heading", name="Rehearse out loud")).to_be_visible()
    page.get_by_role("link", name="Examples", exact=True).click()
    checked(page)
    expect(page.get_by_role("heading", name="Your examples")).to_be_visible()
