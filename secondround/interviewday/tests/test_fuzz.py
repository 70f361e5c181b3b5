"""One form-fuzzing test per form: any input gives a saved row or a 422 with messages, never a 500."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondround.applications.models import Application, Debrief
from secondround.interviewday.models import Assignment, Decision
from secondround.testing.factories import make_application, make_interviewer, make_round

FUZZ = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
text = st.text(max_size=300) | st.sampled_from(
    [
        "",
        " ",
        "<script>alert(1)</script>",
        "-1",
        "0",
        "99999999999999999999",
        "2026-02-30",
        "x" * 5000,
    ]
)
dates = st.dates().map(str) | text
numbers = st.integers(min_value=-(10**6), max_value=10**6).map(str) | text


def clean(value: str) -> str:
    return value.replace("\x00", "")


@pytest.fixture
def round(alice: Any) -> Any:
    application = make_application(user=alice)
    return make_round(
        application=application, interviewers=[make_interviewer(application=application)]
    )


@FUZZ
@given(
    type=st.sampled_from(["presentation", "assessment", "", "x"]) | text,
    subtype=st.sampled_from(["", "role_play", "other"]) | text,
    description=text,
    due_on=dates,
)
def test_assignment_form(
    alice_client: Any, round: Any, type: str, subtype: str, description: str, due_on: str
) -> None:
    before = Assignment.objects.count()
    response = alice_client.post(
        reverse("interviewday:assignment_create", args=[round.pk]),
        {
            "type": clean(type),
            "subtype": clean(subtype),
            "description": clean(description),
            "due_on": clean(due_on),
        },
    )
    assert response.status_code in (302, 422)
    assert Assignment.objects.count() == before + (response.status_code == 302)


@FUZZ
@given(went_well=text, to_improve=text, doubts=text, asked=st.lists(text, max_size=3))
def test_reflection_form(
    alice_client: Any, round: Any, went_well: str, to_improve: str, doubts: str, asked: list[str]
) -> None:
    response = alice_client.post(
        reverse("interviewday:reflection", args=[round.pk]),
        {
            "went_well": clean(went_well),
            "to_improve": clean(to_improve),
            "doubts": clean(doubts),
            "asked_other": "\n".join(map(clean, asked)),
        },
    )
    assert response.status_code in (302, 422)
    if response.status_code == 302:
        saved = Debrief.objects.get(round=round)
        assert _lines(saved.went_well) == _lines(clean(went_well).strip())
    else:
        assert "errors" in response.content.decode()


@FUZZ
@given(said_date=dates, said_weeks=numbers, fast=st.booleans())
def test_decision_form(
    alice_client: Any, round: Any, said_date: str, said_weeks: str, fast: bool
) -> None:
    Decision.objects.all().delete()
    data = {"said_date": clean(said_date), "said_weeks": clean(said_weeks)}
    if fast:
        data["fast_employer"] = "on"
    response = alice_client.post(reverse("interviewday:decision", args=[round.pk]), data)
    assert response.status_code in (302, 422)
    assert Decision.objects.exists() is (response.status_code == 302)


@FUZZ
@given(
    outcome=st.sampled_from(["next_round", "offer", "rejected", "withdrawn", ""]) | text,
    lesson=text,
)
def test_outcome_form(alice_client: Any, round: Any, outcome: str, lesson: str) -> None:
    stage = Application.objects.get(pk=round.application_id).stage
    response = alice_client.post(
        reverse("interviewday:outcome", args=[round.pk]),
        {"outcome": clean(outcome), "lesson": clean(lesson)},
    )
    assert response.status_code in (302, 422)
    if response.status_code == 422:
        assert Application.objects.get(pk=round.application_id).stage == stage


@FUZZ
@given(topic=text)
def test_topic_form(alice_client: Any, round: Any, topic: str) -> None:
    response = alice_client.get(
        reverse("interviewday:thank_you", args=[round.pk]), {"topic": clean(topic)}
    )
    assert response.status_code in (200, 422)


@FUZZ
@given(value=text)
def test_sheet_options_form(alice_client: Any, round: Any, value: str) -> None:
    response = alice_client.post(
        reverse("interviewday:sheet_options", args=[round.pk]), {"show_salary": clean(value)}
    )
    assert response.status_code == 302


def _lines(text: str) -> str:
    """Newlines as the browser would send them: \r\n, \r and \n all count as one line break."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()
