"""The data migration that moved every reflection into the notes of its round: every text survives."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [
    ("applications", "0003_interviewer_research_round_goal_fit"),
    ("interviewday", "0001_day_sheet_assignments_reflection_decision"),
]
AFTER = [("interviewday", "0002_reflection_merged_into_debrief")]


def _migrate(targets: list[tuple[str, str]]) -> Any:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    # The accounts app as it is now: the user row the old models write must fit today's table.
    targets = [*targets, *executor.loader.graph.leaf_nodes("accounts")]
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_every_reflection_lands_in_the_notes_of_its_round() -> None:
    old = _migrate(BEFORE)
    user = old.get_model("accounts", "User").objects.create(email="m@example.com")
    application = old.get_model("applications", "Application").objects.create(
        user=user, company="Acme", role="Tester"
    )
    Round = old.get_model("applications", "Round")
    one, two = (Round.objects.create(application=application, number=n) for n in (1, 2))
    old.get_model("applications", "Debrief").objects.create(
        round=one, learned_role="Team van 14", went_well="Klik met Joost", doubts="Ervaring"
    )
    Reflection = old.get_model("interviewday", "Reflection")
    for round, went_well in ((one, "Goed voorbeeld"), (two, "Alleen hier")):
        Reflection.objects.create(
            round=round,
            how_it_went="Prima",
            went_well=went_well,
            to_improve="Korter",
            surprised_by="Rollenspel",
            may_doubt="Ervaring",
            asked_question_ids=["why_us"],
            asked_other="Wat kost je?",
            created=timezone.now(),
        )
    try:
        new = _migrate(AFTER)
        notes = {d.round.number: d for d in new.get_model("applications", "Debrief").objects.all()}
        assert notes[1].learned_role == "Team van 14"
        assert notes[1].went_well == "Klik met Joost\n\nGoed voorbeeld"
        assert notes[1].doubts == "Ervaring"  # the same text is kept once
        assert notes[2].went_well == "Alleen hier" and notes[2].doubts == "Ervaring"
        for note in notes.values():
            assert (note.how_it_went, note.to_improve, note.surprised_by) == (
                "Prima",
                "Korter",
                "Rollenspel",
            )
            assert note.asked_question_ids == ["why_us"] and note.asked_other == "Wat kost je?"
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
