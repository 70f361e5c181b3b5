"""The employer's own salary information, read from a pasted vacancy (METHOD S4: their numbers
next to yours), in Dutch and English.

Read per sentence, only from sentences about pay: the amounts (a range, a maximum, a minimum),
per month/year/hour, the hours the amount is based on, the scale, whether holiday allowance is
included, the IKB percentage, a 13th month, and "marktconform" (a promise without numbers).
Numbers that are not pay are left alone: budgets, turnover, years, phone numbers, postcodes,
percentages, hours and years of experience.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Period = Literal["month", "year", "hour"]
PERIODS: tuple[Period, ...] = ("month", "year", "hour")
WEEKS_PER_MONTH = 52 / 12

# What an amount of pay can be per period; outside these it is not a salary (or a typo).
PLAUSIBLE: dict[Period, tuple[float, float]] = {
    "hour": (10, 250),
    "month": (1_000, 40_000),
    "year": (12_000, 500_000),
}

_PAY_WORDS = re.compile(
    r"salaris|salary|\bloon\b|uurloon|maandloon|jaarloon|bruto|\bgross\b|beloning|verdien|"
    r"\bearn|\bpay\b|compensation|\bschaal\b|salarisschaal|\bscale\b|\bgrade\b|inschaling|"
    r"\bfwg\b|\bikb\b|keuzebudget|choice budget|vakantiegeld|vakantietoeslag|holiday (?:allowance|pay)|"
    r"13e maand|13de maand|dertiende maand|13th month|thirteenth month|eindejaarsuitkering|"
    r"marktconform|competitive|market[- ]rate|per maand|per month|per jaar|per year|per uur|"
    r"per hour|per annum",
    re.IGNORECASE,
)
_TRAP_BEFORE = re.compile(
    r"(budget|omzet|turnover|revenue|waarde van|worth|investering|investment|funding|"
    r"financiering|subsidie|grant|portefeuille|portfolio|projecten van|projects of|kapitaal|"
    r"winst|profit of|boete|fine of|bonus|premie|vergoeding|allowance|toeslag|reiskosten|"
    r"opleidingsbudget|training budget)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
_BIG_AFTER = re.compile(r"^\s*(miljoen|miljard|mln|mrd|million|billion|bn|m)\b", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+31|\b0)[\s-]?\d{1,3}[\s-]?\d{3}[\s-]?\d{2,4}(?:[\s-]?\d{2})?\b")
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")
_NUMBER = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_AMOUNT = re.compile(
    rf"(?P<cur>€|eur\b|euro\b)?\s*(?P<num>{_NUMBER})\s*(?P<k>k\b|K\b)?(?P<dash>,-|\.-)?"
    rf"\s*(?P<after>euro\b|eur\b|€)?(?!\s*%|\s*(?:uur|hours?|jaar\b|years?|dagen|days|procent))",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(r"^\s*(?:-|–|—|tot en met|t/m|tot|to|and|en|till|until)\s*$", re.IGNORECASE)
_SCALE_BEFORE = re.compile(r"\b(schaal|scale|grade|fwg|band|trede|step)\s*$", re.IGNORECASE)
_CURRENCY_BITS = re.compile(r"€|\beur\b|\beuro\b|,-|\.-|^k\b", re.IGNORECASE)
_MAX_WORDS = re.compile(
    r"(max(?:imaal|imum|\.)?|tot\b|up to|to a maximum of|ten hoogste|uiterlijk|oplopend tot|"
    r"rising to|at most)\W*(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_MIN_WORDS = re.compile(
    r"(min(?:imaal|imum|\.)?|vanaf|starting at|starting from|from|at least|ten minste|"
    r"tenminste|starts? at|begint bij|beginnend bij)\W*(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_PERIOD_WORDS: dict[Period, re.Pattern[str]] = {
    "hour": re.compile(
        r"per uur|uurloon|/\s*uur|p/u\b|per hour|an hour|hourly|/\s*h(ou)?r\b|p/h\b", re.IGNORECASE
    ),
    "year": re.compile(
        r"per jaar|jaarsalaris|jaarloon|/\s*jaar|p/j\b|per year|per annum|p\.a\.|\bpa\b|annual|"
        r"a year|yearly|/\s*y(ea)?r\b",
        re.IGNORECASE,
    ),
    "month": re.compile(
        r"per maand|maandsalaris|maandloon|/\s*maand|p/m\b|p\.m\.|\bpm\b|per month|a month|"
        r"monthly|/\s*month|/\s*mnd|\bpcm\b|per mnd",
        re.IGNORECASE,
    ),
}
_HOURS = re.compile(
    r"(?:o\.b\.v\.|obv|op basis van|gebaseerd op|bij|voor|based on|for|at|\()\s*(?:een |a )?"
    r"(?P<h>\d{2}(?:[.,]\d)?)(?:\s*(?:-|–|tot|to)\s*(?P<h2>\d{2}))?\s*[- ]?"
    r"(?:uur|urige|hours?|hrs|u\b|-hour)",
    re.IGNORECASE,
)
_SCALE = re.compile(
    r"\b(?:salaris)?(?:schaal|scale|grade|fwg|functieschaal|loonschaal|salary band|band)\s*"
    r"(?P<s>\d{1,3}[A-Za-z]?(?:\s*(?:-|–|of|or|t/m|tot|to|/)\s*\d{1,3})?|[A-H]\b)",
    re.IGNORECASE,
)
_IKB_WORDS = r"(?:\bikb\b|individueel keuzebudget|keuzebudget|individual choice budget)"
_PCT = r"\d{1,2}(?:[.,]\d{1,2})?"
_IKB = re.compile(
    rf"{_IKB_WORDS}\D{{0,40}}?(?P<p>{_PCT})\s*%|(?P<q>{_PCT})\s*%\s*(?:aan\s+)?{_IKB_WORDS}",
    re.IGNORECASE,
)
_HOLIDAY = re.compile(
    r"vakantiegeld|vakantietoeslag|vakantiebijslag|holiday (?:allowance|pay)", re.I
)
_HOLIDAY_EXCL = re.compile(
    r"(excl\.?|exclusief|exclusive of|excluding|plus|\+|daarnaast|bovenop|on top|and)\W+"
    r"(?:\w+\W+){0,3}$|^\W*(?:\w+\W+){0,2}(?:komt erbij|on top|extra|bovenop|daarbovenop)",
    re.IGNORECASE,
)
_HOLIDAY_INCL = re.compile(
    r"(incl\.?|inclusief|inclusive of|including|met)\W+(?:\w+\W+){0,3}$", re.IGNORECASE
)
_THIRTEENTH = re.compile(
    r"13e maand|13de maand|dertiende maand|13th month|thirteenth month|"
    r"eindejaarsuitkering van 8[.,]33|end-of-year bonus of 8[.,]33",
    re.IGNORECASE,
)
_NO_THIRTEENTH = re.compile(r"(geen|no|zonder|without)\s+(?:\w+\s+){0,1}$", re.IGNORECASE)
_MARKET = re.compile(
    r"marktconform|competitive (?:salary|pay|package|compensation)|market[- ]rate|"
    r"in line with the market|passend salaris|goed salaris|attractive salary|aantrekkelijk salaris",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z\"'•*])|\n+|\s+[•·]\s+")


@dataclass(frozen=True)
class SalaryRange:
    """What a vacancy says about pay. None means "not said". Amounts in euro, per `period`."""

    min: float | None = None
    max: float | None = None
    period: Period | None = None
    hours_per_week: float | None = None
    scale: str | None = None
    holiday_allowance_included: bool | None = None
    ikb_pct: float | None = None
    thirteenth_month: bool | None = None
    marktconform: bool = False
    evidence: tuple[str, ...] = field(default=())

    @property
    def has_amounts(self) -> bool:
        return self.min is not None or self.max is not None

    @property
    def found(self) -> bool:
        """Anything at all about pay (numbers, a scale, a promise)."""
        return bool(self.evidence)

    def monthly(self, hours_per_week: float | None = None) -> tuple[float | None, float | None]:
        """Their range as gross per month, scaled to `hours_per_week` when both hours are known."""
        factor = {"month": 1.0, "year": 1 / 12, "hour": 0.0, None: 1.0}[self.period]
        basis = self.hours_per_week
        if self.period == "hour":
            factor = (hours_per_week or basis or 40) * WEEKS_PER_MONTH
        elif hours_per_week and basis:
            factor *= hours_per_week / basis
        low = None if self.min is None else round(self.min * factor, 2)
        high = None if self.max is None else round(self.max * factor, 2)
        return low, high

    def as_json(self) -> dict[str, object]:
        return {
            "min": self.min,
            "max": self.max,
            "period": self.period,
            "hours_per_week": self.hours_per_week,
            "scale": self.scale,
            "holiday_allowance_included": self.holiday_allowance_included,
            "ikb_pct": self.ikb_pct,
            "thirteenth_month": self.thirteenth_month,
            "evidence": list(self.evidence),
        }


def sentences(text: str) -> list[str]:
    """Lines and sentences; "max. € 4.500" and "o.b.v. 36 uur" stay in one piece."""
    parts = (" ".join(s.split()).lstrip("•·*-– ") for s in _SENTENCE_END.split(text) if s)
    return [part for part in parts if part]


def parse_amount(text: str) -> float:
    """ "4.500" and "4,500" are 4500, "4.500,50" is 4500.5, "16,37" is 16.37, "55k" is not here."""
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    seps = re.findall(r"[.,]", cleaned)
    if not seps:
        return float(cleaned)
    last = max(cleaned.rfind("."), cleaned.rfind(","))
    tail = cleaned[last + 1 :]
    if len(set(seps)) == 2 or len(tail) != 3:  # the last separator is the decimal point
        whole = re.sub(r"[.,]", "", cleaned[:last])
        return float(f"{whole}.{tail}") if len(tail) != 3 else float(whole + tail)
    return float(re.sub(r"[.,]", "", cleaned))


@dataclass(frozen=True)
class _Amount:
    value: float
    start: int
    end: int
    currency: bool


def _amounts(sentence: str) -> list[_Amount]:
    masked = _POSTCODE.sub(
        lambda m: "#" * len(m[0]), _PHONE.sub(lambda m: "#" * len(m[0]), sentence)
    )
    found = []
    for m in _AMOUNT.finditer(masked):
        if not m["num"] or not re.search(r"\d", m["num"]):
            continue
        value = parse_amount(m["num"].strip())
        if m["k"]:
            value *= 1000
        before, after = masked[: m.start("num")], masked[m.end() :]
        if _TRAP_BEFORE.search(before) or _BIG_AFTER.match(after) or _SCALE_BEFORE.search(before):
            continue
        currency = bool(m["cur"] or m["after"] or m["dash"] or m["k"])
        if not currency and 1900 <= value <= 2100 and "." not in m["num"] and "," not in m["num"]:
            continue  # a year
        found.append(_Amount(value, m.start("num"), m.end("num"), currency))
    return found


def _period(sentence: str) -> Period | None:
    hits = [(m.start(), p) for p, rx in _PERIOD_WORDS.items() for m in [rx.search(sentence)] if m]
    return min(hits)[1] if hits else None


# Without a word for the period, the size of the amount decides; 40.000 is then a year.
GUESS: dict[Period, tuple[float, float]] = {
    "hour": (10, 150),
    "month": (1_000, 15_000),
    "year": (15_000, 500_000),
}


def _guess_period(value: float) -> Period | None:
    return next((p for p, (low, high) in GUESS.items() if low <= value <= high), None)


def _plausible(value: float, period: Period) -> bool:
    low, high = PLAUSIBLE[period]
    return low <= value <= high


def _range_in(sentence: str) -> tuple[float | None, float | None, Period | None] | None:
    """The pay range one sentence states, or None when it states no pay amount."""
    amounts = _amounts(sentence)
    if not amounts or not any(a.currency for a in amounts) and not _PAY_WORDS.search(sentence):
        return None
    period = _period(sentence)
    usable = [a for a in amounts if period and _plausible(a.value, period)]
    if not usable:  # the period word belongs to another amount ("a bonus of 2.000 a year")
        period = None
        usable = [a for a in amounts if _guess_period(a.value) and (a.currency or a.value >= 1000)]
    if not usable:
        return None
    first = usable[0]
    period = period or _guess_period(first.value)
    for a, b in zip(usable, usable[1:], strict=False):
        between = _CURRENCY_BITS.sub("", sentence[a.end : b.start])
        if _CONNECTOR.match(between) and a.value <= b.value:
            return a.value, b.value, period
    lows = [a for a in usable if _MIN_WORDS.search(_before(sentence, a))]
    highs = [a for a in usable if _MAX_WORDS.search(_before(sentence, a))]
    if lows and highs and lows[0].value <= highs[0].value:  # "minimaal X en maximaal Y"
        return lows[0].value, highs[0].value, period
    if highs and highs[0] is first:
        return None, first.value, period
    if lows and lows[0] is first:
        return first.value, None, period
    return first.value, first.value, period


def _before(sentence: str, amount: _Amount) -> str:
    return sentence[: amount.start].rstrip("€ ").rstrip() + " "


def _hours(sentence: str) -> float | None:
    m = _HOURS.search(sentence)
    if not m:
        return None
    hours = float((m["h2"] or m["h"]).replace(",", "."))
    return hours if 8 <= hours <= 60 else None


def _scale(sentence: str) -> str | None:
    m = _SCALE.search(sentence)
    if not m:
        return None
    return re.sub(r"\s*(?:-|–|of|or|t/m|tot|to|/)\s*", "-", m["s"].strip())


def _ikb(sentence: str) -> float | None:
    m = _IKB.search(sentence)
    if not m:
        return None
    pct = float((m["p"] or m["q"]).replace(",", "."))
    return pct if 0 < pct <= 50 else None


def _holiday_included(sentence: str) -> bool | None:
    m = _HOLIDAY.search(sentence)
    if not m:
        return None
    before, after = sentence[: m.start()], sentence[m.end() :]
    before = re.sub(r"\d+(?:[.,]\d+)?\s*%\s*$", "", before.rstrip()) + " "
    if _HOLIDAY_INCL.search(before):
        return True
    if _HOLIDAY_EXCL.search(before) or _HOLIDAY_EXCL.search(after):
        return False
    return None


def _thirteenth(sentence: str) -> bool | None:
    m = _THIRTEENTH.search(sentence)
    if not m:
        return None
    return not _NO_THIRTEENTH.search(sentence[: m.start()])


def read_salary(text: str) -> SalaryRange:
    """Everything a vacancy says about pay; the first sentence that states a thing wins."""
    values: dict[str, object] = {}
    evidence: list[str] = []
    for sentence in sentences(text):
        if not _PAY_WORDS.search(sentence) and "€" not in sentence:
            continue
        found = _sentence_values(sentence)
        new = {k: v for k, v in found.items() if k not in values}
        if new:
            values.update(new)
            evidence.append(sentence)
    return SalaryRange(**values, evidence=tuple(evidence))  # type: ignore[arg-type]  # values holds exactly the range fields


def _market(sentence: str) -> bool | None:
    return True if _MARKET.search(sentence) else None


READERS: dict[str, Callable[[str], object]] = {
    "hours_per_week": _hours,
    "scale": _scale,
    "holiday_allowance_included": _holiday_included,
    "ikb_pct": _ikb,
    "thirteenth_month": _thirteenth,
    "marktconform": _market,
}


def _sentence_values(sentence: str) -> dict[str, object]:
    found: dict[str, object] = {}
    pay = _range_in(sentence)
    if pay:
        found.update(min=pay[0], max=pay[1], period=pay[2])
    for key, reader in READERS.items():
        value = reader(sentence)
        if value is not None:
            found[key] = value
    return found
