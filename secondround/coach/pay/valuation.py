"""What a whole offer is worth in a year (METHOD S3), each line explained in words."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from ..lang import Lang, load, pick
from .formatting import format_count, format_eur, format_number, format_pct
from .netpay import (
    TaxYear,
    annual_wage_tax,
    lease_car_addition,
    lease_car_rate,
    monthly_wage_tax,
    private_use_value,
    tax_year,
)
from .package import NOT_VALUES, Package, validate_package_values

NOT_COVERED: tuple[str, ...] = ("aow_age", "thirty_percent_ruling", "second_job")
# A fixed travel allowance may be paid as if for 214 days, when you travel to a fixed workplace at
# least 128 days a year (NL_PAY_FACTS S29). Home-office and travel allowance cannot both be
# tax-free for the same day (S32).
FIXED_TRAVEL_DAYS = 214
WORKDAYS_PER_WEEK = 5
AVERAGE_MAX_HOURS = 48  # Working Hours Act: at most 48 hours a week on average over 16 weeks


@dataclass(frozen=True)
class Line:
    code: str
    label: str
    amount: float | None  # None: not estimated (see the valuation's warnings)
    explanation: str
    unit: str = "eur"  # "eur", "hours", "eur_per_hour"


@dataclass(frozen=True)
class Notice:
    """A warning or limitation, with a code for programs and a text for people."""

    code: str
    text: str


@dataclass(frozen=True)
class Amounts:
    """The raw yearly figures of one offer, before any words are added."""

    base_salary: float
    holiday_allowance: float
    thirteenth_month: float
    year_end_bonus: float
    ikb: float
    bonus: float
    profit_sharing: float
    annual_gross_cash: float
    pensionable_salary: float
    employer_pension: float
    employee_pension: float
    allowances: float
    lease_car_value: float
    phone_value: float
    laptop_value: float
    training_budget: float
    other_benefits: float
    own_lease_contribution: float
    total_value: float
    allowances_overlap: float
    uncertain: float
    total_value_certain: float
    days_off: float
    worked_hours: float
    value_per_worked_hour: float
    lease_car_addition: float
    taxable_wage: float
    wage_tax_annual: float
    net_annual: float
    net_monthly: float


@dataclass(frozen=True)
class Valuation:
    name: str
    year: int
    lines: list[Line]
    annual_gross_cash: float
    total_value: float
    worked_hours: float
    value_per_worked_hour: float
    net_monthly: float | None
    total_value_certain: float
    net_annual: float | None
    components: list[tuple[str, float]]
    warnings: list[Notice] = field(default_factory=list)
    defaults_used: list[Notice] = field(default_factory=list)
    amounts: Amounts | None = None

    def line(self, code: str) -> Line:
        return next(line for line in self.lines if line.code == code)


def registration_year(pkg: Package, year: int) -> int:
    return pkg.lease_car_first_registration_year or year


def home_office_days(pkg: Package, ty: TaxYear) -> float:
    """The days a year the home-office allowance pays for, at the tax-free amount per day."""
    return 12 * pkg.home_office_allowance_monthly / ty.home_office_per_day


def allowances_overlap(pkg: Package, ty: TaxYear, days_off: float) -> float:
    """The part of the home-office allowance that falls on days the travel allowance also pays
    for: a fixed travel allowance counts 214 days, and the year has only so many working days.
    That part cannot be tax-free twice, so it counts as uncertain."""
    if pkg.travel_allowance_monthly <= 0 or pkg.home_office_allowance_monthly <= 0:
        return 0.0
    working_days = WORKDAYS_PER_WEEK * 52 - days_off
    extra = home_office_days(pkg, ty) + FIXED_TRAVEL_DAYS - working_days
    return min(12 * pkg.home_office_allowance_monthly, max(0.0, extra) * ty.home_office_per_day)


def compute_amounts(pkg: Package, ty: TaxYear) -> Amounts:
    """All yearly figures of an offer. Pensionable salary = 12 monthly salaries + holiday allowance
    - franchise; the employee's pension premium comes off the wage before tax (S43)."""
    base = 12 * pkg.monthly_gross
    holiday = base * pkg.holiday_allowance_pct / 100
    thirteenth = pkg.monthly_gross if pkg.thirteenth_month else 0.0
    year_end = base * pkg.year_end_bonus_pct / 100 + pkg.year_end_bonus_amount
    ikb = base * pkg.ikb_pct / 100
    cash = base + holiday + thirteenth + year_end + ikb + pkg.bonus + pkg.profit_sharing
    pensionable = max(0.0, base + holiday + ikb - pkg.pension_franchise)
    employer_pension = pensionable * pkg.pension_employer_pct / 100
    employee_pension = pensionable * pkg.pension_employee_pct / 100
    allowances = 12 * (pkg.travel_allowance_monthly + pkg.home_office_allowance_monthly)
    lease_value, _ = private_use_value(
        list_price=pkg.lease_car_list_price,
        electric=pkg.lease_car_electric,
        first_registration_year=registration_year(pkg, ty.year),
        ty=ty,
    )
    phone = pkg.phone_value_yearly if pkg.phone else 0.0
    laptop = pkg.laptop_value_yearly if pkg.laptop else 0.0
    own_paid = 12 * pkg.lease_car_own_contribution if pkg.lease_car_list_price > 0 else 0.0
    own_lease = min(own_paid, lease_value)  # paying more than the car is worth is flagged
    total = (
        cash + employer_pension + allowances + lease_value + phone + laptop
        + pkg.training_budget + pkg.other_benefits_yearly - own_lease
    )  # fmt: skip
    days_off = pkg.vacation_days + pkg.public_holidays_off
    worked = 52 * pkg.hours_per_week - days_off * pkg.hours_per_week / 5
    overlap = allowances_overlap(pkg, ty, days_off)
    uncertain = pkg.bonus + pkg.profit_sharing + overlap
    addition, _ = lease_car_addition(
        list_price=pkg.lease_car_list_price,
        electric=pkg.lease_car_electric,
        first_registration_year=registration_year(pkg, ty.year),
        own_contribution_yearly=own_paid,
        ty=ty,
    )
    taxable = cash - employee_pension + addition
    tax = annual_wage_tax(taxable, ty)
    month_taxable = pkg.monthly_gross - employee_pension / 12 + addition / 12
    net_month = month_taxable - addition / 12 - monthly_wage_tax(month_taxable, ty) - own_paid / 12
    return Amounts(
        base_salary=base,
        holiday_allowance=holiday,
        thirteenth_month=thirteenth,
        year_end_bonus=year_end,
        ikb=ikb,
        bonus=pkg.bonus,
        profit_sharing=pkg.profit_sharing,
        annual_gross_cash=cash,
        pensionable_salary=pensionable,
        employer_pension=employer_pension,
        employee_pension=employee_pension,
        allowances=allowances,
        lease_car_value=lease_value,
        phone_value=phone,
        laptop_value=laptop,
        training_budget=pkg.training_budget,
        other_benefits=pkg.other_benefits_yearly,
        own_lease_contribution=own_lease,
        total_value=total,
        allowances_overlap=overlap,
        uncertain=uncertain,
        total_value_certain=total - uncertain,
        days_off=days_off,
        worked_hours=worked,
        value_per_worked_hour=total / worked,
        lease_car_addition=addition,
        taxable_wage=taxable,
        wage_tax_annual=tax,
        net_annual=cash - employee_pension - tax - own_paid,
        net_monthly=net_month,
    )


def texts() -> dict[str, Any]:
    return load("pay/texts.json")  # type: ignore[no-any-return]


def _fill(entry: dict[str, str], lang: Lang, values: dict[str, str]) -> str:
    return pick(entry, lang).format(**values)


def _format_values(pkg: Package, a: Amounts, ty: TaxYear, lang: Lang) -> dict[str, str]:
    """Every number a line text may mention, already written in the user's language."""
    ev, _ = lease_car_rate(
        electric=pkg.lease_car_electric,
        first_registration_year=registration_year(pkg, ty.year),
        ty=ty,
    )
    eur = {
        "uncertain": a.uncertain,
        "overlap": a.allowances_overlap,
        "variable": pkg.bonus + pkg.profit_sharing,
        "monthly": pkg.monthly_gross,
        "franchise": pkg.pension_franchise,
        "pensionable": a.pensionable_salary,
        "travel": pkg.travel_allowance_monthly,
        "home": pkg.home_office_allowance_monthly,
        "price": pkg.lease_car_list_price,
        "contribution": pkg.lease_car_own_contribution,
        "phone_value": pkg.phone_value_yearly,
        "laptop_value": pkg.laptop_value_yearly,
        "year_end_amount": pkg.year_end_bonus_amount,
        "taxable": a.taxable_wage,
        "ev_cap": ev.up_to_list_price if ev else 0,
    }
    values = {k: format_eur(v, lang) for k, v in eur.items()}
    values.update(
        holiday_pct=format_pct(pkg.holiday_allowance_pct, lang),
        year_end_pct=format_pct(pkg.year_end_bonus_pct, lang),
        ikb_pct=format_pct(pkg.ikb_pct, lang),
        employer_pct=format_pct(pkg.pension_employer_pct, lang),
        employee_pct=format_pct(pkg.pension_employee_pct, lang),
        standard_rate=format_pct(ty.lease_standard_rate * 100, lang),
        ev_rate=format_pct(ev.rate * 100, lang) if ev else "",
        hours=format_count(pkg.hours_per_week, lang),
        per_day=format_count(pkg.hours_per_week / 5, lang),
        days=format_count(a.days_off, lang),
        vacation=format_count(pkg.vacation_days, lang),
        public=format_count(pkg.public_holidays_off, lang),
        year=str(ty.year),
    )
    return values


# (code, amount field, unit, variant chooser) in the order a person reads an offer.
LINE_ORDER: tuple[tuple[str, str, str], ...] = (
    ("monthly_gross", "", "eur"),
    ("base_salary", "base_salary", "eur"),
    ("holiday_allowance", "holiday_allowance", "eur"),
    ("thirteenth_month", "thirteenth_month", "eur"),
    ("year_end_bonus", "year_end_bonus", "eur"),
    ("ikb", "ikb", "eur"),
    ("bonus", "bonus", "eur"),
    ("profit_sharing", "profit_sharing", "eur"),
    ("annual_gross_cash", "annual_gross_cash", "eur"),
    ("employer_pension", "employer_pension", "eur"),
    ("allowances", "allowances", "eur"),
    ("lease_car_value", "lease_car_value", "eur"),
    ("phone", "phone_value", "eur"),
    ("laptop", "laptop_value", "eur"),
    ("training_budget", "training_budget", "eur"),
    ("other_benefits", "other_benefits", "eur"),
    ("own_lease_contribution", "own_lease_contribution", "eur"),
    ("total_value", "total_value", "eur"),
    ("total_value_certain", "total_value_certain", "eur"),
    ("worked_hours", "worked_hours", "hours"),
    ("value_per_worked_hour", "value_per_worked_hour", "eur_per_hour"),
    ("employee_pension", "employee_pension", "eur"),
    ("lease_car_addition", "lease_car_addition", "eur"),
    ("wage_tax_annual", "wage_tax_annual", "eur"),
    ("net_annual", "net_annual", "eur"),
    ("net_monthly", "net_monthly", "eur"),
)
NET_LINES = frozenset({"wage_tax_annual", "net_annual", "net_monthly"})


def _explanation_key(code: str, pkg: Package, amount: float, ev: bool) -> str:
    """Lines with nothing in them get a "none" text that says so, rather than a formula."""
    if code in ("lease_car_addition", "lease_car_value") and amount > 0 and ev:
        return "explanation_ev"
    if code in ("monthly_gross", "base_salary", "annual_gross_cash", "total_value", "worked_hours"):
        return "explanation"
    if code in NET_LINES or code == "value_per_worked_hour":
        return "explanation"
    return "explanation" if amount else "explanation_none"


def _lines(pkg: Package, a: Amounts, ty: TaxYear, lang: Lang, covered: bool) -> list[Line]:
    entries = texts()["lines"]
    values = _format_values(pkg, a, ty, lang)
    ev, _ = lease_car_rate(
        electric=pkg.lease_car_electric,
        first_registration_year=registration_year(pkg, ty.year),
        ty=ty,
    )
    lines = []
    for code, attr, unit in LINE_ORDER:
        amount: float | None = getattr(a, attr) if attr else pkg.monthly_gross
        entry = entries[code]
        key = _explanation_key(code, pkg, amount or 0.0, ev is not None)
        if code == "total_value_certain":
            key = "explanation" if a.uncertain else "explanation_none"
        if code in NET_LINES and not covered:
            amount, key = None, "explanation_not_covered"
        lines.append(
            Line(
                code=code,
                label=pick(entry["label"], lang),
                amount=None if amount is None else round(amount, 2),
                explanation=_fill(entry[key], lang, values),
                unit=unit,
            )
        )
    return lines


def _impossible(pkg: Package, ty: TaxYear, a: Amounts) -> list[str]:
    """Combinations that cannot be, or cannot all be true at once: said, never silently used."""
    car = pkg.lease_car_list_price > 0
    checks = {
        "lease_registered_after_year": car
        and (pkg.lease_car_first_registration_year or ty.year) > ty.year,
        "lease_details_without_car": not car
        and (
            pkg.lease_car_electric
            or pkg.lease_car_own_contribution > 0
            or pkg.lease_car_first_registration_year is not None
        ),
        "travel_allowance_with_lease_car": car and pkg.travel_allowance_monthly > 0,
        "allowances_overlap": a.allowances_overlap > 0,
        "hours_above_average_maximum": pkg.hours_per_week > AVERAGE_MAX_HOURS,
        "ikb_and_holiday_allowance": pkg.ikb_pct > 0 and pkg.holiday_allowance_pct > 0,
        "own_contribution_above_car_value": car
        and 12 * pkg.lease_car_own_contribution > a.lease_car_value + 0.5,
    }
    return [code for code, found in checks.items() if found]


def _warnings(pkg: Package, ty: TaxYear, lang: Lang, a: Amounts) -> list[Notice]:
    entries = texts()["warnings"]
    minimum = ty.minimum_hourly_wage
    hourly = 12 * pkg.monthly_gross / (52 * pkg.hours_per_week)
    values = {
        "low": format_eur(ty.checked_min, lang),
        "high": format_eur(ty.checked_max, lang),
        "hourly": format_eur(hourly, lang, 2),
        "minimum": format_eur(minimum, lang, 2),
        "pct": format_pct(pkg.holiday_allowance_pct, lang),
        "min_pct": format_pct(ty.holiday_allowance_min_pct, lang),
        "vacation": format_count(pkg.vacation_days, lang),
        "reg_year": str(registration_year(pkg, ty.year)),
        "year": str(ty.year),
        "standard_rate": format_pct(ty.lease_standard_rate * 100, lang),
        "hours": format_count(pkg.hours_per_week, lang),
        "max_hours": str(AVERAGE_MAX_HOURS),
        "overlap": format_eur(a.allowances_overlap, lang),
        "home_days": format_count(round(home_office_days(pkg, ty)), lang),
        "travel_days": str(FIXED_TRAVEL_DAYS),
        "ikb_pct": format_pct(pkg.ikb_pct, lang),
        "car_value": format_eur(a.lease_car_value, lang),
    }
    codes = [code for code in NOT_COVERED if getattr(pkg, code)]
    if not ty.checked_min <= pkg.monthly_gross <= ty.checked_max:
        codes.append("outside_checked_range")
    if hourly < minimum:
        codes.append("below_minimum_wage")
    if pkg.holiday_allowance_pct < ty.holiday_allowance_min_pct:
        codes.append("holiday_allowance_below_minimum")
    if pkg.vacation_days < 20:
        codes.append("vacation_below_minimum")
    impossible = _impossible(pkg, ty, a)
    if pkg.lease_car_list_price > 0 and "lease_registered_after_year" not in impossible:
        _, lease_warning = lease_car_rate(
            electric=pkg.lease_car_electric,
            first_registration_year=registration_year(pkg, ty.year),
            ty=ty,
        )
        if lease_warning:
            codes.append(lease_warning)
    codes += impossible
    return [Notice(code, _fill(entries[code], lang, values)) for code in codes]


def benefits_total(a: Amounts) -> float:
    """Lease car, phone, laptop, training and other benefits, minus the own lease contribution."""
    return (
        a.lease_car_value + a.phone_value + a.laptop_value + a.training_budget
        + a.other_benefits - a.own_lease_contribution
    )  # fmt: skip


def _components(a: Amounts, lang: Lang) -> list[tuple[str, float]]:
    labels = texts()["components"]
    benefits = benefits_total(a)
    parts = {
        "salary": a.base_salary,
        "holiday_allowance": a.holiday_allowance,
        "extra_month": a.thirteenth_month + a.year_end_bonus + a.ikb,
        "variable": a.bonus + a.profit_sharing,
        "pension": a.employer_pension,
        "allowances": a.allowances,
        "benefits": benefits,
    }
    return [(pick(labels[code], lang), round(amount, 2)) for code, amount in parts.items()]


def _defaults(pkg: Package, lang: Lang) -> list[Notice]:
    entries = texts()["defaults"]
    return [
        Notice(key, _fill(entries[key], lang, {"value": _default_text(pkg, key, lang)}))
        for key in pkg.defaults_used()
    ]


def _default_text(pkg: Package, key: str, lang: Lang) -> str:
    value = getattr(pkg, key)
    if key.endswith("_yearly"):
        return format_eur(value, lang)
    return "" if value is None else format_number(value, lang, 0)


def value_package(pkg: Package, *, year: int = 2026, lang: Lang) -> Valuation:
    """Value one offer for one tax year: yearly cash, total value, hours, value per hour and the
    estimated net pay, each as a line with a label and a short explanation in `lang`."""
    values = {
        f.name: getattr(pkg, f.name)
        for f in fields(pkg)
        if f.name not in NOT_VALUES and getattr(pkg, f.name) is not None
    }
    problems = validate_package_values(values)
    if problems:  # e.g. 0 hours a week would divide by zero; forms and files check this first
        raise ValueError("; ".join(p.text_en for p in problems))
    ty = tax_year(year)
    a = compute_amounts(pkg, ty)
    covered = not any(getattr(pkg, code) for code in NOT_COVERED)
    return Valuation(
        name=pkg.name,
        year=year,
        lines=_lines(pkg, a, ty, lang, covered),
        annual_gross_cash=round(a.annual_gross_cash, 2),
        total_value=round(a.total_value, 2),
        worked_hours=round(a.worked_hours, 2),
        value_per_worked_hour=round(a.value_per_worked_hour, 2),
        net_monthly=round(a.net_monthly, 2) if covered else None,
        total_value_certain=round(a.total_value_certain, 2),
        net_annual=round(a.net_annual, 2) if covered else None,
        components=_components(a, lang),
        warnings=_warnings(pkg, ty, lang, a),
        defaults_used=_defaults(pkg, lang),
        amounts=a,
    )
