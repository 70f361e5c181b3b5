"""`make_<model>(**overrides)` helpers for the preparation tests."""

from __future__ import annotations

from typing import Any

from secondround.applications.models import Application, Round
from secondround.preparation.models import (
    AskedCompetency,
    Example,
    Pitch,
    Rehearsal,
    RoundPlan,
    Terms,
)
from secondround.preparation.services import example_save, pitch_save

COMPLETE = (
    "Bij mijn vorige werkgever liep de klantenservice vast. Mijn taak was om de wachttijd te "
    "verlagen. Ik heb een nieuw rooster gemaakt en het team getraind. Daardoor daalde de "
    "wachttijd met 40 procent. Ik leerde dat ik eerder hulp moet vragen."
)
NO_RESULT = (
    "Bij mijn vorige werkgever liep de klantenservice vast. Mijn taak was om de wachttijd te "
    "verlagen. Ik heb een nieuw rooster gemaakt en het team getraind."
)


def make_example(*, user: Any, **overrides: Any) -> Example:
    fields: dict[str, Any] = {
        "title": "Wachttijd omlaag",
        "telling": COMPLETE,
        "competencies": ["customer_focus"],
    }
    fields.update(overrides)
    return example_save(example=Example(user=user, **fields), lang="nl")


def make_asked(*, application: Application, **overrides: Any) -> AskedCompetency:
    fields: dict[str, Any] = {"competency_id": "customer_focus", "phrases": ["klantgericht"]}
    fields.update(overrides)
    return AskedCompetency.objects.create(application=application, **fields)


def make_pitch(*, user: Any, application: Application | None = None, **overrides: Any) -> Pitch:
    fields: dict[str, Any] = {
        "text": "Ik ben Nina. Ik help klanten snel en vriendelijk verder.",
        "target_seconds": 30,
    }
    fields.update(overrides)
    return pitch_save(pitch=Pitch(user=user, application=application, **fields), lang="nl")


def make_rehearsal(*, pitch: Pitch, **overrides: Any) -> Rehearsal:
    fields: dict[str, Any] = {"seconds": 31}
    fields.update(overrides)
    return Rehearsal.objects.create(pitch=pitch, **fields)


def make_plan(*, round: Round, **overrides: Any) -> RoundPlan:
    return RoundPlan.objects.create(round=round, **overrides)


def make_terms(*, application: Application, **overrides: Any) -> Terms:
    fields: dict[str, Any] = {
        "target_monthly": "4200.00",
        "minimum_monthly": "3800.00",
        "wishes": "32 uur",
    }
    fields.update(overrides)
    return Terms.objects.create(application=application, **fields)
