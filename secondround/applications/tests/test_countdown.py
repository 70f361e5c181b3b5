"""The countdown to the next interview reads as a nervous candidate wants it, in Dutch and in
English: today or tomorrow with the time, later in calendar days (Europe/Amsterdam), the same count
as the plan's "Nog 2 dagen tot ronde 2.", and never in minutes, which a cached page gets wrong."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from secondround.applications.templatetags.days import countdown, countdown_text
from secondround.testing.factories import make_application, make_interviewer, make_round

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 20, 15, 44, tzinfo=AMSTERDAM)

CASES = [
    # (now, time until the interview, nl, en)
    (NOW, timedelta(minutes=20), "Vandaag om 16:04", "Today at 16:04"),
    (NOW, timedelta(hours=5), "Vandaag om 20:44", "Today at 20:44"),
    (NOW, timedelta(hours=24), "Morgen om 15:44", "Tomorrow at 15:44"),
    (NOW.replace(hour=3, minute=16), timedelta(hours=24), "Morgen om 03:16", "Tomorrow at 03:16"),
    (NOW.replace(hour=23, minute=30), timedelta(hours=1), "Morgen om 00:30", "Tomorrow at 00:30"),
    (NOW, timedelta(hours=47), "Over 2 dagen", "In 2 days"),  # day after tomorrow, 14:44
    (NOW.replace(hour=1), timedelta(hours=47), "Over 2 dagen", "In 2 days"),  # at midnight
    (NOW.replace(hour=23), timedelta(hours=26), "Over 2 dagen", "In 2 days"),
    (NOW, timedelta(days=3, hours=7), "Over 3 dagen", "In 3 days"),
    (NOW, timedelta(days=40), "Over 40 dagen", "In 40 days"),
    # The clocks go forward on 29 March 2026: tomorrow at noon is 23 hours away.
    (datetime(2026, 3, 28, 12, 0, tzinfo=AMSTERDAM), timedelta(hours=23), "Morgen om 12:00",
     "Tomorrow at 12:00"),
]  # fmt: skip


@pytest.mark.parametrize(("now", "ahead", "nl", "en"), CASES)
def test_the_countdown_names_the_day_and_time(now, ahead, nl, en) -> None:
    now = now.astimezone(UTC)  # real time passes in UTC; Python adds to a local time by the clock
    with translation.override("nl"):
        assert countdown_text(now + ahead, now=now) == nl
    with translation.override("en"):
        assert countdown_text(now + ahead, now=now) == en


def test_a_moment_just_passed_is_still_today() -> None:
    with translation.override("en"):
        assert countdown_text(NOW - timedelta(minutes=5), now=NOW) == "Today at 15:39"


def test_no_date_shows_no_countdown() -> None:
    assert countdown(None) == ""


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("ahead", [timedelta(minutes=30), timedelta(hours=24), timedelta(hours=47)])
def test_the_dashboard_countdown_agrees_with_the_days_left(client, alice, language, ahead) -> None:
    """At 47 hours no more "Over 1 dag en 22 uur" above "Nog 2 dagen tot ronde 2."."""
    alice.language = language
    alice.save()
    client.force_login(alice)
    application = make_application(user=alice)
    starts_at = timezone.now() + ahead
    make_round(
        application=application,
        number=2,
        starts_at=starts_at,
        interviewers=[make_interviewer(application=application)],
    )
    body = client.get(reverse("applications:dashboard")).content.decode()
    shown = re.search(r'<p class="countdown">([^<]*)</p>', body)
    assert shown is not None
    local = timezone.localtime(starts_at)
    days = (local.date() - timezone.localdate()).days
    at = local.strftime("%H:%M")
    expected = {
        "nl": {0: f"Vandaag om {at}", 1: f"Morgen om {at}"}.get(days, f"Over {days} dagen"),
        "en": {0: f"Today at {at}", 1: f"Tomorrow at {at}"}.get(days, f"In {days} days"),
    }[language]
    assert shown.group(1) == expected
    assert not re.search(r"minu|uur\b|hour", shown.group(1))
    if days >= 2:
        plan = {"nl": f"Nog {days} dagen tot ronde 2.", "en": f"{days} days left until round 2."}
        assert plan[language] in body
