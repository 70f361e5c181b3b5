"""The data migration that moved research lines out of the topics into what the candidate still
wants to find out: only lines that plainly are research move, every other line stays as typed, and
backwards no word is lost."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("applications", "0005_debrief_find_out")]
AFTER = [("applications", "0006_research_lines_leave_topics")]

TOPICS = {
    "nl": "Inwerkperiode\n- uitzoeken hoe hun NPS wordt gemeten\nNagaan: parkeren\nChecklist eerste week",
    "en": "Onboarding\nFind out how they measure NPS\n\nlook up the annual report\nCheck-in rhythm",
}
KEPT = {"nl": "Inwerkperiode\nChecklist eerste week", "en": "Onboarding\n\nCheck-in rhythm"}
MOVED = {
    "nl": "- uitzoeken hoe hun NPS wordt gemeten\nNagaan: parkeren",
    "en": "Find out how they measure NPS\nlook up the annual report",
}


def _migrate(targets: list[tuple[str, str]]) -> Any:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    # The accounts app as it is now: the user row the old models write must fit today's table.
    targets = [*targets, *executor.loader.graph.leaf_nodes("accounts")]
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _notes(old: Any, lang: str, **texts: str) -> Any:
    user = old.get_model("accounts", "User").objects.create(email=f"m-{lang}@example.com")
    application = old.get_model("applications", "Application").objects.create(
        user=user, company="Acme", role="Tester"
    )
    round = old.get_model("applications", "Round").objects.create(application=application, number=1)
    return old.get_model("applications", "Debrief").objects.create(round=round, **texts)


@pytest.mark.django_db(transaction=True)
def test_research_lines_move_and_everything_else_stays() -> None:
    old = _migrate(BEFORE)
    rows = {lang: _notes(old, lang, topics=TOPICS[lang], doubts="Ervaring") for lang in TOPICS}
    untouched = _notes(old, "none", topics="Inwerkperiode\nPlanning")
    try:
        new = _migrate(AFTER)
        Debrief = new.get_model("applications", "Debrief")
        for lang, row in rows.items():
            notes = Debrief.objects.get(pk=row.pk)
            assert (notes.topics, notes.find_out) == (KEPT[lang], MOVED[lang])
            assert notes.doubts == "Ervaring" and notes.found_out == []
        notes = Debrief.objects.get(pk=untouched.pk)
        assert (notes.topics, notes.find_out) == ("Inwerkperiode\nPlanning", "")
        # Backwards: every point goes back below the topics, no word lost.
        back = _migrate(BEFORE)
        notes = back.get_model("applications", "Debrief").objects.get(pk=rows["nl"].pk)
        assert notes.topics == f"{KEPT['nl']}\n{MOVED['nl']}" and notes.find_out == ""
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
