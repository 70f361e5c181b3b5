"""A job offer as plain data (METHOD S3), with visible defaults and shared input limits."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Literal

from ..lang import load
from .vacancy import SalaryRange

Kind = Literal["number", "year", "bool", "text"]


@dataclass(frozen=True)
class Package:
    """One offer. Amounts in euro; "monthly" means per month, everything else per year.

    Defaults are chosen to count only what an offer must give by law or clearly states:
    - hours_per_week 40: a full-time Dutch week.
    - holiday_allowance_pct 8: the legal minimum (WML art. 15, NL_PAY_FACTS S20).
    - vacation_days 20: the legal minimum, 4 x the weekly hours (BW 7:634, S19); 20 days of
      hours_per_week / 5 at any number of hours. Enter more when the offer gives more.
    - public_holidays_off 6: in 2025 and 2026 six of the usual public holidays fall on a weekday
      (see weekday_public_holidays in knowledge/pay/nl_<year>.json). The law gives no right to be
      off on them; the contract or cao does.
    - phone_value_yearly 300 and laptop_value_yearly 400: our own rough assumptions (a phone with
      subscription at about EUR 25 a month; a EUR 1.200 laptop used for three years).
      Unsourced; change them.
    """

    monthly_gross: float
    name: str = ""
    hours_per_week: float = 40
    holiday_allowance_pct: float = 8
    thirteenth_month: bool = False
    year_end_bonus_pct: float = 0  # percent of 12 monthly salaries
    year_end_bonus_amount: float = 0
    ikb_pct: float = 0  # individual choice budget (IKB), percent of 12 monthly salaries
    bonus: float = 0  # expected variable pay a year, not guaranteed
    profit_sharing: float = 0
    pension_employer_pct: float = 0  # percent of pensionable salary
    pension_employee_pct: float = 0
    pension_franchise: float = 0  # yearly part of the salary without pension premium
    vacation_days: float = 20
    public_holidays_off: float = 6
    lease_car_list_price: float = 0
    lease_car_electric: bool = False
    lease_car_first_registration_year: int | None = None  # None: the year of the estimate
    lease_car_own_contribution: float = 0  # monthly
    travel_allowance_monthly: float = 0
    home_office_allowance_monthly: float = 0
    phone: bool = False
    phone_value_yearly: float = 300
    laptop: bool = False
    laptop_value_yearly: float = 400
    training_budget: float = 0
    other_benefits_yearly: float = 0
    conditions: str = ""
    aow_age: bool = False
    thirty_percent_ruling: bool = False
    second_job: bool = False
    # Keys the user gave explicitly (an offer file); not a value of the package itself.
    stated: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    # The employer's own range from the vacancy (an offer file's their_* keys); not a value either.
    their_range: SalaryRange | None = field(default=None, compare=False, repr=False)

    def defaults_used(self) -> list[str]:
        """Keys whose value is still the assumption the coach made, for a UI to point out. A key
        the user stated (in an offer file) is theirs, even when it equals the default."""
        keys = [
            k
            for k in ASSUMED_DEFAULTS
            if getattr(self, k) == FIELD_DEFAULTS[k] and k not in self.stated
        ]
        if self.phone and self.phone_value_yearly == FIELD_DEFAULTS["phone_value_yearly"]:
            keys.append("phone_value_yearly")
        if self.laptop and self.laptop_value_yearly == FIELD_DEFAULTS["laptop_value_yearly"]:
            keys.append("laptop_value_yearly")
        if self.lease_car_list_price > 0 and self.lease_car_first_registration_year is None:
            keys.append("lease_car_first_registration_year")
        return keys

    @classmethod
    def from_values(cls, values: Mapping[str, object]) -> Package:
        """Build a package from checked input (see validate_package_values); ints become floats."""
        kwargs: dict[str, object] = {}
        for key, value in values.items():
            spec = LIMITS[key]
            kwargs[key] = float(value) if spec.kind == "number" else value  # type: ignore[arg-type]
        return cls(**kwargs, stated=frozenset(values))  # type: ignore[arg-type]


FIELD_DEFAULTS: dict[str, object] = {f.name: f.default for f in fields(Package)}
NOT_VALUES = frozenset({"stated", "their_range"})
ASSUMED_DEFAULTS: tuple[str, ...] = (
    "hours_per_week",
    "holiday_allowance_pct",
    "vacation_days",
    "public_holidays_off",
    "pension_employer_pct",
)


@dataclass(frozen=True)
class FieldSpec:
    kind: Kind
    low: float = 0
    high: float = 0


# The limits of what an offer can hold; the web forms use the same table. Values outside are
# impossible or almost certainly a typo (a monthly salary of a million, 200 hours a week).
LIMITS: dict[str, FieldSpec] = {
    "name": FieldSpec("text"),
    "monthly_gross": FieldSpec("number", 1, 100_000),
    "hours_per_week": FieldSpec("number", 1, 60),  # Working Hours Act: at most 60 in one week
    "holiday_allowance_pct": FieldSpec("number", 0, 25),
    "thirteenth_month": FieldSpec("bool"),
    "year_end_bonus_pct": FieldSpec("number", 0, 100),
    "year_end_bonus_amount": FieldSpec("number", 0, 1_000_000),
    "ikb_pct": FieldSpec("number", 0, 50),
    "bonus": FieldSpec("number", 0, 1_000_000),
    "profit_sharing": FieldSpec("number", 0, 1_000_000),
    "pension_employer_pct": FieldSpec("number", 0, 50),
    "pension_employee_pct": FieldSpec("number", 0, 30),
    "pension_franchise": FieldSpec("number", 0, 100_000),
    "vacation_days": FieldSpec("number", 0, 100),
    "public_holidays_off": FieldSpec("number", 0, 15),
    "lease_car_list_price": FieldSpec("number", 0, 500_000),
    "lease_car_electric": FieldSpec("bool"),
    "lease_car_first_registration_year": FieldSpec("year", 1990, 2100),
    "lease_car_own_contribution": FieldSpec("number", 0, 5_000),
    "travel_allowance_monthly": FieldSpec("number", 0, 5_000),
    "home_office_allowance_monthly": FieldSpec("number", 0, 5_000),
    "phone": FieldSpec("bool"),
    "phone_value_yearly": FieldSpec("number", 0, 10_000),
    "laptop": FieldSpec("bool"),
    "laptop_value_yearly": FieldSpec("number", 0, 10_000),
    "training_budget": FieldSpec("number", 0, 100_000),
    "other_benefits_yearly": FieldSpec("number", 0, 1_000_000),
    "conditions": FieldSpec("text"),
    "aow_age": FieldSpec("bool"),
    "thirty_percent_ruling": FieldSpec("bool"),
    "second_job": FieldSpec("bool"),
}
REQUIRED: tuple[str, ...] = ("monthly_gross",)


@dataclass(frozen=True)
class Problem:
    key: str
    code: str  # "unknown_key", "required", "wrong_type", "too_low", "too_high"
    text_nl: str
    text_en: str


def _problem(key: str, code: str, **values: object) -> Problem:
    entry = load("pay/texts.json")["problems"][code]
    return Problem(
        key=key,
        code=code,
        text_nl=entry["nl"].format(key=key, **values),
        text_en=entry["en"].format(key=key, **values),
    )


def _type_ok(value: object, kind: Kind) -> bool:
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "text":
        return isinstance(value, str)
    if kind == "year":
        return isinstance(value, int) and not isinstance(value, bool)
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return number and math.isfinite(value)  # type: ignore[arg-type]  # TOML allows nan and inf


def _limit_problem(key: str, value: float, spec: FieldSpec) -> Problem | None:
    if value < spec.low:
        return _problem(key, "too_low", value=_plain(value), low=_plain(spec.low))
    if value > spec.high:
        return _problem(key, "too_high", value=_plain(value), high=_plain(spec.high))
    return None


def _plain(number: float) -> str:
    return f"{number:g}" if abs(number) < 1e7 else str(number)


def validate_package_values(values: Mapping[str, object]) -> list[Problem]:
    """Every problem with a set of offer values, in the order of the keys: unknown keys, missing
    monthly_gross, wrong types and impossible values. No problems: Package.from_values works."""
    problems = [_problem(k, "required") for k in REQUIRED if k not in values]
    for key, value in values.items():
        spec = LIMITS.get(key)
        if spec is None:
            problems.append(_problem(key, "unknown_key"))
        elif not _type_ok(value, spec.kind):
            problems.append(_problem(key, f"wrong_type_{spec.kind}"))
        elif spec.kind in ("number", "year"):
            found = _limit_problem(key, float(value), spec)  # type: ignore[arg-type]
            if found:
                problems.append(found)
    return problems
