"""Dates written out in words, as in a letter, in Dutch or English."""

from __future__ import annotations

from datetime import date

from .lang import Lang, load


def format_date(day: date, lang: Lang, *, weekday: bool = False) -> str:
    """ "3 maart 2025" / "3 March 2025"; with the weekday: "maandag 3 maart 2025"."""
    names = load("calendar.json")[lang]
    text = f"{day.day} {names['months'][day.month - 1]} {day.year}"
    return f"{names['weekdays'][day.weekday()]} {text}" if weekday else text
