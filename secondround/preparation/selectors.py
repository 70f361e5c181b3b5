"""Reads of the preparation app for other apps' pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils.translation import gettext as _

from secondround.coach.lang import Lang
from secondround.urlmaker import url_maker

from .progress import PlanStatus, plan_statuses


@dataclass(frozen=True)
class UpcomingRound:
    """A round as the dashboard has it (plain values, no model instance to build)."""

    pk: int
    application_id: int
    number: int
    starts_at: datetime | None
    role: str
    company: str


@dataclass(frozen=True)
class PlanLine:
    """One line of the dashboard's "Preparing" card, every text ready to print."""

    url: str
    title: str  # "role — company"
    round: str  # "round 2": numbers as text, so the template does not localize each one
    days: str
    percent: str
    progress: str
    next_step: str


def dashboard_plans(rounds: list[UpcomingRound], *, user: Any, lang: Lang) -> list[PlanLine]:
    """The plan progress of each given round, in a constant number of queries."""
    statuses = plan_statuses(rounds, user=user, lang=lang)
    plan_url = url_maker("preparation:plan")
    return [_line(r, statuses[r.pk], plan_url(r.pk)) for r in rounds]


def _line(round: UpcomingRound, status: PlanStatus, url: str) -> PlanLine:
    progress = status.progress
    next_step = status.next_step
    return PlanLine(
        url=url,
        title=f"{round.role} — {round.company}",
        round=f"{_('round')} {round.number}",
        days=_days(status.days_left, round.number),
        percent=str(progress.percent),
        progress=_("%(done)s of %(total)s steps done (%(percent)s%%)")
        % {"done": progress.done_count, "total": progress.total, "percent": progress.percent},
        next_step=next_step.step.title if next_step else "",
    )


def _days(days_left: int | None, number: int) -> str:
    """The same words as preparation/_plan_progress.html."""
    if days_left is None:
        return _("No date for this round yet.")
    if days_left > 1:
        return _("%(days)s days left until round %(number)s.") % {
            "days": days_left,
            "number": number,
        }
    if days_left == 1:
        return _("Tomorrow is the day.")
    if days_left == 0:
        return _("Today is the day.")
    return _("This round has passed.")
