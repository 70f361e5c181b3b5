"""Model-level facts of applications."""

from __future__ import annotations

from secondround.applications.models import CLOSED_STAGES, Stage


def test_the_coachs_closed_stages_are_stages_of_an_application() -> None:
    assert CLOSED_STAGES <= set(Stage.values) and Stage.REJECTED in CLOSED_STAGES
    assert Stage.OFFER not in CLOSED_STAGES
