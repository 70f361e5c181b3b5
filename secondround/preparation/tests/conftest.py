from __future__ import annotations

from typing import Any

import pytest

from secondround.testing.factories import (
    make_application,
    make_debrief,
    make_interviewer,
    make_round,
)

from .factories import make_asked, make_example, make_pitch, make_rehearsal


@pytest.fixture
def setup(alice: Any) -> dict[str, Any]:
    """Alice's application with a done round one (with notes) and a planned round two."""
    application = make_application(user=alice)
    sanne = make_interviewer(application=application)
    one = make_round(application=application, number=1, status="done", interviewers=[sanne])
    make_debrief(round=one)
    two = make_round(application=application, number=2, interviewers=[sanne])
    asked = make_asked(application=application)
    example = make_example(user=alice)
    pitch = make_pitch(user=alice, application=application)
    rehearsal = make_rehearsal(pitch=pitch)
    return {
        "application": application,
        "one": one,
        "two": two,
        "asked": asked,
        "example": example,
        "pitch": pitch,
        "rehearsal": rehearsal,
    }
