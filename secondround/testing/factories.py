"""Plain `make_<model>(**overrides)` helpers for tests: realistic defaults, any field overridable."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from secondround.applications.models import Application, Debrief, Interviewer, Round


def make_application(*, user: Any, **overrides: Any) -> Application:
    fields: dict[str, Any] = {
        "company": "Zorggroep De Linde",
        "role": "Teamleider verpleging",
        "stage": "round_two",
        "vacancy_text": "Je bent klantgericht, flexibel en stressbestendig.",
    }
    fields.update(overrides)
    return Application.objects.create(user=user, **fields)


def make_interviewer(*, application: Application, **overrides: Any) -> Interviewer:
    fields: dict[str, Any] = {"name": "Sanne de Vries", "kind": "hr", "role_title": "Recruiter"}
    fields.update(overrides)
    return Interviewer.objects.create(application=application, **fields)


def make_round(
    *, application: Application, interviewers: list[Interviewer] = (), **overrides: Any
) -> Round:  # type: ignore[assignment]
    fields: dict[str, Any] = {
        "number": (application.rounds.count() + 1),
        "starts_at": timezone.now() + timedelta(days=3),
        "status": "planned",
    }
    fields.update(overrides)
    round = Round.objects.create(application=application, **fields)
    round.interviewers.set(interviewers)
    return round


def make_debrief(*, round: Round, **overrides: Any) -> Debrief:
    fields: dict[str, Any] = {
        "learned_role": "Het team groeit naar twaalf mensen.",
        "went_well": "Mijn voorbeeld over de roosterplanning viel goed.",
        "doubts": "Of ik genoeg ervaring heb met leidinggeven.",
        "topics": "Inwerkperiode\nScholingsbudget",
    }
    fields.update(overrides)
    return Debrief.objects.create(round=round, **fields)


def make_busy_applications(*, user: Any, count: int) -> None:
    """`count` applications, each with three interviewers, a round one (done, one of them) and a
    round two (all three): the data the page-cost tests and the benchmarks grow."""
    for index in range(count):
        application = make_application(user=user, company=f"Bedrijf {index}")
        people = [make_interviewer(application=application, name=f"P{index}-{n}") for n in range(3)]
        make_round(application=application, number=1, status="done", interviewers=people[:1])
        make_round(application=application, number=2, interviewers=people)
