"""The .ics file: parsed back with icalendar; times and reminders right across a DST change."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from secondround.interviewday import ics
from secondround.testing.factories import make_application, make_interviewer, make_round

from .factories import make_decision

AMS = ZoneInfo("Europe/Amsterdam")


def calendar_for(client: Any, round: Any) -> Calendar:
    response = client.get(reverse("interviewday:calendar", args=[round.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert 'filename="' in response["Content-Disposition"]
    return Calendar.from_ical(response.content)


def a_round(user: Any, starts_at: datetime, **extra: Any) -> Any:
    application = make_application(user=user, company="Stroomlijn Energie")
    people = [
        make_interviewer(application=application, name="Sanne Jansen", kind="hr"),
        make_interviewer(
            application=application,
            name="Joost Bakker",
            kind="manager",
            role_title="Manager klantcontact",
        ),
    ]
    return make_round(
        application=application,
        interviewers=people,
        starts_at=starts_at,
        duration_minutes=60,
        **extra,
    )


def events(calendar: Calendar) -> list[Any]:
    return [c for c in calendar.walk("VEVENT")]


def alarm_moments(event: Any) -> list[datetime]:
    start = event.decoded("dtstart")
    return sorted(start + alarm.decoded("trigger") for alarm in event.walk("VALARM"))


def test_the_day_after_dst_ends(alice_client: Any, alice: Any) -> None:
    round = a_round(
        alice, datetime(2026, 10, 26, 9, 0, tzinfo=AMS), location="Utrechtseweg 12, Amersfoort"
    )
    calendar = calendar_for(alice_client, round)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    interview = events(calendar)[0]
    assert interview["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    start = interview.decoded("dtstart")
    assert start.utcoffset() == timedelta(hours=1)
    assert start.astimezone(AMS).hour == 9
    assert interview.decoded("dtend") - start == timedelta(hours=1)
    assert str(interview["LOCATION"]) == "Utrechtseweg 12, Amersfoort"
    assert "Sanne Jansen" in str(interview["DESCRIPTION"]) and "Joost Bakker" in str(
        interview["DESCRIPTION"]
    )
    evening, hour_before = alarm_moments(interview)
    assert evening.astimezone(AMS).replace(tzinfo=None) == datetime(2026, 10, 25, 20, 0)
    assert evening.astimezone(AMS).utcoffset() == timedelta(hours=1)
    assert hour_before.astimezone(AMS).replace(tzinfo=None) == datetime(2026, 10, 26, 8, 0)
    assert {str(a["ACTION"]) for a in interview.walk("VALARM")} == {"DISPLAY"}


def test_summer_time_before_the_change(alice_client: Any, alice: Any) -> None:
    round = a_round(alice, datetime(2026, 10, 23, 14, 30, tzinfo=AMS))
    interview = events(calendar_for(alice_client, round))[0]
    assert interview.decoded("dtstart").utcoffset() == timedelta(hours=2)
    evening, _ = alarm_moments(interview)
    assert evening.astimezone(AMS).replace(tzinfo=None) == datetime(2026, 10, 22, 20, 0)


def test_evening_alarm_on_the_night_the_clocks_go_back() -> None:
    # 24 Oct 20:00 is summer time (+02:00), 25 Oct 09:00 winter time (+01:00): 14 real hours apart,
    # though the wall clocks differ by 13.
    start = datetime(2026, 10, 25, 9, 0, tzinfo=AMS)
    assert ics.evening_before_trigger(start) == -timedelta(hours=14)
    spring = datetime(2026, 3, 29, 9, 0, tzinfo=AMS)  # clocks go forward that night
    assert ics.evening_before_trigger(spring) == -timedelta(hours=12)


def test_follow_up_is_an_all_day_event(alice_client: Any, alice: Any) -> None:
    round = a_round(alice, datetime(2026, 10, 26, 9, 0, tzinfo=AMS))
    make_decision(
        round=round,
        earliest=date(2026, 11, 9),
        latest=date(2026, 11, 9),
        follow_up_on=date(2026, 11, 10),
        source="said_date",
    )
    interview, follow_up = events(calendar_for(alice_client, round))
    assert follow_up.decoded("dtstart") == date(2026, 11, 10)
    assert follow_up.decoded("dtend") == date(2026, 11, 11)
    assert "Stroomlijn Energie" in str(follow_up["SUMMARY"])


def test_without_a_decision_the_default_window_gives_the_follow_up(
    alice_client: Any, alice: Any
) -> None:
    round = a_round(alice, datetime(2026, 10, 26, 9, 0, tzinfo=AMS))
    _interview, follow_up = events(calendar_for(alice_client, round))
    # six weeks after 26 Oct is 7 Dec (a Monday); two working days later
    assert follow_up.decoded("dtstart") == date(2026, 12, 9)


def test_video_link_is_the_location_when_there_is_no_place(alice_client: Any, alice: Any) -> None:
    round = a_round(
        alice,
        datetime(2026, 6, 1, 10, 0, tzinfo=AMS),
        format="video",
        video_link="https://meet.example.org/abc",
    )
    interview = events(calendar_for(alice_client, round))[0]
    assert str(interview["LOCATION"]) == "https://meet.example.org/abc"
    assert "https://meet.example.org/abc" in str(interview["DESCRIPTION"])


def test_a_round_without_a_date_gives_an_empty_calendar(alice_client: Any, alice: Any) -> None:
    round = a_round(alice, None)  # type: ignore[arg-type]  # no start time, on purpose
    assert events(calendar_for(alice_client, round)) == []


@pytest.mark.parametrize("lang,word", [("nl", "Sollicitatiegesprek"), ("en", "Interview")])
def test_the_calendar_speaks_the_users_language(
    client: Any, alice: Any, lang: str, word: str
) -> None:
    alice.language = lang
    alice.save()
    client.force_login(alice)
    round = a_round(alice, datetime(2026, 10, 26, 9, 0, tzinfo=AMS))
    assert str(events(calendar_for(client, round))[0]["SUMMARY"]).startswith(word)
