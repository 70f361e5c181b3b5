"""An answer read in one language and shown in the other is read again in the language on screen:
no Dutch tips on an English page, nor the other way round. What was asked stays as it was asked."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django.utils.html import escape

from ..models import MockAnswer
from .factories import as_star_question, make_round_two, make_session

pytestmark = pytest.mark.django_db

NO_RESULT = (
    "Vorig jaar werkte ik als teamleider bij een energiebedrijf. Ons team had een achterstand van "
    "vierhonderd klantvragen. Mijn taak was om die binnen een maand weg te werken. Ik heb het werk "
    "opnieuw verdeeld en elke ochtend een korte stand-up gehouden."
)


@pytest.fixture
def answer(alice: Any) -> MockAnswer:
    round = make_round_two(user=alice)
    return as_star_question(make_session(round=round, size=2).answers.order_by("position")[0])


def _tips(answer: MockAnswer) -> list[str]:
    answer.refresh_from_db()
    assert answer.analysis is not None
    return [tip["text"] for tip in answer.analysis["tips"]]


def _switch_to_english(client: Any) -> None:
    """The language switch on every page."""
    client.post(reverse("accounts:language"), {"language": "en", "next": "/"})


@pytest.mark.parametrize("page", ["answer", "summary"])
def test_switching_language_reads_the_answer_again_in_the_new_one(
    alice_client: Any, answer: MockAnswer, page: str
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    dutch = _tips(answer)
    asked = answer.follow_ups
    _switch_to_english(alice_client)
    url = (
        answer.get_absolute_url()
        if page == "answer"
        else reverse("practice:summary", args=[answer.session.pk])
    )
    html = alice_client.get(url).content.decode()
    english = _tips(answer)
    assert answer.analysis is not None and answer.analysis["ui_lang"] == "en"
    assert english and not set(english) & set(dutch)
    assert not any(escape(text) in html for text in dutch)
    assert answer.follow_ups == asked  # the interviewer's questions are not chosen again


def test_an_answer_read_in_the_language_on_screen_is_left_alone(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    answer.refresh_from_db()
    before = answer.analysis
    alice_client.get(answer.get_absolute_url())
    answer.refresh_from_db()
    assert answer.analysis == before


def test_an_earlier_attempt_is_read_again_too(alice_client: Any, answer: MockAnswer) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    alice_client.post(
        answer.get_absolute_url() + "?again=1",
        {"answer_text": NO_RESULT + " Na drie weken was de achterstand weg."},
    )
    _switch_to_english(alice_client)
    alice_client.get(answer.get_absolute_url())
    earlier = answer.earlier_attempts.get()
    assert earlier.analysis is not None and earlier.analysis["ui_lang"] == "en"


def test_another_users_answer_is_not_read_again(
    alice_client: Any, answer: MockAnswer, bob: Any
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    _switch_to_english(alice_client)
    alice_client.force_login(bob)
    assert alice_client.get(answer.get_absolute_url()).status_code == 404
    answer.refresh_from_db()
    assert answer.analysis is not None and answer.analysis["ui_lang"] == "nl"


@pytest.mark.parametrize(
    "spoken",
    [
        {"recording": 1},  # no speaking time
        {"speaking_seconds": "veertig", "pauses": ["lang"]},
        {"speaking_seconds": 40, "pauses": "2.1", "wpm": "snel"},
        ["not", "a", "recording"],
    ],
)
@pytest.mark.parametrize("page", ["answer", "summary"])
def test_a_damaged_recording_in_an_imported_answer_is_left_out(
    alice_client: Any, answer: MockAnswer, spoken: Any, page: str
) -> None:
    """An export file may hold anything under "spoken": the page still opens, in the other
    language too (where the answer is read again), and shows no speaking time it cannot read."""
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    answer.refresh_from_db()
    assert answer.analysis is not None
    answer.analysis = {**answer.analysis, "spoken": spoken}
    answer.save(update_fields=["analysis"])
    _switch_to_english(alice_client)
    url = (
        answer.get_absolute_url()
        if page == "answer"
        else reverse("practice:summary", args=[answer.session.pk])
    )
    response = alice_client.get(url)
    assert response.status_code == 200
    answer.refresh_from_db()
    assert answer.analysis is not None and answer.analysis["ui_lang"] == "en"
