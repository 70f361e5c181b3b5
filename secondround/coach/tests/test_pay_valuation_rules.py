"""Valuation without blind spots (S3): one way to value a lease car, overlapping allowances, totals
with and without uncertain parts, the IKB, and warnings for combinations that cannot be."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secondround.coach.lang import LANGS, Lang
from secondround.coach.pay import LIMITS, Package, value_package


@pytest.mark.parametrize(
    ("electric", "year", "reg", "expected", "rate_text"),
    [
        (False, 2026, 2026, 0.22 * 40000, "22%"),
        (True, 2026, 2026, 0.18 * 30000 + 0.22 * 10000, "18%"),
        (True, 2025, 2025, 0.17 * 30000 + 0.22 * 10000, "17%"),
        (True, 2026, 2025, 0.17 * 30000 + 0.22 * 10000, "17%"),  # the rate stays 60 months
        (True, 2026, 2019, 0.22 * 40000, "22%"),  # 60 months over: the standard rate
    ],
)
def test_the_lease_car_is_valued_at_the_bijtelling_it_is_taxed_on(
    electric, year, reg, expected, rate_text
) -> None:
    pkg = Package(monthly_gross=4500, lease_car_list_price=40000, lease_car_electric=electric,
                  lease_car_first_registration_year=reg)  # fmt: skip
    found = value_package(pkg, year=year, lang="nl")
    line = found.line("lease_car_value")
    assert line.amount == pytest.approx(expected)
    assert found.line("lease_car_addition").amount == pytest.approx(expected)
    assert rate_text in line.explanation and "één percentage" in line.explanation.replace(
        "hetzelfde percentage", "één percentage"
    )


def _codes(pkg: Package, year: int = 2026, lang: Lang = "nl") -> list[str]:
    return [w.code for w in value_package(pkg, year=year, lang=lang).warnings]


WARNING_CASES = [
    (Package(monthly_gross=4000, lease_car_list_price=40000, lease_car_first_registration_year=2026),
     2025, "lease_registered_after_year"),
    (Package(monthly_gross=4000, hours_per_week=50), 2026, "hours_above_average_maximum"),
    (Package(monthly_gross=4000, ikb_pct=16.37), 2026, "ikb_and_holiday_allowance"),
    (Package(monthly_gross=4000, lease_car_electric=True), 2026, "lease_details_without_car"),
    (Package(monthly_gross=4000, lease_car_own_contribution=100), 2026, "lease_details_without_car"),
    (Package(monthly_gross=4000, lease_car_list_price=40000, travel_allowance_monthly=100),
     2026, "travel_allowance_with_lease_car"),
    (Package(monthly_gross=4000, travel_allowance_monthly=100, home_office_allowance_monthly=40),
     2026, "allowances_overlap"),
    (Package(monthly_gross=4000, lease_car_list_price=20000, lease_car_own_contribution=500),
     2026, "own_contribution_above_car_value"),
]  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("pkg", "year", "code"), WARNING_CASES)
def test_impossible_combinations_get_a_clear_warning(pkg, year, code, lang) -> None:
    found = value_package(pkg, year=year, lang=lang).warnings
    assert code in [w.code for w in found]
    text = next(w.text for w in found if w.code == code)
    assert "{" not in text and len(text) > 40


@pytest.mark.parametrize(
    "pkg",
    [
        Package(monthly_gross=4000),
        Package(monthly_gross=4000, ikb_pct=16.37, holiday_allowance_pct=0),
        Package(monthly_gross=4000, travel_allowance_monthly=100, home_office_allowance_monthly=3),
        Package(monthly_gross=4000, lease_car_list_price=40000, lease_car_electric=True),
        Package(monthly_gross=4000, hours_per_week=48),
    ],
)
def test_sound_offers_get_none_of_these_warnings(pkg) -> None:
    assert not {code for _, _, code in WARNING_CASES} & set(_codes(pkg))


def test_a_registration_after_the_tax_year_is_not_also_an_unknown_rate() -> None:
    pkg = Package(monthly_gross=4000, lease_car_list_price=40000, lease_car_electric=True,
                  lease_car_first_registration_year=2027)  # fmt: skip
    assert "lease_ev_rate_unknown" not in _codes(pkg)


def test_the_overlap_is_the_home_office_days_beyond_the_working_year() -> None:
    pkg = Package(monthly_gross=4000, travel_allowance_monthly=100, home_office_allowance_monthly=10,
                  vacation_days=20, public_holidays_off=6)  # fmt: skip
    found = value_package(pkg, year=2026, lang="en")
    assert found.amounts is not None
    home_days = 120 / 2.45  # about 49 days
    expected = (home_days + 214 - (260 - 26)) * 2.45
    assert found.amounts.allowances_overlap == pytest.approx(expected)
    assert found.total_value - found.total_value_certain == pytest.approx(expected)


def test_the_total_without_uncertain_parts_leaves_out_bonus_and_profit_sharing() -> None:
    pkg = Package(monthly_gross=4000, bonus=2000, profit_sharing=500)
    found = value_package(pkg, year=2026, lang="nl")
    assert found.total_value - found.total_value_certain == pytest.approx(2500)
    line = found.line("total_value_certain")
    assert "bonus en winstdeling (€ 2.500)" in line.explanation
    plain = value_package(Package(monthly_gross=4000), year=2026, lang="nl")
    assert plain.total_value_certain == plain.total_value
    assert "Niets in dit aanbod is onzeker" in plain.line("total_value_certain").explanation


def test_the_ikb_is_paid_taxed_and_pensionable() -> None:
    with_ikb = Package(monthly_gross=4000, ikb_pct=16.37, holiday_allowance_pct=0,
                       pension_employer_pct=10)  # fmt: skip
    found = value_package(with_ikb, year=2026, lang="nl")
    a = found.amounts
    assert a is not None
    assert a.ikb == pytest.approx(48000 * 0.1637)
    assert a.annual_gross_cash == pytest.approx(48000 + a.ikb)
    assert a.taxable_wage == pytest.approx(48000 + a.ikb)
    assert a.pensionable_salary == pytest.approx(48000 + a.ikb)
    assert "belast loon" in found.line("ikb").explanation


NUMBERS = {k: s for k, s in LIMITS.items() if s.kind == "number"}


@st.composite
def packages(draw: st.DrawFn) -> Package:
    values: dict[str, object] = {}
    for key, spec in NUMBERS.items():
        if key == "monthly_gross" or draw(st.booleans()):
            values[key] = draw(st.floats(spec.low, spec.high, allow_nan=False))
    for key in ("thirteenth_month", "lease_car_electric", "phone", "laptop"):
        values[key] = draw(st.booleans())
    if draw(st.booleans()):
        values["lease_car_first_registration_year"] = draw(st.integers(1990, 2100))
    return Package(**values)  # type: ignore[arg-type]  # the strategy builds every field


@settings(max_examples=150, deadline=None)
@given(pkg=packages(), year=st.sampled_from([2025, 2026]), lang=st.sampled_from(LANGS))
def test_any_package_gets_totals_that_are_never_negative_and_add_up(pkg, year, lang) -> None:
    found = value_package(pkg, year=year, lang=lang)
    assert found.total_value >= 0 and found.total_value_certain >= 0
    assert found.total_value_certain <= found.total_value + 0.01
    assert found.worked_hours > 0
    a = found.amounts
    assert a is not None
    assert math.isclose(a.value_per_worked_hour * a.worked_hours, a.total_value, abs_tol=0.01)
    assert abs(found.value_per_worked_hour - a.value_per_worked_hour) <= 0.005
    assert all("{" not in w.text for w in found.warnings + found.defaults_used)
    assert all(line.amount is None or math.isfinite(line.amount) for line in found.lines)
