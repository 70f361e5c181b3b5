"""Export → import round-trip of everything this app stores, and the demo data."""

from __future__ import annotations

from datetime import date
from typing import Any

from secondround import portability
from secondround.accounts.models import User
from secondround.demo import demo_create
from secondround.interviewday.models import Assignment, Decision, Reflection, SheetOptions
from secondround.testing.factories import make_application, make_interviewer, make_round

from .factories import make_assignment, make_decision, make_reflection


def _without_timestamp(document: dict[str, Any]) -> dict[str, Any]:
    return {**document, "exported_at": None}


def test_export_import_round_trip(alice: Any) -> None:
    application = make_application(user=alice)
    round = make_round(
        application=application, interviewers=[make_interviewer(application=application)]
    )
    SheetOptions.objects.create(round=round, show_salary=True)
    make_assignment(
        round=round,
        type="assessment",
        subtype="role_play",
        ticked=["rest"],
        due_on=date(2026, 10, 20),
    )
    make_reflection(round=round, asked_question_ids=["why_us", "weakness"])
    make_decision(
        round=round,
        said_weeks=2,
        earliest=date(2026, 11, 9),
        latest=date(2026, 11, 9),
        follow_up_on=date(2026, 11, 10),
        source="said_weeks",
        outcome="rejected",
        lesson="Meer cijfers.",
    )
    before = portability.export_user(alice)
    for label in (
        "interviewday.sheetoptions",
        "interviewday.assignment",
        "interviewday.reflection",
        "interviewday.decision",
    ):
        assert len(before["data"][label]) == 1
    fresh = User.objects.create_user(email="fresh@example.com", password="fresh-secret-42")
    portability.import_user(fresh, portability.parse(portability.dumps(before).encode()))
    assert _without_timestamp(portability.export_user(fresh)) == _without_timestamp(before)
    assert Assignment.objects.for_user(fresh).get().ticked == ["rest"]
    assert Reflection.objects.for_user(fresh).get().asked_question_ids == ["why_us", "weakness"]
    assert Decision.objects.for_user(fresh).get().lesson == "Meer cijfers."


def test_demo_adds_a_presentation_and_round_one_aftercare(db: Any) -> None:
    user = demo_create(email="demo@example.com", password="demo-secret-42")
    one, two = user.application_set.get(company="Stroomlijn Energie").rounds.order_by("number")
    assignment = Assignment.objects.get(round=two)
    assert assignment.type == "presentation" and "90 dagen" in assignment.description
    assert (
        not Reflection.objects.filter(round=two).exists()
        and not Decision.objects.filter(round=two).exists()
    )
    assert Reflection.objects.get(round=one).went_well
    assert Decision.objects.get(round=one).outcome == "next_round"
    assert two.status == "planned"
