"""Answers to an offer (METHOD S2): accept, ask for time, make a counter-offer, or decline politely.

Every draft thanks the employer and shows enthusiasm; the numbers come from the offer and your
target.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..address import Address
from ..lang import Lang, pick
from .formatting import format_date, format_eur
from .valuation import texts

THINK_DAYS = 7  # without a date, ask for a week: long enough to think, short enough to stay keen


def next_working_day(day: date) -> date:
    """A deadline on a Saturday or Sunday moves to the Monday after: nobody decides on a Sunday."""
    return day + timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)


def draft_replies(
    *,
    company: str,
    role: str,
    contact_name: str,
    offer_monthly: float,
    target_monthly: float,
    think_until: date | None,
    lang: Lang,
    today: date | None = None,
    address: Address = "u",
) -> dict[str, str]:
    """Drafts with keys "accept", "time", "counter" and "decline", written in `lang` and filled
    from the data, in je or u (`address`) where the text has both forms.

    Without `think_until` the time draft asks for a week from `today` (default: the real today).
    When the offer already meets the target, the counter draft asks to talk about the other terms.
    """
    entries = texts()["drafts"]
    deadline = think_until or next_working_day((today or date.today()) + timedelta(days=THINK_DAYS))
    gap = target_monthly - offer_monthly
    values = {
        "company": company,
        "role": role,
        "contact": contact_name.strip() or pick(entries["contact_unknown"], lang),
        "offer": format_eur(offer_monthly, lang),
        "target": format_eur(target_monthly, lang),
        "gap": format_eur(gap, lang),
        "date": format_date(deadline, lang),
    }
    counter = "counter" if gap >= 1 else "counter_no_gap"
    keys = {"accept": "accept", "time": "time", "counter": counter, "decline": "decline"}

    def text(key: str) -> str:
        informal = f"{key}_je"
        chosen = informal if address == "je" and informal in entries else key
        return pick(entries[chosen], lang).format(**values)

    return {code: text(key) for code, key in keys.items()}
