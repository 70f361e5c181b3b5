"""Replies to an offer (METHOD S2) and the money and date formats they use."""

from __future__ import annotations

from datetime import date

import pytest

from secondround.coach.lang import LANGS, Lang
from secondround.coach.pay import (
    draft_replies,
    format_count,
    format_date,
    format_eur,
    format_number,
    format_pct,
)
from secondround.coach.pay.drafts import next_working_day


@pytest.mark.parametrize(
    ("amount", "lang", "decimals", "expected"),
    [
        (4250, "nl", 0, "€ 4.250"),
        (4250, "en", 0, "€4,250"),
        (1234567.891, "nl", 2, "€ 1.234.567,89"),
        (1234567.891, "en", 2, "€1,234,567.89"),
        (-180, "nl", 0, "-€ 180"),
        (-180, "en", 0, "-€180"),
        (0.4, "nl", 0, "€ 0"),
        (3650, "nl", 0, "€ 3.650"),
        (3650.5, "nl", 2, "€ 3.650,50"),
        (3650.5, "en", 2, "€3,650.50"),
        (-0.4, "en", 0, "€0"),
    ],
)
def test_format_eur(amount: float, lang: Lang, decimals: int, expected: str) -> None:
    assert format_eur(amount, lang, decimals) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [(8, "nl", "8%"), (8.5, "nl", "8,5%"), (8.5, "en", "8.5%"), (6.337, "en", "6.337%")],
)
def test_format_pct(value: float, lang: Lang, expected: str) -> None:
    assert format_pct(value, lang) == expected


def test_format_number_groups_thousands_per_language() -> None:
    assert format_number(1832, "nl") == "1.832"
    assert format_number(1832, "en") == "1,832"
    assert [format_count(x, "nl") for x in (20, 7.5, 1000)] == ["20", "7,5", "1.000"]
    assert [format_count(x, "en") for x in (20, 7.5, 1000)] == ["20", "7.5", "1,000"]


@pytest.mark.parametrize(
    ("lang", "expected"), [("nl", "vrijdag 13 maart 2026"), ("en", "Friday 13 March 2026")]
)
def test_format_date(lang: Lang, expected: str) -> None:
    assert format_date(date(2026, 3, 13), lang, "long") == expected


@pytest.mark.parametrize(
    ("day", "lang", "style", "expected"),
    [
        (date(2026, 12, 3), "nl", "short", "3 dec. 2026"),
        (date(2026, 5, 3), "nl", "short", "3 mei 2026"),  # "mei" is a whole word: no period
        (date(2026, 12, 3), "en", "short", "3 Dec 2026"),
        (date(2026, 12, 2), "nl", "weekday", "wo 2 dec."),
        (date(2026, 12, 2), "en", "weekday", "Wed 2 Dec"),
        (date(2026, 3, 3), "nl", "letter", "3 maart 2026"),
        (date(2026, 12, 31), "en", "letter", "31 December 2026"),
    ],
)
def test_dates_are_written_the_way_each_language_writes_them(day, lang, style, expected) -> None:
    assert format_date(day, lang, style) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_drafts_contain_the_names_and_the_numbers(lang: Lang) -> None:
    drafts = draft_replies(
        company="Bakker Logistiek",
        role="planner",
        contact_name="Sanne de Vries",
        offer_monthly=4250,
        target_monthly=4600,
        think_until=date(2026, 3, 13),
        lang=lang,
    )
    assert set(drafts) == {"accept", "time", "counter", "decline"}
    for text in drafts.values():
        assert text.startswith(("Beste Sanne,", "Dear Sanne,")) and "Bakker Logistiek" in text
        assert "planner" in text and text.endswith(("groet,\n[je naam]", "regards,\n[your name]"))
        assert "{" not in text
    money = {"nl": ("€ 4.250", "€ 4.600", "€ 350"), "en": ("€4,250", "€4,600", "€350")}[lang]
    assert all(m in drafts["counter"] for m in money)
    assert format_date(date(2026, 3, 13), lang) in drafts["time"]
    thanks = {"nl": "Hartelijk dank", "en": "Thank you"}[lang]
    assert all(thanks in text for text in drafts.values())


@pytest.mark.parametrize("lang", LANGS)
def test_without_a_gap_the_counter_draft_asks_about_other_terms(lang: Lang) -> None:
    drafts = draft_replies(
        company="X", role="Y", contact_name="", offer_monthly=4700, target_monthly=4600,
        think_until=None, lang=lang, today=date(2026, 3, 2),
    )  # fmt: skip
    words = {"nl": ("pensioen", "Goedendag,"), "en": ("pension", "Hello,")}[lang]
    assert all(w in drafts["counter"] for w in words)
    assert format_date(date(2026, 3, 9), lang) in drafts["time"]  # a week later, a Monday


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 13), date(2026, 3, 13)),  # Friday stays
        (date(2026, 3, 14), date(2026, 3, 16)),  # Saturday -> Monday
        (date(2026, 3, 15), date(2026, 3, 16)),  # Sunday -> Monday
        (date(2026, 4, 6), date(2026, 4, 7)),  # Easter Monday -> Tuesday
        (date(2026, 12, 25), date(2026, 12, 28)),  # Christmas, then the weekend -> Monday
    ],
)
def test_a_deadline_never_falls_in_the_weekend_or_on_a_holiday(day: date, expected: date) -> None:
    assert next_working_day(day) == expected


@pytest.mark.parametrize(
    ("address", "lang", "words", "not_words"),
    [
        ("u", "nl", ("waardering voor u", "wens u veel succes"), ("jou", " je ")),
        ("je", "nl", ("waardering voor jou", "wens je veel succes"), (" u ",)),
        ("je", "en", ("decided not to accept", "every success"), ()),
    ],
)
def test_the_decline_is_polite_and_follows_je_or_u(address, lang, words, not_words) -> None:
    drafts = draft_replies(
        company="Stroomlijn", role="teamleider", contact_name="Sanne", offer_monthly=3900,
        target_monthly=4200, think_until=None, lang=lang, today=date(2026, 3, 2), address=address,
    )  # fmt: skip
    decline = drafts["decline"]
    assert decline.startswith(("Beste Sanne", "Dear Sanne")) and "Stroomlijn" in decline
    assert all(w in decline for w in words)
    assert not any(w in decline for w in not_words)
    assert {"nl": "Hartelijk dank", "en": "Thank you"}[lang] in decline
