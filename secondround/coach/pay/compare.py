"""Whole packages side by side (METHOD S3) and an offer against your own numbers (S4)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from ..lang import Lang, pick
from ..names import inline
from .formatting import format_count, format_eur
from .package import Package
from .valuation import Valuation, benefits_total, texts, value_package

# Lines where less is better for you; everything else is better when higher.
LOWER_IS_BETTER = frozenset({"own_lease_contribution", "worked_hours"})
# Lines that describe how the tax works rather than what you get: no verdict.
NO_VERDICT = frozenset({"employee_pension", "lease_car_addition", "wage_tax_annual"})
SAME_WITHIN = 0.5  # euros or hours: smaller differences are rounding, not a real difference
SAME_WITHIN_PER_HOUR = 0.005  # value per hour: a cent is already a real difference


@dataclass(frozen=True)
class Finding:
    """One observation, with the method point it comes from (S3 or S4)."""

    code: str
    point: str
    text: str


@dataclass(frozen=True)
class CompareRow:
    code: str
    label: str
    unit: str
    values: list[float | None]
    verdicts: list[str]  # per package: "baseline", "better", "worse", "same", "unknown", ""


@dataclass(frozen=True)
class Comparison:
    year: int
    baseline_index: int
    names: list[str]
    valuations: list[Valuation]
    rows: list[CompareRow]
    components: list[list[tuple[str, float]]]
    findings: list[Finding]
    assumptions: list[str]


def verdict(code: str, value: float | None, base: float | None, unit: str = "eur") -> str:
    """Is `value` better or worse for the job seeker than the baseline's value on this line?"""
    if code in NO_VERDICT:
        return ""
    if value is None or base is None:
        return "unknown"
    if abs(value - base) < (SAME_WITHIN_PER_HOUR if unit == "eur_per_hour" else SAME_WITHIN):
        return "same"
    higher = value > base
    return "better" if higher != (code in LOWER_IS_BETTER) else "worse"


def _rows(valuations: list[Valuation], baseline: int) -> list[CompareRow]:
    rows = []
    for i, line in enumerate(valuations[baseline].lines):
        values = [v.lines[i].amount for v in valuations]
        verdicts = [
            "baseline" if j == baseline else verdict(line.code, value, values[baseline], line.unit)
            for j, value in enumerate(values)
        ]
        rows.append(CompareRow(line.code, line.label, line.unit, values, verdicts))
    return rows


def _finding(code: str, point: str, lang: Lang, **values: str) -> Finding:
    return Finding(code, point, pick(texts()["findings"][code], lang).format(**values))


def _join(items: list[str], lang: Lang) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {pick(texts()['reasons']['and'], lang)} " + items[-1]


def _reasons(low: Package, lv: Valuation, high: Package, hv: Valuation, lang: Lang) -> str:
    """Why the package with the lower salary is still worth more: the parts where it wins."""
    reasons = texts()["reasons"]
    la, ha = lv.amounts, hv.amounts
    assert la is not None and ha is not None
    wins = {
        "thirteenth_month": la.thirteenth_month > ha.thirteenth_month,
        "year_end_bonus": la.year_end_bonus > ha.year_end_bonus,
        "profit_sharing": la.profit_sharing > ha.profit_sharing,
        "bonus": la.bonus > ha.bonus,
        "employer_pension": la.employer_pension > ha.employer_pension + SAME_WITHIN,
        "holiday_allowance": low.holiday_allowance_pct > high.holiday_allowance_pct,
        "allowances": la.allowances > ha.allowances,
        "benefits": benefits_total(la) > benefits_total(ha) + SAME_WITHIN,
    }
    return _join([pick(reasons[code], lang) for code, won in wins.items() if won], lang)


def _salary_pair(
    low: Package, lv: Valuation, high: Package, hv: Valuation, lang: Lang
) -> list[Finding]:
    """Apples-and-pears checks for one pair where `high` has the higher monthly salary."""
    names = {"low": low.name, "high": high.name}
    found = []
    if lv.total_value > hv.total_value + SAME_WITHIN:
        gap_m = format_eur(high.monthly_gross - low.monthly_gross, lang)
        gap_v = format_eur(lv.total_value - hv.total_value, lang)
        reasons = _reasons(low, lv, high, hv, lang)
        extra = ""
        if low.vacation_days > high.vacation_days:
            n = format_count(low.vacation_days - high.vacation_days, lang)
            extra = pick(texts()["reasons"]["extra_vacation"], lang).format(n=n)
        found.append(
            _finding(
                "lower_salary_higher_value", "S3", lang,
                monthly_gap=gap_m, value_gap=gap_v, reasons=reasons, extra=extra, **names,
            )
        )  # fmt: skip
    if high.pension_employer_pct == 0 and low.pension_employer_pct > 0 and lv.amounts:
        pension = format_eur(lv.amounts.employer_pension, lang)
        found.append(_finding("higher_salary_no_pension", "S3", lang, pension=pension, **names))
    if high.hours_per_week > low.hours_per_week:
        gap = format_count(high.hours_per_week - low.hours_per_week, lang)
        found.append(_finding("higher_salary_more_hours", "S3", lang, hours_gap=gap, **names))
    if high.vacation_days < low.vacation_days:
        gap = format_count(low.vacation_days - high.vacation_days, lang)
        found.append(_finding("higher_salary_fewer_vacation", "S3", lang, days_gap=gap, **names))
    if hv.value_per_worked_hour < lv.value_per_worked_hour - SAME_WITHIN_PER_HOUR:
        found.append(
            _finding(
                "higher_salary_lower_hourly", "S3", lang,
                high_hourly=format_eur(hv.value_per_worked_hour, lang, 2),
                low_hourly=format_eur(lv.value_per_worked_hour, lang, 2),
                **names,
            )
        )  # fmt: skip
    return found


def _equipment(pkgs: list[Package], lang: Lang) -> list[Finding]:
    """An offer without phone or laptop, when another offer has them."""
    found = []
    names = texts()["equipment"]
    for pkg in pkgs:
        missing = [k for k in ("phone", "laptop") if not getattr(pkg, k)]
        others = [o for o in pkgs if o is not pkg and any(getattr(o, k) for k in missing)]
        if missing and others:
            items = [pick(names[k], lang) for k in missing if getattr(others[0], k)]
            found.append(
                _finding(
                    "missing_equipment", "S3", lang,
                    name=pkg.name, items=_join(items, lang), other=others[0].name,
                )
            )  # fmt: skip
    return found


def apples_and_pears(pkgs: list[Package], vals: list[Valuation], lang: Lang) -> list[Finding]:
    """Everything that makes a plain salary comparison misleading, for every pair of offers."""
    found: list[Finding] = []
    for i, a in enumerate(pkgs):
        for j, b in enumerate(pkgs):
            if i != j and a.monthly_gross < b.monthly_gross:
                found += _salary_pair(a, vals[i], b, vals[j], lang)
    found += _equipment(pkgs, lang)
    for pkg in pkgs:
        if pkg.conditions.strip():
            found.append(
                _finding("conditions", "S3", lang, name=pkg.name, conditions=inline(pkg.conditions))
            )
    return found


def assumptions(pkgs: list[Package], vals: list[Valuation], year: int, lang: Lang) -> list[str]:
    entries = texts()["assumptions"]
    lines = [pick(entries["year"], lang).format(year=year)]
    for pkg, val in zip(pkgs, vals, strict=True):
        lines += [f"{pkg.name}: {notice.text}" for notice in val.defaults_used]
    lines += [pick(entries[k], lang) for k in ("net_method", "allowances_tax_free", "not_included")]
    return lines


def _named(pkgs: list[Package]) -> list[Package]:
    """Give unnamed offers a name a person can refer to: A, B, C..."""
    return [p if p.name else replace(p, name=chr(ord("A") + i)) for i, p in enumerate(pkgs)]


def compare_packages(
    packages: list[Package], *, year: int = 2026, lang: Lang, baseline_index: int = 0
) -> Comparison:
    """Every line side by side with a verdict against the baseline, the parts for a bar chart, the
    apples-and-pears findings (S3) and the assumptions in words."""
    if not packages:
        raise ValueError("compare_packages needs at least one package")
    if not 0 <= baseline_index < len(packages):
        raise IndexError(f"baseline_index {baseline_index} is not one of the packages")
    pkgs = _named(packages)
    vals = [value_package(p, year=year, lang=lang) for p in pkgs]
    return Comparison(
        year=year,
        baseline_index=baseline_index,
        names=[p.name for p in pkgs],
        valuations=vals,
        rows=_rows(vals, baseline_index),
        components=[v.components for v in vals],
        findings=apples_and_pears(pkgs, vals, lang),
        assumptions=assumptions(pkgs, vals, year, lang),
    )


VERSION_IGNORED = frozenset({"name", "stated", "their_range"})


def changed_keys(old: Package, new: Package) -> list[str]:
    """The parts of an offer that differ between two versions, in the order of the offer."""
    return [
        f.name
        for f in fields(Package)
        if f.name not in VERSION_IGNORED and getattr(old, f.name) != getattr(new, f.name)
    ]
