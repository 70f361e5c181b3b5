"""A calendar file (.ics) for a round: the interview with two reminders, and the follow-up day (A2)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event, Timezone

from secondround.applications.selectors import Round

TZID = "Europe/Amsterdam"
ZONE = ZoneInfo(TZID)
EVENING = time(20, 0)
PRODID = "-//Second Round//Tweede Ronde//NL"


def evening_before_trigger(start: datetime) -> timedelta:
    """How long before `start` it is 20:00 local time the evening before, in real (UTC) time: across a
    daylight-saving change the wall clocks differ by an hour from the elapsed time."""
    local = start.astimezone(ZONE)
    evening = datetime.combine(local.date() - timedelta(days=1), EVENING, tzinfo=ZONE)
    return evening.astimezone(UTC) - local.astimezone(UTC)


def _alarm(trigger: timedelta, text: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", trigger)
    return alarm


def _panel_text(round: Round) -> str:
    lines = []
    for person in round.interviewers.all():
        details = ", ".join(
            part for part in (person.role_title, str(person.get_kind_display())) if part
        )
        lines.append(f"- {person.name} ({details})")
    return "\n".join(lines)


def _interview(round: Round, *, now: datetime) -> Event:
    assert round.starts_at is not None
    application = round.application
    start = round.starts_at.astimezone(ZONE)
    event = Event()
    event.add("uid", f"round-{round.pk}@secondround.local")
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=round.duration_minutes))
    event.add(
        "summary",
        _("Interview round %(number)s: %(role)s — %(company)s")
        % {"number": round.number, "role": application.role, "company": application.company},
    )
    if round.location or round.video_link:
        event.add("location", round.location or round.video_link)
    if round.video_link:
        event.add("url", round.video_link)
    description = [_("At the table:"), _panel_text(round) or _("nobody added yet")]
    if round.video_link:
        description += ["", _("Video link:") + " " + round.video_link]
    event.add("description", "\n".join(description))
    event.add_component(
        _alarm(
            evening_before_trigger(start),
            _("Tomorrow: your interview. Read your one-page sheet once more."),
        )
    )
    event.add_component(_alarm(-timedelta(hours=1), _("In one hour: your interview.")))
    return event


def _follow_up(round: Round, follow_up_on: date, *, now: datetime) -> Event:
    application = round.application
    event = Event()
    event.add("uid", f"follow-up-{round.pk}@secondround.local")
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", follow_up_on)
    event.add("dtend", follow_up_on + timedelta(days=1))
    event.add(
        "summary", _("No news yet? Follow up with %(company)s") % {"company": application.company}
    )
    event.add(
        "description",
        _(
            "If you have not heard anything about round %(number)s, send a polite "
            "follow-up e-mail. Second Round has a draft ready."
        )
        % {"number": round.number},
    )
    event.add("transp", "TRANSPARENT")
    return event


def round_calendar(round: Round, *, follow_up_on: date | None, now: datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if round.starts_at is not None:
        year = round.starts_at.year
        calendar.add_component(
            Timezone.from_tzid(
                TZID, first_date=date(year - 1, 1, 1), last_date=date(year + 2, 1, 1)
            )
        )
        calendar.add_component(_interview(round, now=now))
    if follow_up_on is not None:
        calendar.add_component(_follow_up(round, follow_up_on, now=now))
    return bytes(calendar.to_ical())
