"""Browser test of speaking an answer: Chromium hears a Dutch answer spoken by espeak-ng through
its fake microphone, the page records it, plays it back, measures speaking time and pauses, and
has it transcribed by a fake OpenAI-compatible server; the candidate checks the transcript, sees
the analysis and a follow-up question, answers it, and reads the whole exchange in the summary.
Also: a refused microphone gets a clear message. axe-core on every page; 375 px wide too."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from e2e.conftest import CHROMIUM, CHROMIUM_ARGS, checked, screenshot, sign_up
from secondround.testing.fake_openai import FakeOpenAI

SPOKEN = (
    "Vorig jaar werkte ik als teamleider bij een energiebedrijf. Ons team had een achterstand. "
    "Mijn taak was om die weg te werken. Ik heb het werk opnieuw verdeeld."
)
# What the fake transcription server "hears": the spoken answer, without a result.
TRANSCRIPT = SPOKEN


@pytest.fixture(scope="module")
def spoken_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wav = tmp_path_factory.mktemp("speech") / "answer.wav"
    subprocess.run(["espeak-ng", "-v", "nl", "-s", "150", "-w", str(wav), SPOKEN], check=True)
    return wav


@pytest.fixture
def speaking_page(browser_type: Any, spoken_wav: Path) -> Iterator[Page]:
    """A Chromium whose microphone 'hears' the WAV (permission granted by the fake UI)."""
    fake_media = [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={spoken_wav}",
    ]
    browser = browser_type.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS + fake_media)
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
    browser.close()


def _mock_question(email: str, fake_url: str) -> Any:
    """Round two with a mock interview whose first question asks for a STARR example, and
    transcription turned on against the fake server."""
    from secondround.accounts.models import User
    from secondround.practice.tests.factories import as_star_question, make_round_two, make_session
    from secondround.talk.services import engine_settings

    user = User.objects.get(email=email)
    engines = engine_settings(user)
    engines.transcription_on, engines.transcription_url = True, fake_url
    engines.transcription_model = "whisper-1"
    engines.save()
    session = make_session(round=make_round_two(user=user), size=2)
    return as_star_question(session.answers.order_by("position")[0])


def test_speak_an_answer_transcribe_it_and_answer_the_follow_up(
    site: str, speaking_page: Page
) -> None:
    page = speaking_page
    with FakeOpenAI(transcript=TRANSCRIPT) as fake:
        sign_up(page, site, email="saar@example.com")
        answer = _mock_question("saar@example.com", fake.url)
        page.goto(f"{site}{answer.get_absolute_url()}")
        checked(page)

        page.get_by_role("button", name="Neem je antwoord op").click()
        stop = page.get_by_role("button", name="Stop de opname")
        expect(stop).to_be_visible()
        page.wait_for_timeout(9000)  # about the length of the spoken answer
        stop.click()
        status = page.locator("[data-recorder-status]").first
        expect(status).to_contain_text("De tekst van je opname staat in het antwoordveld")
        expect(page.get_by_label("Je antwoord", exact=True)).to_have_value(TRANSCRIPT)
        expect(page.locator("[data-recorder-result]").first).to_contain_text(
            re.compile(r"Je sprak \d")
        )
        expect(page.locator("[data-recorder-playback]").first).to_be_visible()
        sent = [r for r in fake.requests if r.path == "/v1/audio/transcriptions"]
        assert len(sent) == 1 and len(sent[0].body) > 5_000  # real audio went to the fake server
        checked(page)

        page.get_by_role("button", name="Antwoord insturen").click()
        expect(page.get_by_text("Wat leverde het op?")).to_be_visible()
        expect(page.get_by_text("Gemeten uit je opname")).to_be_visible()
        checked(page)
        screenshot(page, "speaking-follow-up")

        page.get_by_label("Je antwoord op de vervolgvraag").fill(
            "Na drie weken was de achterstand weg."
        )
        page.get_by_role("button", name="Antwoorden", exact=True).click()
        expect(page.get_by_text("Waarom dit werd gevraagd:").first).to_be_visible()
        expect(page.locator("[data-heard]")).to_contain_text("Nu noem je wat het opleverde.")
        checked(page)

        page.get_by_role("link", name="Samenvatting tot nu toe").click()
        expect(page.get_by_role("heading", name="Het gesprek").first).to_be_visible()
        expect(page.locator("dd", has_text="Na drie weken was de achterstand weg.")).to_be_visible()
        expect(page.get_by_text("Nu noem je wat het opleverde.")).to_be_visible()
        checked(page)
        page.set_viewport_size({"width": 375, "height": 800})
        checked(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"the summary is {width} px wide at 375 px"

        page.goto(f"{site}{answer.get_absolute_url()}")
        checked(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"the question page is {width} px wide at 375 px"

        page.goto(f"{site}/talk/recordings/")
        expect(page.get_by_text(TRANSCRIPT)).to_be_visible()
        checked(page)


def test_a_refused_microphone_gets_a_clear_message(site: str, page: Page) -> None:
    page.add_init_script(
        "navigator.mediaDevices.getUserMedia = () =>"
        " Promise.reject(new DOMException('refused', 'NotAllowedError'));"
    )
    with FakeOpenAI() as fake:
        sign_up(page, site, email="ruud@example.com")
        answer = _mock_question("ruud@example.com", fake.url)
        page.goto(f"{site}{answer.get_absolute_url()}")
        checked(page)
        page.get_by_role("button", name="Neem je antwoord op").click()
        expect(page.locator("[data-recorder-status]").first).to_contain_text(
            "Je hebt de microfoon niet toegestaan"
        )
        expect(page.get_by_label("Je antwoord", exact=True)).to_be_editable()
        assert fake.requests == []
        checked(page)


def test_turn_on_the_ai_interviewer_after_reading_what_is_sent(site: str, page: Page) -> None:
    with FakeOpenAI() as fake:
        sign_up(page, site, email="ali@example.com")
        page.get_by_role("link", name="Instellingen").first.click()
        checked(page)
        page.get_by_role("link", name="Instellingen voor spreken").click()
        checked(page)
        page.get_by_label("De AI-interviewer gebruiken").check()
        page.get_by_label("Chatserver").fill(fake.url)
        page.get_by_label("Chatmodel").fill("llama3.1")
        page.get_by_label("Sleutel voor de chat").fill("sk-e2e-secret-4321")
        page.get_by_role("button", name="Instellingen opslaan").click()
        expect(page.get_by_role("heading", name="Voordat de AI-interviewer begint")).to_be_visible()
        expect(page.get_by_text(fake.host).first).to_be_visible()
        checked(page)
        page.get_by_label("Ja, stuur dit").check()
        page.get_by_role("button", name="Bevestigen").click()
        expect(page.get_by_text("De AI-interviewer staat aan.")).to_be_visible()
        expect(page.get_by_text("…4321")).to_be_visible()
        assert "sk-e2e-secret-4321" not in page.content()
        checked(page)
        _headings_read_in_full(page)
        page.set_viewport_size({"width": 375, "height": 800})
        checked(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        _headings_read_in_full(page)
        assert fake.requests == []  # agreeing sends nothing by itself


def _headings_read_in_full(page: Page) -> None:
    """The section headings of the speaking settings, whole and not clipped by their box."""
    for name in ("Spraak naar tekst", "AI-interviewer", "Sleutels"):
        heading = page.get_by_role("heading", name=name, exact=True)
        expect(heading).to_have_text(name)
        fits = heading.evaluate("h => h.scrollWidth <= h.clientWidth")
        box = heading.bounding_box()
        assert fits and box is not None and box["x"] + box["width"] <= page.viewport_size["width"]
