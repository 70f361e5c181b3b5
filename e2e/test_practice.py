"""Browser test of the practice part: a full mock interview for round two (HR known from round one,
a new manager), the analysis and the reveal, the summary, progress, a drill, the bank and questions
to ask; one page in English; axe-core on every page."""

from __future__ import annotations

import io
import re
from typing import Any

from PIL import Image, ImageStat
from playwright.sync_api import Page, expect

from e2e.conftest import checked, screenshot, sign_up

GOOD = (
    "Vorig jaar werkte ik als teamleider bij een energiebedrijf. Ons team had een achterstand van "
    "vierhonderd klantvragen. Mijn taak was om die binnen een maand weg te werken. Ik heb het werk "
    "opnieuw verdeeld en elke ochtend een korte stand-up gehouden. Daardoor was de achterstand na "
    "drie weken weg en steeg de klanttevredenheid met tien procent. Ik heb geleerd dat korte lijnen "
    "veel rust geven."
)
WITHOUT_RESULT = (
    "Vorig jaar werkte ik als teamleider bij een energiebedrijf. Ons team had een achterstand van "
    "vierhonderd klantvragen. Mijn taak was om die binnen een maand weg te werken. Ik heb het werk "
    "opnieuw verdeeld en elke ochtend een korte stand-up gehouden."
)
PITCH = (
    "Ik ben Pia en ik werk nu als senior medewerker klantenservice bij een energiebedrijf. Daarvoor "
    "heb ik vijf jaar in een callcenter gewerkt. Ik zoek een rol waarin ik een team mag leiden, en "
    "daarom spreekt deze functie me erg aan."
)


def _round_two(email: str) -> Any:
    """The application the foundation's own browser test builds through its forms; here we set it up
    directly so this test can spend its time on practising."""
    from secondround.accounts.models import User
    from secondround.testing.factories import make_application, make_interviewer, make_round

    user = User.objects.get(email=email)
    application = make_application(
        user=user, company="Stroomlijn Energie", role="Teamleider klantenservice"
    )
    hr = make_interviewer(application=application, name="Sanne Jansen", kind="hr")
    manager = make_interviewer(
        application=application,
        name="Joost Bakker",
        kind="manager",
        role_title="Manager klantenservice",
    )
    make_round(application=application, interviewers=[hr], number=1, status="done")
    return make_round(application=application, interviewers=[hr, manager], number=2)


def _edges(region: Any) -> tuple[float, float]:
    """How light the leftmost and rightmost few pixels of `region` are on screen (255 is white)."""
    image = Image.open(io.BytesIO(region.screenshot())).convert("L")
    width, height = image.size

    def light(left: int) -> float:
        return float(ImageStat.Stat(image.crop((left, 0, left + 3, height))).mean[0])

    return light(0), light(width - 3)


def _table_scrolls_with_a_cue(page: Page, name: str) -> None:
    """At 375 px a wide table scrolls inside its card, never the page; a shadow shows the side with
    more to see, and the scroll region is named and reachable by keyboard."""
    page.set_viewport_size({"width": 375, "height": 800})
    checked(page)
    region = page.get_by_role("region", name=name)
    assert region.evaluate("el => el.scrollWidth > el.clientWidth"), "the table fits at 375 px"
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    left, right = _edges(region)
    assert right < left - 20, (left, right)  # more to the right: a shadow there only
    region.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
    left, right = _edges(region)
    assert left < right - 20, (left, right)  # scrolled to the end: the shadow moved left
    region.focus()
    expect(region).to_be_focused()
    end = region.evaluate("el => el.scrollLeft")
    page.keyboard.press("ArrowLeft")  # the keyboard scrolls it back
    page.wait_for_function("end => document.activeElement.scrollLeft < end", arg=end)
    page.set_viewport_size({"width": 1280, "height": 900})
    left, right = _edges(region)
    assert abs(left - right) < 5, (left, right)  # it fits: no shadow on either side


def test_a_full_practice_interview_for_round_two(site: str, page: Page) -> None:
    sign_up(page, site, email="pia@example.com")
    round = _round_two("pia@example.com")

    # The round page: questions to ask and the start button.
    page.goto(f"{site}{round.get_absolute_url()}")
    checked(page)
    expect(
        page.get_by_role("heading", name=re.compile("Mijn vragen om te stellen"))
    ).to_be_visible()
    page.get_by_role("link", name="Kies vragen om te stellen").click()
    checked(page)
    page.get_by_role("button", name=re.compile(r"^Toevoegen")).first.click()
    items = page.locator("#ask-list li")
    expect(items).to_have_count(1)
    page.get_by_label("Jouw vraag").fill("Wanneer hoor ik of ik door ben?")
    page.get_by_role("button", name="Op mijn lijst zetten").click()
    expect(items).to_have_count(2)
    page.get_by_role("button", name="Vraag 2 omhoog").click()
    expect(items.first).to_contain_text("Wanneer hoor ik of ik door ben?")
    page.reload()
    checked(page)
    expect(page.locator("#ask-list li").first).to_contain_text("Wanneer hoor ik")

    # Start a practice interview of five questions from the session page.
    page.goto(f"{site}/practice/rounds/{round.pk}/mock/")
    checked(page)
    page.get_by_label("Hoe lang wil je oefenen?").select_option("5")
    page.get_by_role("button", name="Begin met oefenen").click()
    checked(page)
    reasons: list[str] = []
    stories = 0
    for number in (1, 2, 3, 4, 5):
        expect(page.get_by_role("heading", name=f"Vraag {number} van 5")).to_be_visible()
        reasons.append(page.locator(".reasons").inner_text())
        # The timer: keyboard operable, counts up, pausable.
        timer = page.get_by_role("button", name="Timer starten")
        timer.focus()
        page.keyboard.press("Enter")
        page.wait_for_timeout(1200)
        page.get_by_role("button", name="Timer pauzeren").click()
        expect(page.locator(".timer-clock")).not_to_have_text("0:00")
        # Answer as the question asks: a STARR story, a pitch, or a view.
        card = page.locator(".mock-question-card").inner_text()
        star = "Geef hier een STARR-voorbeeld." in card
        stories += star
        text = (WITHOUT_RESULT if stories == 1 else GOOD) if star else PITCH
        page.get_by_label("Je antwoord", exact=True).fill(text)
        if number == 1:
            # The draft is saved while typing and survives a reload.
            expect(page.locator("#draft-status")).to_contain_text(
                "Concept opgeslagen", timeout=5000
            )
            page.reload()
            checked(page)
            expect(page.get_by_label("Je antwoord", exact=True)).to_have_value(text)
            screenshot(page, "practice-question")
        page.get_by_role("button", name="Antwoord insturen").click()
        checked(page)
        feedback = page.locator("#feedback")
        expect(
            page.get_by_role("heading", name=re.compile("De vraag achter de vraag"))
        ).to_be_visible()
        box_feedback = feedback.bounding_box()
        box_reveal = page.locator(".reveal").bounding_box()
        assert box_feedback and box_reveal and box_feedback["y"] < box_reveal["y"]
        if star:
            expect(feedback).to_contain_text("STARR-onderdelen")
        else:
            # A pitch or a view is not judged on STARR parts.
            expect(feedback).not_to_contain_text("STARR-onderdelen")
        if star and stories == 1:
            expect(feedback).to_contain_text("✗ Resultaat")
            expect(page.get_by_text("Wat leverde het op?")).to_be_visible()
            page.get_by_label("Je antwoord op de vervolgvraag").first.fill(
                "Na drie weken was de achterstand weg."
            )
            page.get_by_role("button", name="Antwoorden", exact=True).click()
            expect(page.get_by_text("Waarom dit werd gevraagd:").first).to_be_visible()
            checked(page)
        if number < 5:
            page.get_by_role("link", name="Volgende vraag").click()
            checked(page)
    assert stories >= 1, "the mock for round two holds a STARR question"
    assert any("Nieuw gezicht" in r and "Joost" in r for r in reasons), reasons

    page.get_by_role("button", name="Afronden en samenvatting bekijken").click()
    checked(page)
    expect(page.get_by_role("heading", name="Samenvatting van je oefengesprek")).to_be_visible()
    expect(page.get_by_text("5 van 5 beantwoord")).to_be_visible()
    expect(page.get_by_text("Wat leverde het op?").first).to_be_visible()  # the whole exchange
    # The result given in the answer to the follow-up counts, quoted once, where it was said.
    expect(page.get_by_text("Resultaat, in je antwoord op de vervolgvraag:")).to_be_visible()
    expect(page.locator("q", has_text="Na drie weken was de achterstand weg.")).to_have_count(1)
    with_result = page.locator("dt:has-text('Met een resultaat') + dd").inner_text().split()[0]
    assert int(with_result) == stories, "every story has a result, one of them in a follow-up"
    screenshot(page, "practice-summary")
    # The lesson the interviewer asked for next was left open: the summary leads back to it.
    expect(page.get_by_text("Nog niet beantwoord").first).to_be_visible()
    page.get_by_role(
        "link", name=re.compile("Nu beantwoorden.*vervolgvraag bij vraag")
    ).first.click()
    checked(page)
    expect(page.get_by_label("Je antwoord op de vervolgvraag")).to_be_visible()
    page.go_back()

    page.get_by_role("link", name="Bekijk je voortgang").click()
    checked(page)
    expect(page.locator("svg.chart-svg")).to_be_visible()
    expect(page.get_by_role("table").first).to_contain_text(f"{with_result} (")
    _table_scrolls_with_a_cue(page, "Je oefengesprekken, oudste eerst")

    # One drill: the closing (D7).
    page.get_by_role("navigation", name="Oefenen").get_by_role("link", name="Oefeningen").click()
    checked(page)
    page.get_by_role("link", name=re.compile("Heb je zelf nog vragen")).click()
    checked(page)
    page.get_by_label("Hoe zou jij reageren?").fill(
        "Ja, graag. Hoe ziet de rest van de procedure eruit, en wanneer hoor ik iets? "
        "Wanneer zou ik kunnen beginnen? Dank jullie wel allemaal voor het fijne gesprek."
    )
    page.get_by_role("button", name="Bekijk mijn reactie").click()
    expect(page.get_by_role("heading", name=re.compile("Wat de coach opviel"))).to_be_visible()
    page.get_by_role("link", name="Voortgang").click()
    checked(page)
    expect(page.get_by_text("1 poging,")).to_be_visible()
    screenshot(page, "practice-progress")

    # The bank: own question, filter, the question behind the question.
    page.get_by_role("link", name="Vragenbank", exact=True).first.click()
    checked(page)
    page.get_by_role("link", name="Eigen vraag toevoegen").click()
    checked(page)
    page.get_by_label(re.compile(r"^Vraag")).fill("Hoe ga je om met een klant die blijft bellen?")
    page.get_by_label("Wat het echt kan testen").fill("Of je vriendelijk en vastberaden kunt zijn.")
    page.get_by_role("button", name="Vraag opslaan").click()
    checked(page)
    expect(page.get_by_text("Hoe ga je om met een klant die blijft bellen?")).to_be_visible()
    page.get_by_label("Gesprekspartner").select_option("hr")
    expect(page).to_have_url(re.compile("kind=hr"))
    page.locator("#bank-results details summary").first.click()
    expect(page.locator("#bank-results details[open]").first).to_be_visible()
    screenshot(page, "practice-bank")

    # One page in English.
    page.get_by_role("button", name="English").click()
    checked(page)
    expect(page.get_by_role("heading", name="Question bank")).to_be_visible()
    page.goto(f"{site}/practice/")
    checked(page)
    expect(page.get_by_role("heading", name="Practice and progress")).to_be_visible()
