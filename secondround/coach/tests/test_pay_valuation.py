"""Valuing one offer (METHOD S3): the lines, hours, value per hour, defaults and warnings."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from secondround.coach.lang import LANGS, Lang
from secondround.coach.pay import Package, value_package
from secondround.coach.pay.package import FIELD_DEFAULTS

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge" / "pay"

FULL = Package(
    name="Full",
    monthly_gross=4000,
    holiday_allowance_pct=8,
    thirteenth_month=True,
    year_end_bonus_pct=2,
    year_end_bonus_amount=500,
    bonus=1000,
    profit_sharing=700,
    pension_employer_pct=10,
    pension_employee_pct=5,
    pension_franchise=16000,
    vacation_days=25,
    public_holidays_off=6,
    lease_car_list_price=30000,
    lease_car_own_contribution=100,
    travel_allowance_monthly=50,
    home_office_allowance_monthly=20,
    phone=True,
    laptop=True,
    training_budget=1200,
    other_benefits_yearly=300,
)
PENSIONABLE = 48000 * 1.08 - 16000

# (line code, expected yearly amount) for FULL in 2026, each worked out by hand.
FULL_LINES = [
    ("monthly_gross", 4000),
    ("base_salary", 48000),
    ("holiday_allowance", 3840),
    ("thirteenth_month", 4000),
    ("year_end_bonus", 48000 * 0.02 + 500),
    ("bonus", 1000),
    ("profit_sharing", 700),
    ("annual_gross_cash", 48000 + 3840 + 4000 + 1460 + 1000 + 700),
    ("employer_pension", PENSIONABLE * 0.10),
    ("employee_pension", PENSIONABLE * 0.05),
    ("allowances", 12 * 70),
    ("lease_car_value", 0.22 * 30000),
    ("phone", 300),
    ("laptop", 400),
    ("training_budget", 1200),
    ("other_benefits", 300),
    ("own_lease_contribution", 1200),
    ("lease_car_addition", 0.22 * 30000 - 1200),
    ("worked_hours", 52 * 40 - 31 * 8),
]


@pytest.mark.parametrize(("code", "expected"), FULL_LINES)
@pytest.mark.parametrize("lang", LANGS)
def test_each_line_has_the_right_amount_and_words(code: str, expected: float, lang: Lang) -> None:
    line = value_package(FULL, year=2026, lang=lang).line(code)
    assert line.amount == pytest.approx(expected, abs=0.01)
    assert line.label and line.explanation and "{" not in line.explanation


def test_total_value_adds_cash_pension_allowances_and_benefits_minus_own_contribution() -> None:
    v = value_package(FULL, year=2026, lang="nl")
    cash = 48000 + 3840 + 4000 + 1460 + 1000 + 700
    benefits = 0.22 * 30000 + 300 + 400 + 1200 + 300 - 1200
    assert v.total_value == pytest.approx(cash + PENSIONABLE * 0.10 + 840 + benefits, abs=0.01)
    assert v.value_per_worked_hour == pytest.approx(v.total_value / (52 * 40 - 31 * 8), abs=0.01)
    assert sum(amount for _, amount in v.components) == pytest.approx(v.total_value, abs=0.05)


@pytest.mark.parametrize("lang", LANGS)
def test_the_same_hourly_pay_at_36_and_40_hours_is_worth_the_same_per_hour(lang: Lang) -> None:
    part = value_package(Package(monthly_gross=3600, hours_per_week=36), year=2026, lang=lang)
    full = value_package(Package(monthly_gross=4000, hours_per_week=40), year=2026, lang=lang)
    assert part.total_value < full.total_value
    assert part.worked_hours == pytest.approx(0.9 * full.worked_hours)
    assert part.value_per_worked_hour == pytest.approx(full.value_per_worked_hour, abs=0.01)


def test_more_vacation_days_mean_fewer_hours_and_more_value_per_hour() -> None:
    few = value_package(Package(monthly_gross=4000, vacation_days=20), year=2026, lang="nl")
    many = value_package(Package(monthly_gross=4000, vacation_days=30), year=2026, lang="nl")
    assert many.worked_hours == few.worked_hours - 80
    assert many.value_per_worked_hour > few.value_per_worked_hour


@pytest.mark.parametrize("lang", LANGS)
def test_lines_say_in_words_when_a_benefit_is_missing(lang: Lang) -> None:
    v = value_package(Package(monthly_gross=4000), year=2026, lang=lang)
    texts = {
        "nl": "Geen dertiende maand in dit aanbod.",
        "en": "No 13th month in this offer.",
    }
    assert v.line("thirteenth_month").explanation == texts[lang]
    assert v.line("employer_pension").amount == 0


@pytest.mark.parametrize(
    ("package", "expected"),
    [
        (Package(monthly_gross=4000), ["hours_per_week", "holiday_allowance_pct", "vacation_days",
                                       "public_holidays_off", "pension_employer_pct"]),
        (Package(monthly_gross=4000, hours_per_week=36, vacation_days=25, pension_employer_pct=12,
                 holiday_allowance_pct=8.5, public_holidays_off=7), []),
        (Package(monthly_gross=4000, hours_per_week=36, vacation_days=25, pension_employer_pct=12,
                 holiday_allowance_pct=8.5, public_holidays_off=7, phone=True,
                 lease_car_list_price=35000), ["phone_value_yearly",
                                               "lease_car_first_registration_year"]),
    ],
)  # fmt: skip
def test_defaults_used_lists_the_assumptions_still_in_place(
    package: Package, expected: list[str]
) -> None:
    assert package.defaults_used() == expected
    shown = value_package(package, year=2026, lang="nl").defaults_used
    assert [n.code for n in shown] == expected


def test_monthly_salary_is_required_and_only_the_car_year_defaults_to_none() -> None:
    missing = [
        f.name
        for f in fields(Package)
        if FIELD_DEFAULTS[f.name] is f.default is None and f.name != "their_range"
    ]
    assert missing == ["lease_car_first_registration_year"]  # None means: the year of the estimate
    with pytest.raises(TypeError):
        Package()  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("flags", "code"),
    [
        ({"aow_age": True}, "aow_age"),
        ({"thirty_percent_ruling": True}, "thirty_percent_ruling"),
        ({"second_job": True}, "second_job"),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_situations_the_model_does_not_cover_leave_net_pay_empty_and_say_why(
    flags: dict[str, bool], code: str, lang: Lang
) -> None:
    v = value_package(Package(monthly_gross=4000, **flags), year=2026, lang=lang)  # type: ignore[arg-type]
    assert v.net_monthly is None and v.net_annual is None
    assert v.line("net_monthly").amount is None
    assert code in [w.code for w in v.warnings]
    assert v.total_value > 0  # the package is still valued


@pytest.mark.parametrize(
    ("package", "code"),
    [
        (Package(monthly_gross=1200, hours_per_week=20), "outside_checked_range"),
        (Package(monthly_gross=12000), "outside_checked_range"),
        (Package(monthly_gross=2000, hours_per_week=40), "below_minimum_wage"),
        (Package(monthly_gross=4000, holiday_allowance_pct=0), "holiday_allowance_below_minimum"),
        (Package(monthly_gross=4000, vacation_days=15), "vacation_below_minimum"),
        (Package(monthly_gross=4000, lease_car_list_price=40000, lease_car_electric=True,
                 lease_car_first_registration_year=2023), "lease_ev_rate_unknown"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("lang", LANGS)
def test_warnings_name_the_problem_with_numbers(package: Package, code: str, lang: Lang) -> None:
    warnings = value_package(package, year=2026, lang=lang).warnings
    found = [w for w in warnings if w.code == code]
    assert found and "{" not in found[0].text and any(c.isdigit() for c in found[0].text)


def test_an_ordinary_offer_has_no_warnings() -> None:
    assert value_package(Package(monthly_gross=4000), year=2026, lang="nl").warnings == []


@pytest.mark.parametrize("year", [2025, 2026])
def test_year_files_name_a_source_for_every_block(year: int) -> None:
    data = json.loads((KNOWLEDGE / f"nl_{year}.json").read_text(encoding="utf-8"))
    for block in ("box1", "general_credit", "labour_credit", "lease_car", "aow_age_reference"):
        assert data[block]["source"], block
        assert all(s in data["sources"] for s in data[block]["source"]), block
    for item in list(data["tax_free"].values()) + list(data["statutory"].values()):
        assert all(s in data["sources"] for s in item["source"])


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_default_public_holidays_are_the_weekday_holidays_of_the_year(year: int) -> None:
    data = json.loads((KNOWLEDGE / f"nl_{year}.json").read_text(encoding="utf-8"))
    days = [date.fromisoformat(d) for d in data["weekday_public_holidays"]["dates"]]
    assert all(d.year == year and d.weekday() < 5 for d in days)
    assert len(days) == FIELD_DEFAULTS["public_holidays_off"]


def test_english_and_dutch_labels_differ_but_amounts_match() -> None:
    nl = value_package(FULL, year=2025, lang="nl")
    en = value_package(FULL, year=2025, lang="en")
    assert [ln.amount for ln in nl.lines] == [ln.amount for ln in en.lines]
    assert nl.line("holiday_allowance").label == "Vakantiegeld"
    assert en.line("holiday_allowance").label == "Holiday allowance"
