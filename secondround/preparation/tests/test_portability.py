"""Export → import keeps everything the preparation app holds."""

from __future__ import annotations

from typing import Any

import pytest

from secondround.accounts.models import User
from secondround.portability import dumps, export_user, import_user
from secondround.preparation.models import Example, Pitch, Rehearsal, RoundPlan, Terms
from secondround.preparation.services import plan_for, plan_save

from .factories import make_terms

pytestmark = pytest.mark.django_db


def test_export_and_import_round_trip(alice: Any, setup: dict[str, Any]) -> None:
    plan = plan_for(setup["two"])
    plan.ticked, plan.want_to_find_out = ["reread_notes"], "Hoe is het team?"
    plan_save(plan=plan)
    make_terms(application=setup["application"])
    first = export_user(alice)
    labels = {k for k, rows in first["data"].items() if rows and k.startswith("preparation.")}
    assert labels == {
        "preparation.askedcompetency",
        "preparation.example",
        "preparation.pitch",
        "preparation.rehearsal",
        "preparation.roundplan",
        "preparation.terms",
    }
    carol = User.objects.create_user(email="carol@example.com", password="carol-secret-42")
    import_user(carol, first)
    second = export_user(carol)
    first.pop("exported_at"), second.pop("exported_at")
    assert dumps(first) == dumps(second)
    assert Example.objects.for_user(carol).get().missing_parts == []
    assert Pitch.objects.for_user(carol).get().application.user == carol
    assert Rehearsal.objects.for_user(carol).count() == 1
    assert RoundPlan.objects.for_user(carol).get().ticked == ["reread_notes"]
    assert str(Terms.objects.for_user(carol).get().target_monthly) == "4200.00"
