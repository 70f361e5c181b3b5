"""Answers to an offer (METHOD S2): accept, ask for time, make a counter-offer, or decline politely.

Every draft thanks the employer and shows enthusiasm; the numbers come from the offer and your
target.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..address import Address
from ..aftercare import add_working_days, is_working_day
from ..lang import Lang, load, pick
from ..names import greeting, role_in_sentence
from .formatting import format_date, format_eur
from .valuation import texts

THINK_DAYS = 7  # without a date, ask for a week: long enough to think, short enough to stay keen


def next_working_day(day: date) -> date:
    """A deadline in the weekend or on a public holiday moves to the next working day: nobody
    decides on a Sunday or on Easter Monday."""
    return day if is_working_day(day) else add_working_days(day, 1)


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
    candidate_name: str = "",
) -> dict[str, str]:
    """Drafts with keys "accept", "time", "counter" and "decline", written in `lang` and filled
    from the data, in je or u (`address`) where the text has both forms.

    Without `think_until` the time draft asks for a week from `today` (default: the real today).
    When the offer already meets the target, the counter draft asks to talk about the other terms.
    In Dutch the letters say "je" or "u" as the employer is addressed; they greet the contact by
    first name and end with the candidate's name.
    """
    entries = texts()["drafts"]
    deadline = think_until or next_working_day((today or date.today()) + timedelta(days=THINK_DAYS))
    gap = target_monthly - offer_monthly
    role = role_in_sentence(role, lang)
    about = load("aftercare.json")["about_role" if role else "about_unknown"]
    contact = " ".join(contact_name.split())
    values = {
        "greeting": greeting([contact] if contact else [], lang),
        "about": pick(about, lang).format(role=role),
        "company": " ".join(company.split()),
        "name": candidate_name.strip() or pick(load("aftercare.json")["no_name"], lang),
        "offer": format_eur(offer_monthly, lang),
        "target": format_eur(target_monthly, lang),
        "gap": format_eur(gap, lang),
        "date": format_date(deadline, lang, "long"),
    }
    counter = "counter" if gap >= 1 else "counter_no_gap"
    keys = {"accept": "accept", "time": "time", "counter": counter, "decline": "decline"}
    return {code: pick(entries[key], lang, address).format(**values) for code, key in keys.items()}
