"""Export → import keeps everything the preparation app holds."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command

from secondround.accounts.models import User
from secondround.coach.analysis import rules_version
from secondround.portability import dumps, export_user, import_user
from secondround.preparation.models import Example, Pitch, Rehearsal, RoundPlan, Terms
from secondround.preparation.services import examples_reread, plan_for, plan_save

from .factories import NO_RESULT, make_example, make_terms

pytestmark = pytest.mark.django_db


def test_export_and_import_round_trip(alice: Any, setup: dict[str, Any]) -> None:
    plan = plan_for(setup["two"])
    plan.ticked = ["reread_notes"]
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


def _stale(example: Example) -> None:
    """Pretend older analysis rules read this example, and read it wrongly."""
    Example.objects.filter(pk=example.pk).update(
        missing_parts=["situation", "result"], analysed_with="old-rules"
    )


def test_an_import_from_older_rules_is_read_again(alice: Any, setup: dict[str, Any]) -> None:
    document = export_user(alice)
    rows = document["data"]["preparation.example"]
    rows[0]["missing_parts"], rows[0]["analysed_with"] = ["situation"], "old-rules"
    carol = User.objects.create_user(email="carol@example.com", password="carol-secret-42")
    import_user(carol, document)
    example = Example.objects.for_user(carol).get()
    assert example.missing_parts == [] and example.analysed_with == rules_version()


def test_an_upgrade_reads_old_readings_again_and_leaves_current_ones(alice: Any, bob: Any) -> None:
    old = make_example(user=alice, telling=NO_RESULT)
    current = make_example(user=bob)
    _stale(old)
    Example.objects.filter(pk=current.pk).update(missing_parts=["task"])  # current rules: kept
    call_command("migrate", verbosity=0)  # every upgrade runs it; post_migrate rereads
    old.refresh_from_db(), current.refresh_from_db()
    assert "result" in old.missing_parts and "situation" not in old.missing_parts
    assert old.analysed_with == rules_version()
    assert current.missing_parts == ["task"]
    assert examples_reread() == 0


def test_rereading_one_user_leaves_the_others(alice: Any, bob: Any) -> None:
    mine, theirs = make_example(user=alice), make_example(user=bob)
    _stale(mine), _stale(theirs)
    assert examples_reread(user=alice) == 1
    mine.refresh_from_db(), theirs.refresh_from_db()
    assert mine.missing_parts == [] and theirs.missing_parts == ["situation", "result"]
