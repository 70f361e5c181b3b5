"""The words for the salary moments of an interview (METHOD S1, S2, S4): what they may ask, what you
can say, in je or u, with your range anchored on your own numbers and their range.

Four moments: "what do you earn now?", "what are your expectations?", an offer made in the room, and
salary that does not come up. Round one gets the short version; from round two salary is likely
(METHOD P3), so the one-page sheet carries two or three lines of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from .address import Address
from .lang import Lang, load, pick
from .pay.formatting import format_count, format_eur

MOMENTS: tuple[str, ...] = ("current_pay", "expectations", "offer_in_room", "not_raised")
ROUND_ONE_MOMENTS: tuple[str, ...] = ("current_pay", "expectations", "not_raised")
ASK_STEP = 50  # a range is named in round numbers
ASK_SPREAD = 0.08  # without their maximum, the top of your range is 8% above your target


@dataclass(frozen=True)
class Moment:
    code: str
    title: str
    question: str  # what the interviewer says; empty when nobody asks
    lines: list[str]  # what you can say
    tips: list[str]


@dataclass(frozen=True)
class Numbers:
    """Your own numbers (S4) and their range per month at your hours, all optional."""

    target: float | None = None
    minimum: float | None = None
    their_high: float | None = None
    hours: float = 40


def _texts() -> dict[str, Any]:
    return load("salary_talk.json")  # type: ignore[no-any-return]  # the data file is a dict of texts


def _round_up(amount: float) -> float:
    return math.ceil(amount / ASK_STEP) * ASK_STEP


def ask_range(numbers: Numbers) -> tuple[float, float] | None:
    """Your range: it starts at your target (never at your minimum) and reaches their maximum when
    that is higher; without their maximum, 8% above the target. None without a target or minimum."""
    start = numbers.target or numbers.minimum
    if not start:
        return None
    low = _round_up(start)
    top = numbers.their_high if numbers.their_high and numbers.their_high > low else 0
    return low, max(_round_up(top), _round_up(low * (1 + ASK_SPREAD)))


def _ask_text(numbers: Numbers, lang: Lang) -> str:
    found = ask_range(numbers)
    if found is None:
        return ""
    return pick(_texts()["ask"]["range"], lang).format(
        low=format_eur(found[0], lang), high=format_eur(found[1], lang)
    )


def _values(numbers: Numbers, address: Address, lang: Lang) -> dict[str, str]:
    ask = _texts()["ask"]
    asked = _ask_text(numbers, lang)
    hours = format_count(numbers.hours, lang)
    line = pick(ask["line"], lang).format(ask=asked, hours=hours) if asked else ""
    if numbers.their_high:
        key = "basis_their_u" if address == "u" else "basis_their"
        basis = pick(ask[key], lang).format(their_high=format_eur(numbers.their_high, lang))
    else:
        basis = pick(ask["basis_own"], lang)
    return {
        "ask_line": line or pick(ask["line_unknown"], lang),
        "ask_basis": basis,
        "ask": asked,
        "hours": hours,
    }


def _warnings(numbers: Numbers, lang: Lang) -> list[str]:
    ask = _texts()["ask"]
    if not (numbers.target or numbers.minimum):
        return [pick(ask["no_numbers"], lang)]
    if numbers.their_high and numbers.minimum and numbers.their_high < numbers.minimum:
        return [
            pick(ask["below_minimum"], lang).format(
                their_high=format_eur(numbers.their_high, lang),
                minimum=format_eur(numbers.minimum, lang),
            )
        ]
    return []


def salary_moments(
    *, round_number: int, address: Address, numbers: Numbers, lang: Lang
) -> list[Moment]:
    """The salary moments for one round, in the language and the form of address given."""
    entries = _texts()["moments"]
    values = _values(numbers, address, lang)
    codes = ROUND_ONE_MOMENTS if round_number <= 1 else MOMENTS
    found = []
    for code in codes:
        entry = entries[code]
        tips = list(entry["tips"][lang])
        if round_number <= 1 and "round_one_tip" in entry:
            tips.insert(0, pick(entry["round_one_tip"], lang))
        if code == "expectations":
            tips = _warnings(numbers, lang) + tips
        found.append(
            Moment(
                code=code,
                title=pick(entry["title"], lang),
                question=entry["question"][lang][address],
                lines=[line.format(**values).strip() for line in entry["lines"][lang][address]],
                tips=tips,
            )
        )
    return found


def sheet_lines(
    *, round_number: int, numbers: Numbers, show_numbers: bool, lang: Lang, address: Address = "je"
) -> list[str]:
    """Three short lines for the one-page sheet from round two on (salary is likely then); the
    range only when the user chose to print their numbers. What they ask is quoted in the table's
    `address`; what the candidate does is said with "je", as everywhere on the sheet."""
    if round_number <= 1:
        return []
    sheet = _texts()["sheet"]
    asked = _ask_text(numbers, lang)
    if show_numbers and asked:
        expectation = pick(sheet["expectations"], lang).format(ask=asked)
    else:
        expectation = pick(sheet["expectations_hidden"], lang)
    return [sheet["current_pay"][lang][address], expectation, pick(sheet["offer"], lang)]
