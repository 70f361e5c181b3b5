"""Numbers, money and dates written the Dutch way (€ 3.650,50, 3 dec. 2026) or the English way.

Babel (CLDR's locale data) does the writing; this module only picks the patterns the product uses:
whole euros unless asked for cents, a minus sign before the euro sign, no trailing zeros in a
percentage, and the Dutch period after an abbreviated month ("dec.", but "mei" is a whole word).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from babel.dates import format_date as babel_date
from babel.dates import get_month_names
from babel.numbers import format_decimal

from ..lang import Lang

LOCALE: dict[Lang, str] = {"nl": "nl_NL", "en": "en_GB"}
DateStyle = Literal["letter", "long", "short", "weekday"]


def _number(value: float | Decimal, lang: Lang, pattern: str) -> str:
    # "-0" is no number a person writes: a value that rounds to zero loses its sign.
    text = format_decimal(value, format=pattern, locale=LOCALE[lang], decimal_quantization=True)
    return text.removeprefix("-") if not text.strip("-0.,") else text


def format_number(value: float | Decimal, lang: Lang, decimals: int = 0) -> str:
    """1234.5 -> "1.234,5" (nl) or "1,234.5" (en)."""
    return _number(value, lang, "#,##0" + ("." + "0" * decimals if decimals else ""))


def format_count(value: float | Decimal, lang: Lang) -> str:
    """Hours or days: one decimal only when needed, "7,5" (nl) / "7.5" (en), "20" not "20,0"."""
    return _number(value, lang, "#,##0.#")


def format_eur(amount: float, lang: Lang, decimals: int = 0) -> str:
    """Money: "€ 3.650" / "€ 3.650,50" in Dutch, "€3,650" in English; "-€ 180" when negative."""
    number = format_number(abs(amount), lang, decimals)
    sign = "-" if amount < 0 and number.strip("0.,") else ""
    return f"{sign}€ {number}" if lang == "nl" else f"{sign}€{number}"


def format_pct(value: float | Decimal, lang: Lang) -> str:
    """8 -> "8%", 8.5 -> "8,5%" (nl) / "8.5%" (en); at most three decimals, no trailing zeros."""
    return _number(value, lang, "#,##0.###") + "%"


def _month_abbreviation(day: date, lang: Lang) -> str:
    short = get_month_names("abbreviated", locale=LOCALE[lang])[day.month].rstrip(".")
    full = get_month_names("wide", locale=LOCALE[lang])[day.month]
    return short if lang == "en" or short == full else f"{short}."


def format_date(day: date, lang: Lang, style: DateStyle = "long") -> str:
    """A date the way each language writes it.

    long: "vrijdag 13 maart 2026" / "Friday 13 March 2026"; letter: "13 maart 2026" / "13 March 2026";
    short: "3 dec. 2026" / "3 Dec 2026"; weekday: "wo 2 dec." / "Wed 2 Dec" (a day in a list).
    """
    locale = LOCALE[lang]
    if style == "long":
        return babel_date(day, "EEEE d MMMM y", locale=locale)
    if style == "letter":
        return babel_date(day, "d MMMM y", locale=locale)
    month = _month_abbreviation(day, lang)
    if style == "short":
        return f"{day.day} {month} {day.year}"
    return f"{babel_date(day, 'EEE', locale=locale).rstrip('.')} {day.day} {month}"
