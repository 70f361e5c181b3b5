"""What the dashboard shows, gathered once, from the applications and preparation apps' selectors.

It lives at project level because it reads two apps, and preparation already reads applications.

The dashboard grows with every application, so it costs a fixed number of queries and hands the
template plain rows with every text and address ready: no lookups, includes or URL reversing per row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, TypedDict

from django.db.models import Count
from django.utils import timezone

from secondround.applications.selectors import (
    CLOSED_STAGES,
    Application,
    Round,
    RoundStatus,
    Stage,
    filled_debrief_exists,
)
from secondround.coach.goals import ApplicationState, next_action
from secondround.coach.lang import Lang
from secondround.preparation import selectors as preparation
from secondround.urlmaker import url_maker


class DashboardRow(TypedDict):
    """One active application: `pk` and `url` of the application, and its one next step. A dict
    rather than a dataclass: the template engine tries a key before an attribute, so a dict spares
    it a raised and caught exception for every field of every row."""

    pk: int
    url: str
    role: str
    company: str
    stage: str
    next_step: str


@dataclass(frozen=True)
class NextRound:
    url: str
    role: str
    company: str
    number: int
    starts_at: datetime
    started: bool = False  # its start time has passed today and it is still "planned"
    notes_url: str = ""


@dataclass(frozen=True)
class Dashboard:
    rows: list[DashboardRow]
    by_stage: list[tuple[str, list[DashboardRow]]]
    next_round: NextRound | None
    plans: list[preparation.PlanLine]
    archived_count: int


def dashboard(user: Any, *, lang: Lang, today: date) -> Dashboard:
    """Everything the dashboard body shows of the applications, in four queries plus the plan's."""
    applications = list(
        Application.objects.for_user(user).values(
            "id", "company", "role", "stage", "goal", "archived"
        )
    )
    active = [a for a in applications if not a["archived"]]
    rounds = _rounds(user, [a["id"] for a in active])
    application_url, round_url = url_maker("applications:detail"), url_maker("applications:round")
    notes_url = url_maker("applications:round_notes")
    rows = [
        DashboardRow(
            pk=a["id"],
            url=application_url(a["id"]),
            role=a["role"],
            company=a["company"],
            stage=a["stage"],
            next_step=next_action(_state(a, rounds[a["id"]]), today=today, lang=lang).text,
        )
        for a in active
    ]
    by_stage = [(label, [r for r in rows if r["stage"] == value]) for value, label in Stage.choices]
    by_id = {a["id"]: a for a in active}
    return Dashboard(
        rows=rows,
        by_stage=[(str(label), items) for label, items in by_stage if items],
        next_round=_next_round(rounds, by_id, round_url, notes_url),
        plans=preparation.dashboard_plans(_plan_rounds(rounds, by_id), user=user, lang=lang),
        archived_count=len(applications) - len(active),
    )


def _rounds(user: Any, application_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The rounds of each active application, in number order, as plain rows (one query, by the
    user rather than by a list of ids, which costs the ORM one parameter per application)."""
    rounds: dict[int, list[dict[str, Any]]] = {pk: [] for pk in application_ids}
    for row in (
        Round.objects.for_user(user)
        .filter(application__archived=False)
        .order_by("application_id", "number")
        .annotate(panel=Count("interviewers"), noted=filled_debrief_exists())
        .values("id", "application_id", "number", "status", "starts_at", "panel", "noted")
    ):
        rounds[row["application_id"]].append(row)
    return rounds


def _state(application: Mapping[str, Any], rounds: list[dict[str, Any]]) -> ApplicationState:
    done = [r for r in rounds if r["status"] == RoundStatus.DONE]
    planned = [r for r in rounds if r["status"] == RoundStatus.PLANNED]
    undebriefed = done[-1]["number"] if done and not done[-1]["noted"] else None
    upcoming = planned[0] if planned else None
    starts_at = upcoming["starts_at"] if upcoming else None
    started = bool(starts_at and starts_at <= timezone.now())
    return ApplicationState(
        stage=application["stage"],
        has_own_goal=bool(application["goal"].strip()),
        round_count=len(rounds),
        next_round_number=upcoming["number"] if upcoming else None,
        next_round_date=timezone.localtime(starts_at).date() if starts_at else None,
        undebriefed_round_number=undebriefed,
        panel_size_next_round=upcoming["panel"] if upcoming else 0,
        next_round_started=started,
    )


def _start_of_today() -> datetime:
    """Midnight at the start of today, local time: a planned round from then on is still "today's"
    (it may be going on, or just over with its notes still to write), not gone."""
    return timezone.make_aware(datetime.combine(timezone.localdate(), time.min))


def _next_round(
    rounds: dict[int, list[dict[str, Any]]],
    applications: Mapping[int, Mapping[str, Any]],
    url: Any,
    notes_url: Any,
) -> NextRound | None:
    """The first planned round of today or later, over every active application: one that has
    started today stays until its status changes, to lead to its notes."""
    since = _start_of_today()
    coming = [
        r
        for rows in rounds.values()
        for r in rows
        if r["status"] == RoundStatus.PLANNED and r["starts_at"] and r["starts_at"] >= since
    ]
    if not coming:
        return None
    first = min(coming, key=lambda r: r["starts_at"])
    application = applications[first["application_id"]]
    return NextRound(
        url=url(first["id"]),
        role=application["role"],
        company=application["company"],
        number=first["number"],
        starts_at=first["starts_at"],
        started=first["starts_at"] <= timezone.now(),
        notes_url=notes_url(first["id"]),
    )


def _plan_rounds(
    rounds: dict[int, list[dict[str, Any]]], applications: Mapping[int, Mapping[str, Any]]
) -> list[preparation.UpcomingRound]:
    """Per application still open, its next planned round two or later (dated ones first, the
    earliest first), in date order: the rounds the "Preparing" card follows, today's until the day
    is over."""
    since = _start_of_today()
    chosen = []
    for pk, rows in rounds.items():
        if applications[pk]["stage"] in CLOSED_STAGES:
            continue
        planned = [
            r
            for r in rows
            if r["number"] >= 2
            and r["status"] == RoundStatus.PLANNED
            and (r["starts_at"] is None or r["starts_at"] >= since)
        ]
        if planned:
            chosen.append(min(planned, key=_date_order))
    return [
        preparation.UpcomingRound(
            pk=r["id"],
            application_id=r["application_id"],
            number=r["number"],
            starts_at=r["starts_at"],
            role=applications[r["application_id"]]["role"],
            company=applications[r["application_id"]]["company"],
        )
        for r in sorted(chosen, key=_date_order)
    ]


def _date_order(row: dict[str, Any]) -> tuple[bool, datetime | None, int]:
    return (row["starts_at"] is None, row["starts_at"], row["number"])
