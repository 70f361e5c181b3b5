"""The pitch (R4): write it, see the speaking time, rehearse it and keep the history."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondround.preparation.forms import RehearsalForm
from secondround.preparation.models import Pitch, Rehearsal
from secondround.testing.factories import make_application

from .factories import make_pitch, make_rehearsal

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def test_alice_writes_a_pitch_for_an_application(alice_client: Any, alice: Any) -> None:
    application = make_application(user=alice)
    response = alice_client.get(reverse("preparation:application_pitch", args=[application.pk]))
    assert response["Location"].endswith(f"?application={application.pk}")
    response = alice_client.post(
        reverse("preparation:pitch_create"),
        {"application": application.pk, "target_seconds": "30", "text": "Ik ben Nina. " * 20},
    )
    pitch = Pitch.objects.get()
    assert response["Location"] == pitch.get_absolute_url()
    assert (pitch.application, pitch.target_seconds, pitch.speaking_seconds) == (
        application,
        30,
        28,
    )  # 60 words at 130 a minute
    again = alice_client.get(reverse("preparation:application_pitch", args=[application.pk]))
    assert again["Location"] == pitch.get_absolute_url()


def test_a_pitch_cannot_use_bobs_application(alice_client: Any, bob: Any) -> None:
    theirs = make_application(user=bob)
    response = alice_client.post(
        reverse("preparation:pitch_create"),
        {"application": theirs.pk, "target_seconds": "60", "text": "Hallo"},
    )
    assert response.status_code == 422 and not Pitch.objects.exists()


def test_the_live_estimate(alice_client: Any) -> None:
    url = reverse("preparation:pitch_analyze")
    page = alice_client.post(url, {"text": "woord " * 130, "target_seconds": "30"}, **HTMX)
    assert "Ongeveer 60 seconden" in page.content.decode()
    assert "30 seconden te lang" in page.content.decode()
    assert "<html" not in page.content.decode()
    for text in ("", "x" * 20_001, "<b>hallo</b>"):
        response = alice_client.post(url, {"text": text, "target_seconds": "999"}, **HTMX)
        assert response.status_code == 200 and "<b>" not in response.content.decode()


def test_a_rehearsal_by_hand_and_the_history(alice_client: Any, alice: Any) -> None:
    pitch = make_pitch(user=alice, target_seconds=60)
    url = reverse("preparation:rehearsal_add", args=[pitch.pk])
    response = alice_client.post(url, {"seconds": "75"})
    assert response.status_code == 302 and Rehearsal.objects.get().seconds == 75
    alice_client.post(url, {"seconds": "52"}, **HTMX)
    page = alice_client.get(pitch.get_absolute_url()).content.decode()
    assert "15 seconden te lang" in page and "past" in page and "(-8 s)" in page
    assert page.count("<rect") == 2 and "doel 60 s" in page


def test_the_timer_post_answers_htmx_with_the_history(alice_client: Any, alice: Any) -> None:
    pitch = make_pitch(user=alice)
    response = alice_client.post(
        reverse("preparation:rehearsal_add", args=[pitch.pk]), {"seconds": "31"}, **HTMX
    )
    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page
    assert 'id="rehearse"' in page and "Oefening bewaard: 31 seconden." in page


@pytest.mark.parametrize(
    "seconds, message",
    [
        ("", "Vul in hoeveel seconden"),
        ("0", "minstens 1 seconde"),
        ("-5", "minstens 1 seconde"),
        ("3601", "meer dan een uur"),
        ("abc", "heel aantal seconden"),
        ("1e9", "heel aantal"),
    ],
)
def test_bad_seconds_get_a_message(
    alice_client: Any, alice: Any, seconds: str, message: str
) -> None:
    pitch = make_pitch(user=alice)
    response = alice_client.post(
        reverse("preparation:rehearsal_add", args=[pitch.pk]), {"seconds": seconds}
    )
    assert response.status_code == 422 and message in response.content.decode()
    assert not Rehearsal.objects.exists()


def test_bad_pitch_text_keeps_what_was_typed(alice_client: Any, alice: Any) -> None:
    pitch = make_pitch(user=alice)
    response = alice_client.post(
        pitch.get_absolute_url(), {"text": "lang " * 1200, "target_seconds": "45"}
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "onder de 5000 tekens" in page and "lang lang lang" in page
    pitch.refresh_from_db()
    assert pitch.target_seconds == 30


def test_bob_gets_404_on_pitch_and_rehearsals(bob_client: Any, alice: Any) -> None:
    application = make_application(user=alice)
    pitch = make_pitch(user=alice, application=application)
    rehearsal = make_rehearsal(pitch=pitch)
    assert bob_client.get(pitch.get_absolute_url()).status_code == 404
    assert (
        bob_client.post(pitch.get_absolute_url(), {"text": "x", "target_seconds": "30"}).status_code
        == 404
    )
    assert (
        bob_client.get(reverse("preparation:application_pitch", args=[application.pk])).status_code
        == 404
    )
    assert (
        bob_client.post(
            reverse("preparation:rehearsal_add", args=[pitch.pk]), {"seconds": "5"}
        ).status_code
        == 404
    )
    assert (
        bob_client.post(reverse("preparation:rehearsal_delete", args=[rehearsal.pk])).status_code
        == 404
    )
    assert bob_client.post(reverse("preparation:pitch_delete", args=[pitch.pk])).status_code == 404
    assert list(Rehearsal.objects.values_list("seconds", flat=True)) == [31]
    assert Pitch.objects.get().text.startswith("Ik ben Nina")


def test_delete_and_wrong_methods(alice_client: Any, alice: Any) -> None:
    pitch = make_pitch(user=alice)
    rehearsal = make_rehearsal(pitch=pitch)
    assert (
        alice_client.get(reverse("preparation:rehearsal_add", args=[pitch.pk])).status_code == 405
    )
    assert (
        alice_client.get(reverse("preparation:rehearsal_delete", args=[rehearsal.pk])).status_code
        == 405
    )
    assert alice_client.get(reverse("preparation:pitch_analyze")).status_code == 405
    alice_client.post(reverse("preparation:rehearsal_delete", args=[rehearsal.pk]))
    assert not Rehearsal.objects.exists()
    alice_client.post(reverse("preparation:pitch_delete", args=[pitch.pk]))
    assert not Pitch.objects.exists()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seconds=st.one_of(st.text(max_size=12), st.integers().map(str)))
def test_the_rehearsal_form_never_breaks(seconds: str) -> None:
    form = RehearsalForm({"seconds": seconds})
    if form.is_valid():
        assert 1 <= form.cleaned_data["seconds"] <= 3600
