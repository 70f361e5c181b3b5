"""Short notice (METHOD R2, R5): when the next round is only a few days away, the six preparation
steps become a dated plan per day: what to do today, tomorrow and on the day itself. Checklist items
of an assignment whose date has already passed move into the days that remain, marked as moved. A
round that is today still gets a plan of thirty minutes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .lang import Lang, load, pick

FILE = "short_notice.json"
DEFAULT_THRESHOLD_DAYS = 3


@dataclass(frozen=True)
class OpenStep:
    """A plan step that is not done yet."""

    key: str
    title: str


@dataclass(frozen=True)
class ChecklistDue:
    """An open checklist item of an assignment and the day it was meant for."""

    text: str
    due: date


@dataclass(frozen=True)
class Task:
    text: str
    step_key: str = ""  # the plan step it comes from, if any
    moved_from: date | None = None  # set when its own date had already passed
    moved_note: str = ""
    minutes: int | None = None


@dataclass(frozen=True)
class PlanDay:
    day: date
    label: str
    is_interview_day: bool
    tasks: list[Task] = field(default_factory=list)


def is_short_notice(days_left: int | None, threshold: int = DEFAULT_THRESHOLD_DAYS) -> bool:
    """True when the interview is today or within `threshold` days (not once it has passed)."""
    return days_left is not None and 0 <= days_left <= threshold


def _t(key: str, lang: Lang) -> str:
    return pick(load(FILE)[key], lang)


def day_name(day: date, lang: Lang) -> str:
    """ "vrijdag 4 december" / "Friday 4 December"."""
    data = load(FILE)
    weekday = data["weekdays"][lang][day.weekday()]
    return f"{weekday} {day.day} {data['months'][lang][day.month - 1]}"


def _label(day: date, *, today: date, interview_day: date, lang: Lang) -> str:
    if day == interview_day:
        return _t("today_the_day" if day == today else "the_day", lang)
    if day == today:
        return _t("today", lang)
    if day == today + timedelta(days=1):
        return _t("tomorrow", lang)
    weekday: str = load(FILE)["weekdays"][lang][day.weekday()]
    return weekday.capitalize()  # the date follows on screen


def _spread(steps: Sequence[OpenStep], days: int) -> list[list[OpenStep]]:
    """Open steps over the preparation days in their order, the earlier days taking the extra."""
    buckets: list[list[OpenStep]] = [[] for _ in range(days)]
    per_day, extra = divmod(len(steps), days)
    start = 0
    for index in range(days):
        size = per_day + (index < extra)
        buckets[index] = list(steps[start : start + size])
        start += size
    return buckets


def short_plan(
    *,
    today: date,
    interview_day: date,
    open_steps: Sequence[OpenStep],
    checklist: Sequence[ChecklistDue] = (),
    lang: Lang,
    threshold: int = DEFAULT_THRESHOLD_DAYS,
) -> list[PlanDay]:
    """The plan per day from today to the interview, or [] when there is time for the six steps
    (more than `threshold` days) or the interview has passed."""
    days_left = (interview_day - today).days
    if not is_short_notice(days_left, threshold):
        return []
    days = [today + timedelta(days=n) for n in range(days_left + 1)]
    plan = {
        d: PlanDay(
            day=d,
            label=_label(d, today=today, interview_day=interview_day, lang=lang),
            is_interview_day=d == interview_day,
        )
        for d in days
    }
    if days_left == 0:
        plan[today].tasks.extend(
            Task(text=pick(item, lang), minutes=item["minutes"]) for item in load(FILE)["half_hour"]
        )
    else:
        for d, steps in zip(days[:-1], _spread(open_steps, days_left), strict=True):
            plan[d].tasks.extend(Task(text=s.title, step_key=s.key) for s in steps)
    for item in sorted(checklist, key=lambda c: c.due):
        if item.due < today:
            note = _t("moved", lang).format(when=day_name(item.due, lang))
            plan[today].tasks.append(Task(text=item.text, moved_from=item.due, moved_note=note))
        elif item.due in plan:
            plan[item.due].tasks.append(Task(text=item.text))
    plan[interview_day].tasks.append(Task(text=_t("on_the_day", lang)))
    return [plan[d] for d in days]
