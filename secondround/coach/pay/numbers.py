"""An offer against the numbers you set before round two (METHOD S4): minimum, target, wishes."""

from __future__ import annotations

from typing import Any

from ..lang import Lang, pick
from ..names import inline
from .compare import SAME_WITHIN, Finding
from .formatting import format_count, format_eur, format_pct
from .package import Package
from .vacancy import SalaryRange
from .valuation import texts


def _finding(code: str, lang: Lang, **values: str) -> Finding:
    return Finding(code, "S4", pick(texts()["findings"][code], lang).format(**values))


def salary_findings(
    pkg: Package, *, target_monthly: float, minimum_monthly: float, lang: Lang
) -> list[Finding]:
    """Where the salary lands: under the minimum, between minimum and target, or at/above."""
    offer = pkg.monthly_gross
    if offer < minimum_monthly - SAME_WITHIN:
        return [_finding("below_minimum", lang, gap=format_eur(minimum_monthly - offer, lang))]
    if offer < target_monthly - SAME_WITHIN:
        return [_finding("below_target", lang, gap=format_eur(target_monthly - offer, lang))]
    if offer <= target_monthly + SAME_WITHIN:
        return [_finding("at_target", lang, target=format_eur(target_monthly, lang))]
    return [_finding("above_target", lang, gap=format_eur(offer - target_monthly, lang))]


def _offer_has(pkg: Package) -> dict[str, bool]:
    """Which benefits the offer visibly holds, by the topic names of the wish keywords."""
    return {
        "pension": pkg.pension_employer_pct > 0,
        "lease_car": pkg.lease_car_list_price > 0,
        "phone": pkg.phone,
        "laptop": pkg.laptop,
        "home_office": pkg.home_office_allowance_monthly > 0,
        "travel": pkg.travel_allowance_monthly > 0,
        "training": pkg.training_budget > 0,
        "vacation": pkg.vacation_days > 20,
        "thirteenth_month": pkg.thirteenth_month,
        "bonus": pkg.bonus > 0,
        "profit_sharing": pkg.profit_sharing > 0,
    }


def wish_topics(wish: str) -> list[str]:
    """The benefit topics a wish mentions, by simple keyword match (lower case, substring)."""
    text = wish.lower()
    keywords: dict[str, list[str]] = texts()["wishes"]["keywords"]
    return [topic for topic, words in keywords.items() if any(w in text for w in words)]


def _in_conditions(wish: str, conditions: str) -> bool:
    """All longer words of the wish appear in the offer's free-text conditions."""
    words = [w for w in wish.lower().split() if len(w) > 3]
    return bool(words) and all(w in conditions.lower() for w in words)


def wish_findings(pkg: Package, wishes: list[str], lang: Lang) -> list[Finding]:
    """Per wish: visibly met (and where), or not visible in the offer."""
    where: dict[str, Any] = texts()["wishes"]["where"]
    has = _offer_has(pkg)
    found = []
    for wish in (w.strip() for w in wishes):
        if not wish:
            continue
        # The offer's own words first: a wish written like a condition matches it literally.
        met = ["conditions"] if _in_conditions(wish, pkg.conditions) else []
        met = met or [t for t in wish_topics(wish) if has[t]]
        if met:
            place = ", ".join(pick(where[t], lang) for t in met)
            found.append(_finding("wish_met", lang, wish=inline(wish), where=place))
        else:
            found.append(_finding("wish_not_visible", lang, wish=inline(wish)))
    return found


def check_against_numbers(
    pkg: Package,
    *,
    target_monthly: float,
    minimum_monthly: float,
    wishes: list[str],
    lang: Lang,
) -> list[Finding]:
    """Compare one offer with your own salary indication, minimum and wished-for terms (S4)."""
    return salary_findings(
        pkg, target_monthly=target_monthly, minimum_monthly=minimum_monthly, lang=lang
    ) + wish_findings(pkg, wishes, lang)


def range_text(
    their: SalaryRange, lang: Lang, hours_per_week: float | None = None, decimals: int = 0
) -> str:
    """Their range per month in words: "€ 3.200 tot € 4.500", "tot € 4.500", "vanaf € 3.200"."""
    words = texts()["range"]
    low, high = their.monthly(hours_per_week)
    if low is not None and high is not None and low != high:
        key = "from_to"
    else:
        key = "up_to" if low is None else "from"
    return pick(words[key], lang).format(
        low=format_eur(low or 0, lang, decimals), high=format_eur(high or 0, lang, decimals)
    )


def range_findings(pkg: Package, their: SalaryRange, lang: Lang) -> list[Finding]:
    """Where the offer's monthly salary lands in the employer's own range from the vacancy,
    scaled to the offer's hours when the vacancy names its hours basis (S4)."""
    if not their.has_amounts:
        return [_finding("only_marktconform", lang)] if their.marktconform else []
    low, high = their.monthly(pkg.hours_per_week)
    offer = pkg.monthly_gross
    scaled = their.hours_per_week and their.hours_per_week != pkg.hours_per_week
    basis = texts()["range"]["basis"]
    values = {
        "range": range_text(their, lang, pkg.hours_per_week),
        "basis": pick(basis, lang).format(hours=format_count(pkg.hours_per_week, lang))
        if scaled
        else "",
    }
    if low is not None and offer < low - SAME_WITHIN:
        return [_finding("below_range", lang, gap=format_eur(low - offer, lang), **values)]
    if high is not None and offer > high + SAME_WITHIN:
        return [_finding("above_range", lang, gap=format_eur(offer - high, lang), **values)]
    if high is not None and offer >= high - SAME_WITHIN:
        return [_finding("at_range_top", lang, **values)]
    bottom = low if low is not None else offer
    pct = 0.0 if high is None or high == bottom else (offer - bottom) / (high - bottom) * 100
    room = format_eur((high or offer) - offer, lang)
    return [_finding("in_range", lang, pct=format_pct(round(pct), lang), room=room, **values)]


def describe_range(their: SalaryRange, lang: Lang) -> list[str]:
    """Their salary information in short parts, as the vacancy states it (no conversion)."""
    words = texts()["range"]
    parts: list[str] = []
    if their.has_amounts:
        decimals = 2 if their.period == "hour" else 0
        amount = range_text(SalaryRange(min=their.min, max=their.max), lang, decimals=decimals)
        period = pick(words["periods"][their.period], lang) if their.period else ""
        parts.append(f"{amount} {period}".strip())
    if their.hours_per_week:
        parts.append(
            pick(words["hours"], lang).format(hours=format_count(their.hours_per_week, lang))
        )
    if their.scale:
        parts.append(pick(words["scale"], lang).format(scale=their.scale))
    if their.ikb_pct:
        parts.append(pick(words["ikb"], lang).format(pct=format_pct(their.ikb_pct, lang)))
    if their.holiday_allowance_included is not None:
        parts.append(
            pick(words["holiday_in" if their.holiday_allowance_included else "holiday_out"], lang)
        )
    if their.thirteenth_month is not None:
        parts.append(pick(words["thirteenth" if their.thirteenth_month else "no_thirteenth"], lang))
    if their.marktconform and not their.has_amounts:
        parts.append(pick(words["marktconform"], lang))
    return parts
