"""The migrations that gave a practice session its own owner: every existing practice interview
keeps its owner, and going back drops only the questions practised without a round."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("practice", "0003_answer_type_follow_ups")]
AFTER = [("practice", "0005_practice_without_round")]


def _migrate(targets: list[tuple[str, str]]) -> Any:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    # The accounts app as it is now: the user row the old models write must fit today's table.
    targets = [*targets, *executor.loader.graph.leaf_nodes("accounts")]
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_every_practice_interview_gets_the_owner_of_its_round() -> None:
    old = _migrate(BEFORE)
    User = old.get_model("accounts", "User")
    Application = old.get_model("applications", "Application")
    Round = old.get_model("applications", "Round")
    rounds = {}
    for email in ("m@example.com", "n@example.com"):
        user = User.objects.create(email=email)
        application = Application.objects.create(user=user, company="Acme", role="Tester")
        rounds[email] = Round.objects.create(application=application, number=2)
        old.get_model("practice", "MockSession").objects.create(round=rounds[email])
    try:
        new = _migrate(AFTER)
        sessions = new.get_model("practice", "MockSession").objects.all()
        assert sorted((s.user.email, s.round_id, s.single) for s in sessions) == [
            ("m@example.com", rounds["m@example.com"].pk, False),
            ("n@example.com", rounds["n@example.com"].pk, False),
        ]
        owner = new.get_model("accounts", "User").objects.get(email="m@example.com")
        new.get_model("practice", "MockSession").objects.create(user=owner, single=True)
        back = _migrate(BEFORE)
        assert back.get_model("practice", "MockSession").objects.count() == 2
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
