"""Dutch wage tax on a yearly wage: box-1 brackets minus the general and the labour tax credit.

All figures come from knowledge/pay/nl_<year>.json, so a new year is a data change. The method is
the one the Belastingdienst uses for its monthly tables: tax the yearly wage (12 x the monthly
wage), take off the credits, divide by 12 (NL_PAY_FACTS.md). Lump sums are not summed as
withholdings: a yearly total is the yearly tax on the yearly taxable wage.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..lang import load

SUPPORTED_YEARS: tuple[int, ...] = (2025, 2026)


class UnsupportedYear(ValueError):
    """The coach has no tax data for this year."""


@dataclass(frozen=True)
class Bracket:
    up_to: float | None  # None: no upper limit
    rate: float


@dataclass(frozen=True)
class Segment:
    """One straight piece of a credit: base + rate x (income - start)."""

    start: float
    end: float
    base: float
    rate: float


@dataclass(frozen=True)
class EvRate:
    rate: float
    up_to_list_price: float


@dataclass(frozen=True)
class TaxYear:
    year: int
    brackets: tuple[Bracket, ...]
    general_max: float
    general_phase_out_from: float
    general_rate: float
    labour_segments: tuple[Segment, ...]
    lease_standard_rate: float
    lease_fixed_months: int
    ev_rates: dict[int, EvRate]
    holiday_allowance_min_pct: float
    minimum_hourly_wage: float
    weekday_public_holidays: int
    checked_min: float
    checked_max: float
    sources: dict[str, str]
    home_office_per_day: float = 0.0


@cache
def tax_year(year: int) -> TaxYear:
    """The tax parameters of one year, read from its data file."""
    if year not in SUPPORTED_YEARS:
        raise UnsupportedYear(f"no Dutch tax data for {year}; known years: {SUPPORTED_YEARS}")
    data: dict[str, Any] = load(f"pay/nl_{year}.json")
    general = data["general_credit"]
    lease = data["lease_car"]
    return TaxYear(
        year=year,
        brackets=tuple(Bracket(b["up_to"], b["rate"]) for b in data["box1"]["brackets"]),
        general_max=general["max"],
        general_phase_out_from=general["phase_out_from"],
        general_rate=general["rate"],
        labour_segments=tuple(
            Segment(s["from"], s["to"], s["base"], s["rate"])
            for s in data["labour_credit"]["segments"]
        ),
        lease_standard_rate=lease["standard_rate"],
        lease_fixed_months=lease["fixed_months"],
        ev_rates={
            int(reg_year): EvRate(v["rate"], v["up_to_list_price"])
            for reg_year, v in lease["electric_by_first_registration_year"].items()
        },
        holiday_allowance_min_pct=data["statutory"]["holiday_allowance_min_pct"]["value"],
        minimum_hourly_wage=data["statutory"]["minimum_hourly_wage_21"]["value"],
        weekday_public_holidays=len(data["weekday_public_holidays"]["dates"]),
        checked_min=data["checked_monthly_range"]["min"],
        checked_max=data["checked_monthly_range"]["max"],
        sources=data["sources"],
        home_office_per_day=data["tax_free"]["home_office_per_day"]["amount"],
    )


def box1_tax(income: float, ty: TaxYear) -> float:
    """Income tax plus national-insurance premium on a yearly income, bracket by bracket."""
    tax, lower = 0.0, 0.0
    for bracket in ty.brackets:
        upper = income if bracket.up_to is None else min(income, bracket.up_to)
        if upper > lower:
            tax += (upper - lower) * bracket.rate
        if bracket.up_to is None or income <= bracket.up_to:
            break
        lower = bracket.up_to
    return tax


def general_credit(income: float, ty: TaxYear) -> float:
    """Algemene heffingskorting: full up to the phase-out point, then smaller, never below zero."""
    if income <= ty.general_phase_out_from:
        return ty.general_max
    return max(0.0, ty.general_max - ty.general_rate * (income - ty.general_phase_out_from))


def labour_credit(labour_income: float, ty: TaxYear) -> float:
    """Arbeidskorting on the yearly labour income; zero above the last segment."""
    for seg in ty.labour_segments:
        if labour_income < seg.end:
            return max(0.0, seg.base + seg.rate * (max(labour_income, 0.0) - seg.start))
    return 0.0


def annual_wage_tax(taxable_wage: float, ty: TaxYear) -> float:
    """Yearly wage tax with both credits applied (loonheffingskorting); credits never pay out."""
    if taxable_wage <= 0:
        return 0.0
    due = box1_tax(taxable_wage, ty)
    credits = general_credit(taxable_wage, ty) + labour_credit(taxable_wage, ty)
    return max(0.0, due - credits)


def monthly_wage_tax(monthly_taxable: float, ty: TaxYear) -> float:
    """Wage tax of a regular month, as the monthly tables compute it: yearly tax on 12 x / 12."""
    return annual_wage_tax(12 * monthly_taxable, ty) / 12


def lease_car_rate(
    *, electric: bool, first_registration_year: int, ty: TaxYear
) -> tuple[EvRate | None, str | None]:
    """The reduced EV rate for a car first registered in a given year, and a warning code when the
    data does not know that year's rate (the standard rate is then used)."""
    if not electric:
        return None, None
    if ty.year - first_registration_year >= ty.lease_fixed_months // 12:
        return None, "lease_rate_period_over"
    rate = ty.ev_rates.get(first_registration_year)
    if rate is None:
        return None, "lease_ev_rate_unknown"
    return rate, None


def lease_car_addition(
    *,
    list_price: float,
    electric: bool,
    first_registration_year: int,
    own_contribution_yearly: float,
    ty: TaxYear,
) -> tuple[float, str | None]:
    """Bijtelling: the yearly amount added to taxable wage for private use of a lease car, minus
    the employee's own contribution (never below zero). Returns the amount and a warning code."""
    gross, warning = private_use_value(
        list_price=list_price,
        electric=electric,
        first_registration_year=first_registration_year,
        ty=ty,
    )
    return max(0.0, gross - own_contribution_yearly), warning


def private_use_value(
    *, list_price: float, electric: bool, first_registration_year: int, ty: TaxYear
) -> tuple[float, str | None]:
    """What the tax office counts private use of a lease car as, per year: the bijtelling rate
    that applies to this car (the reduced EV rate up to its list-price cap, the standard rate
    above it) times the list price. The valuation counts the car at this same amount, so the value
    of the car and the tax on it always rest on one rate."""
    if list_price <= 0:
        return 0.0, None
    ev, warning = lease_car_rate(
        electric=electric, first_registration_year=first_registration_year, ty=ty
    )
    if ev is None:
        return ty.lease_standard_rate * list_price, warning
    low_part = min(list_price, ev.up_to_list_price)
    return ev.rate * low_part + ty.lease_standard_rate * (list_price - low_part), warning
