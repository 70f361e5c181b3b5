"""Dates in the page's language the way people write them: "3 dec. 2026", "wo 2 dec." (Babel),
and the time left until one: "Morgen om 09:00"."""

from __future__ import annotations

from datetime import date, datetime

from django import template
from django.utils import timezone
from django.utils.dateformat import time_format
from django.utils.translation import get_language, gettext, ngettext

from secondround.coach.lang import as_lang
from secondround.coach.pay.formatting import DateStyle, format_date
from secondround.coach.plan import days_left

register = template.Library()


@register.filter
def day(value: date | datetime | None, style: DateStyle = "short") -> str:
    """{{ when|day }} → "3 dec. 2026"; {{ when|day:"weekday" }} → "wo 2 dec."; local time for a moment."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return format_date(value, as_lang(get_language()), style)


@register.filter
def countdown(value: datetime | None) -> str:
    """{{ when|countdown }} → "Vandaag om 15:30", "Morgen om 09:00", "Over 3 dagen"."""
    if value is None or value == "":
        return ""
    return countdown_text(value, now=timezone.now())


def countdown_text(when: datetime, *, now: datetime) -> str:
    """The time left as a nervous candidate wants it: today or tomorrow with the time, later in
    days. Days are calendar days in the local time zone, counted as the plan counts them
    (`days_left`), so "Over 2 dagen" sits above "Nog 2 dagen tot ronde 2.". Never minutes or hours
    left: the dashboard is cached for minutes on end, per day, so this stays right while it is."""
    local = timezone.localtime(when)
    days = days_left(local.date(), timezone.localtime(now).date()) or 0
    at = {"time": time_format(local, "H:i")}
    if days <= 0:
        return gettext("Today at %(time)s") % at
    if days == 1:
        return gettext("Tomorrow at %(time)s") % at
    return gettext("In %(when)s") % {"when": _days(days)}


def _days(n: int) -> str:
    return ngettext("%(n)d day", "%(n)d days", n) % {"n": n}
