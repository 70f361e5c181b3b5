"""Dates in the page's language the way people write them: "3 dec. 2026", "wo 2 dec." (Babel)."""

from __future__ import annotations

from datetime import date, datetime

from django import template
from django.utils import timezone
from django.utils.translation import get_language

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
