"""Dates in the page's language the way people write them: "3 dec. 2026", "wo 2 dec." (Babel),
and the time left until one: "Over 12 uur en 32 minuten"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from django import template
from django.utils import timezone
from django.utils.translation import get_language, gettext, ngettext

from secondround.coach.lang import as_lang
from secondround.coach.pay.formatting import DateStyle, format_date

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
    """{{ when|countdown }} → "Over 12 uur en 32 minuten", "Over 1 dag en 5 uur", "Over 3 dagen"."""
    if value is None or value == "":
        return ""
    return countdown_text(int((value - timezone.now()).total_seconds() // 60))


def countdown_text(minutes: int) -> str:
    """The time left as a person says it: two units close by, one from two days on."""
    parts = _amounts(max(minutes, 0))
    if not parts:
        return gettext("In less than a minute")
    if len(parts) == 1:
        return gettext("In %(when)s") % {"when": parts[0]}
    return gettext("In %(first)s and %(second)s") % {"first": parts[0], "second": parts[1]}


def _amounts(minutes: int) -> list[str]:
    days, hours, rest = minutes // 1440, minutes // 60 % 24, minutes % 60
    units: list[tuple[int, Callable[[int], str]]]
    if days >= 2:
        units = [(days, _days)]
    elif days:
        units = [(days, _days), (hours, _hours)]
    else:
        units = [(hours, _hours), (rest, _minutes)]
    return [say(n) for n, say in units if n]


def _days(n: int) -> str:
    return ngettext("%(n)d day", "%(n)d days", n) % {"n": n}


def _hours(n: int) -> str:
    return ngettext("%(n)d hour", "%(n)d hours", n) % {"n": n}


def _minutes(n: int) -> str:
    return ngettext("%(n)d minute", "%(n)d minutes", n) % {"n": n}
