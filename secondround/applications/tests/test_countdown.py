"""The countdown to the next interview reads as a person says it, in Dutch and in English."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from secondround.applications.templatetags.days import countdown, countdown_text
from secondround.testing.factories import make_application, make_interviewer, make_round

HOURS = 60
DAYS = 24 * 60

CASES = [
    (0, "Over minder dan een minuut", "In less than a minute"),
    (1, "Over 1 minuut", "In 1 minute"),
    (25, "Over 25 minuten", "In 25 minutes"),
    (1 * HOURS, "Over 1 uur", "In 1 hour"),
    (1 * HOURS + 1, "Over 1 uur en 1 minuut", "In 1 hour and 1 minute"),
    (12 * HOURS + 32, "Over 12 uur en 32 minuten", "In 12 hours and 32 minutes"),
    (1 * DAYS, "Over 1 dag", "In 1 day"),
    (1 * DAYS + 5 * HOURS + 40, "Over 1 dag en 5 uur", "In 1 day and 5 hours"),
    (3 * DAYS + 7 * HOURS + 12, "Over 3 dagen", "In 3 days"),
    (40 * DAYS, "Over 40 dagen", "In 40 days"),
]


@pytest.mark.parametrize(("minutes", "nl", "en"), CASES)
def test_the_countdown_reads_naturally(minutes: int, nl: str, en: str) -> None:
    with translation.override("nl"):
        assert countdown_text(minutes) == nl
    with translation.override("en"):
        assert countdown_text(minutes) == en


def test_a_moment_just_passed_is_less_than_a_minute_away() -> None:
    with translation.override("en"):
        assert countdown_text(-5) == "In less than a minute"
        assert countdown(timezone.now() - timedelta(seconds=30)) == "In less than a minute"


def test_no_date_shows_no_countdown() -> None:
    assert countdown(None) == ""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "Over 12 uur en 32 minuten"), ("en", "In 12 hours and 32 minutes")],
)
def test_the_dashboard_counts_down_in_the_users_language(
    client, alice, language: str, expected: str
) -> None:
    alice.language = language
    alice.save()
    client.force_login(alice)
    application = make_application(user=alice)
    make_round(
        application=application,
        number=2,
        starts_at=timezone.now() + timedelta(hours=12, minutes=32, seconds=30),
        interviewers=[make_interviewer(application=application)],
    )
    body = client.get(reverse("applications:dashboard")).content.decode()
    assert f'<p class="countdown">{expected}</p>' in body
