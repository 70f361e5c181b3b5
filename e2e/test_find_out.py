"""What you still want to find out after round one, as a person uses it in a Dutch browser: a research
line typed under the topics moves to its own field with a message; the plan of round two lists the
points in step 1, one becomes a question to ask and one is ticked off; the mock never asks them; the
sheet shows what is still open. Then the plan once in English."""

from __future__ import annotations

import re
from typing import Any

from playwright.sync_api import Page, expect

from e2e.conftest import checked, screenshot, sign_up

NPS = "uitzoeken hoe hun NPS wordt gemeten"
CAO = "Opzoeken wat de cao zegt over thuiswerken"
REPORT = "Jaarverslag lezen"


def _rounds(email: str) -> tuple[Any, Any]:
    from secondround.accounts.models import User
    from secondround.testing.factories import make_application, make_interviewer, make_round

    application = make_application(user=User.objects.get(email=email), company="Stroomlijn")
    sanne = make_interviewer(application=application, name="Sanne Jansen")
    one = make_round(application=application, number=1, status="done", interviewers=[sanne])
    two = make_round(application=application, number=2, interviewers=[sanne])
    return one, two


def test_points_to_find_out_steer_round_two_but_never_the_mock(site: str, page: Page) -> None:
    sign_up(page, site)
    one, two = _rounds("nina@example.com")

    # The notes after round one: a research line typed under the topics moves to its own place.
    page.goto(f"{site}{one.get_absolute_url()}")
    checked(page)
    page.get_by_role("link", name="Aantekeningen na deze ronde schrijven").click()
    checked(page)
    expect(page.get_by_text("Wat in het gesprek terug kan komen")).to_be_visible()
    page.get_by_label("Onderwerpen om op terug te komen").fill(f"Inwerkperiode\n{NPS}")
    page.get_by_label("Wat ik nog wil uitzoeken").fill(f"{CAO}\n{REPORT}")
    page.get_by_role("button", name="Aantekeningen opslaan").click()
    checked(page)
    expect(page.get_by_text("1 regel bij ‘Onderwerpen om op terug te komen’")).to_be_visible()
    notes = page.get_by_role("definition").filter(has_text=CAO)
    expect(notes.get_by_role("listitem")).to_have_text([CAO, REPORT, NPS])

    # The plan of round two, step 1: one point becomes a question, one is ticked off.
    page.goto(f"{site}/prepare/rounds/{two.pk}/plan/")
    checked(page)
    step = page.locator("#step-revisit_preparation")
    expect(
        step.get_by_role("heading", name="Wat je na ronde 1 nog wilde uitzoeken")
    ).to_be_visible()
    step.get_by_role(
        "button", name=re.compile("^Zet bij mijn vragen om te stellen.*Hoe hun NPS wordt gemeten")
    ).click()
    checked(page)
    question = "Mag ik vragen hoe jullie NPS wordt gemeten?"  # the third point: a third opening
    expect(page.get_by_text("Toegevoegd aan je vragen om te stellen.")).to_be_visible()
    expect(step.get_by_text(f"Je vraag: {question}")).to_be_visible()
    step.get_by_role("button", name=re.compile(f"^Heb ik uitgezocht.*{REPORT}")).click()
    checked(page)
    expect(step.get_by_role("listitem").filter(has_text=REPORT)).to_contain_text("✓ uitgezocht")
    screenshot(page, "find-out-plan")

    # The question stands on the one list of questions to ask, where it can be reworded.
    page.goto(f"{site}/practice/rounds/{two.pk}/questions/")
    checked(page)
    expect(page.get_by_text(question)).to_be_visible()

    # The mock asks the topic, never a point to find out.
    page.goto(f"{site}/practice/rounds/{two.pk}/mock/")
    checked(page)
    page.get_by_role("button", name="Begin met oefenen").click()
    checked(page)
    first = int(re.search(r"/answers/(\d+)/", page.url).group(1))
    texts = []
    for offset in range(4):
        page.goto(f"{site}/practice/answers/{first + offset}/")
        checked(page)
        texts.append(page.locator("main").inner_text())
    assert any("inwerkperiode" in text for text in texts)
    assert not any(word in text for text in texts for word in ("NPS", "cao", "Jaarverslag"))

    # The sheet: the question among the questions, the open point as still to check.
    page.goto(f"{site}/day/rounds/{two.pk}/sheet/")
    checked(page)
    questions = page.locator("section", has=page.locator("#sheet-questions"))
    expect(questions).to_contain_text(question)
    expect(questions).to_contain_text(f"Nog uitzoeken: {CAO}")
    expect(page.get_by_text(REPORT)).to_have_count(0)

    # The plan in English.
    page.goto(f"{site}/prepare/rounds/{two.pk}/plan/")
    page.get_by_role("button", name="English").click()
    checked(page)
    step = page.locator("#step-revisit_preparation")
    expect(
        step.get_by_role("heading", name="What you still wanted to find out after round 1")
    ).to_be_visible()
    expect(step.get_by_role("button", name=re.compile(f"^Found out.*{CAO}"))).to_be_visible()
    expect(
        step.get_by_role("button", name=re.compile(f"^Mark as still open.*{REPORT}"))
    ).to_be_visible()
