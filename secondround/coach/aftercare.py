"""After the interview (METHOD A1, A2, D7): when to expect news and when to follow up, the e-mails,
the closing lines for the day sheet and the reflection prompts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Literal, NamedTuple

import holidays

from .address import Address
from .lang import Lang, load, pick
from .names import greeting, role_in_sentence
from .pay.formatting import format_date as format_day
from .plan import topic_phrase

FILE = "aftercare.json"
DEFAULT_WEEKS = (3, 6)  # A2: a decision takes three to six weeks on average
FAST_DAYS = 14  # some employers decide within two weeks

Source = Literal["said_date", "said_weeks", "default", "fast"]
State = Literal["waiting", "follow_up_due"]


@dataclass(frozen=True)
class Decision:
    earliest: date
    latest: date
    follow_up_on: date  # always a working day
    source: Source


@dataclass(frozen=True)
class Waiting:
    state: State
    days_to_latest: int  # negative once the latest date has passed
    days_to_follow_up: int  # 0 on the day to follow up, negative after it


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str


class Prompt(NamedTuple):
    key: str
    label: str
    help: str


# Good Friday is not a public holiday under the Algemene termijnenwet and most offices are open, so a
# follow-up may fall on it. The holidays package lists it for the Netherlands; leave it out here.
OFFICES_OPEN = frozenset({"Good Friday"})


@cache
def format_date(day: date, lang: Lang) -> str:
    """A date as a letter writes it: "3 maart 2025" / "3 March 2025"."""
    return format_day(day, lang, "letter")


def dutch_holidays(year: int) -> frozenset[date]:
    """The Dutch public holidays on which offices are usually closed (from the holidays package:
    New Year, Easter, King's Day, Liberation Day every fifth year, Ascension, Whitsun, Christmas)."""
    days = holidays.country_holidays("NL", years=year, language="en_US")
    return frozenset(day for day, name in days.items() if name not in OFFICES_OPEN)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in dutch_holidays(day.year)


def add_working_days(day: date, count: int) -> date:
    """The `count`-th working day after `day` (weekends and Dutch public holidays skipped)."""
    while count > 0:
        day += timedelta(days=1)
        count -= is_working_day(day)
    return day


def on_working_day(day: date) -> date:
    """`day` itself when offices are open, else the next working day: news is not expected on a
    Sunday or on Christmas Day."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def expected_decision(
    *, interview_date: date, said_date: date | None, said_weeks: int | None, fast_employer: bool
) -> Decision:
    """When news can be expected. What the employer said wins (a date over a number of weeks);
    otherwise three to six weeks, or up to two for a fast employer. Follow up one working day
    after a date they named, two after an estimate. Every date is a working day (no weekend, no
    Dutch public holiday)."""
    if said_date is not None and said_date < interview_date:
        raise ValueError("said_date lies before the interview")
    if said_weeks is not None and said_weeks < 0:
        raise ValueError("said_weeks cannot be negative")
    source: Source
    if said_date is not None:
        earliest = latest = said_date
        source = "said_date"
    elif said_weeks is not None:
        earliest = latest = interview_date + timedelta(weeks=said_weeks)
        source = "said_weeks"
    elif fast_employer:
        earliest, latest = interview_date + timedelta(days=1), interview_date + timedelta(FAST_DAYS)
        source = "fast"
    else:
        earliest, latest = (interview_date + timedelta(weeks=weeks) for weeks in DEFAULT_WEEKS)
        source = "default"
    margin = 1 if source in ("said_date", "said_weeks") else 2
    earliest, latest = on_working_day(earliest), on_working_day(latest)
    return Decision(earliest, latest, add_working_days(latest, margin), source)


def waiting_status(decision: Decision, today: date) -> Waiting:
    return Waiting(
        state="follow_up_due" if today >= decision.follow_up_on else "waiting",
        days_to_latest=(decision.latest - today).days,
        days_to_follow_up=(decision.follow_up_on - today).days,
    )


def _text(key: str, lang: Lang, address: Address = "je") -> str:
    return pick(load(FILE)[key], lang, address)


def _letter(names: list[str], body: str, candidate_name: str, lang: Lang) -> str:
    """Greeting, body, and a name under it (a placeholder the user cannot miss when it is unknown)."""
    name = candidate_name or _text("no_name", lang)
    return f"{greeting(names, lang)}\n\n{body}\n\n{_text('sign_off', lang)}\n{name}"


def _common(names: list[str], role: str, company: str, lang: Lang) -> dict[str, str]:
    role, company = role_in_sentence(role, lang), " ".join(company.split())
    return {
        "about": _text("about_role", lang).format(role=role)
        if role
        else _text("about_unknown", lang),
        "at_company": _text("at_company", lang).format(company=company) if company else "",
        "number": "body_one" if len(names) == 1 else "body_many",
    }


def _clean_names(names: list[str]) -> list[str]:
    return [" ".join(name.split()) for name in names if name.strip()]


def thank_you_email(
    *,
    names: list[str],
    topic: str,
    role: str,
    company: str,
    candidate_name: str,
    lang: Lang,
    address: Address = "je",
) -> Draft:
    """A short thank-you mail to the people at the table, naming one topic from the talk."""
    names = _clean_names(names)
    entry = load(FILE)["thank_you"]
    values = _common(names, role, company, lang)
    phrase = topic_phrase(topic)
    topic_line = pick(entry["topic_line"], lang).format(topic=phrase) + " " if phrase else ""
    body = pick(entry[values["number"]], lang, address).format(topic_line=topic_line, **values)
    return Draft(
        subject=pick(entry["subject"], lang).format(**values),
        body=_letter(names, body, candidate_name.strip(), lang),
    )


def follow_up_email(
    *,
    names: list[str],
    role: str,
    company: str,
    interview_date: date,
    candidate_name: str,
    lang: Lang,
    address: Address = "je",
) -> Draft:
    """A friendly mail asking where things stand, for when the expected news has not come."""
    names = _clean_names(names)
    entry = load(FILE)["follow_up"]
    values = _common(names, role, company, lang)
    body = pick(entry[values["number"]], lang, address).format(
        date=format_date(interview_date, lang), **values
    )
    return Draft(
        subject=pick(entry["subject"], lang).format(**values),
        body=_letter(names, body, candidate_name.strip(), lang),
    )


def closing_lines(lang: Lang, address: Address = "je") -> list[str]:
    """D7 for the day sheet: ask how the procedure continues, when you hear, when you would start;
    thank everyone present. What to say is in the form of the people at the table."""
    return [pick(line, lang, address) for line in load(FILE)["closing_lines"]]


def reflection_prompts(lang: Lang) -> list[Prompt]:
    """A1: the questions to answer right after the interview, each with a short help text."""
    return [
        Prompt(entry["key"], pick(entry["label"], lang), pick(entry["help"], lang))
        for entry in load(FILE)["reflection"]
    ]


def reassurance(lang: Lang) -> str:
    """Shown with the reflection: doing your best is already a good result."""
    return _text("reassurance", lang)
