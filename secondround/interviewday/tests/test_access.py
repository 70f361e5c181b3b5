"""Every URL of the app: login required, 404 for another user (reading and writing, nothing changes),
405 for a wrong method."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from secondround.applications.models import Debrief, Round
from secondround.interviewday.models import Assignment, Decision, SheetOptions
from secondround.testing.factories import make_application, make_interviewer, make_round

from .factories import make_assignment, make_decision, make_reflection

# (url name, object the pk points at, methods allowed)
ROUND_URLS = [
    ("sheet", ["GET"]),
    ("sheet_options", ["POST"]),
    ("sheet_pdf", ["GET"]),
    ("calendar", ["GET"]),
    ("assignment_create", ["GET", "POST"]),
    ("round_done", ["POST"]),
    ("reflection", ["GET", "POST"]),
    ("decision", ["GET", "POST"]),
    ("outcome", ["GET", "POST"]),
    ("thank_you", ["GET"]),
    ("follow_up", ["GET"]),
]
ASSIGNMENT_URLS = [
    ("assignment", ["GET"]),
    ("assignment_checklist", ["POST"]),
    ("assignment_edit", ["GET", "POST"]),
    ("assignment_delete", ["GET", "POST"]),
]
ALL = [(name, methods, "round") for name, methods in ROUND_URLS] + [
    (name, methods, "assignment") for name, methods in ASSIGNMENT_URLS
]
WRITE_DATA = {
    "sheet_options": {"show_salary": "on"},
    "assignment_create": {"type": "presentation"},
    "reflection": {"went_well": "bob was here"},
    "decision": {"said_weeks": "1"},
    "outcome": {"outcome": "rejected", "lesson": "bob"},
    "assignment_checklist": {"done": ["slides"]},
    "assignment_edit": {"type": "sales_pitch"},
}


@pytest.fixture
def objects(alice: Any) -> dict[str, Any]:
    application = make_application(user=alice)
    round = make_round(
        application=application, interviewers=[make_interviewer(application=application)]
    )
    make_reflection(round=round)
    make_decision(round=round)
    return {"round": round, "assignment": make_assignment(round=round)}


def url_of(name: str, target: str, objects: dict[str, Any]) -> str:
    return reverse(f"interviewday:{name}", args=[objects[target].pk])


def snapshot() -> list[Any]:
    return [
        list(Round.objects.values()),
        list(Assignment.objects.values()),
        list(Debrief.objects.values()),
        list(Decision.objects.values()),
        list(SheetOptions.objects.values()),
    ]


@pytest.mark.parametrize("name,methods,target", ALL)
def test_login_required(
    client: Any, objects: dict[str, Any], name: str, methods: list[str], target: str
) -> None:
    for method in methods:
        response = getattr(client, method.lower())(url_of(name, target, objects))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("name,methods,target", ALL)
def test_bob_gets_404_and_changes_nothing(
    bob_client: Any, objects: dict[str, Any], name: str, methods: list[str], target: str
) -> None:
    before = snapshot()
    for method in methods:
        data = WRITE_DATA.get(name, {}) if method == "POST" else {}
        response = getattr(bob_client, method.lower())(url_of(name, target, objects), data)
        assert response.status_code == 404, (name, method)
        htmx = getattr(bob_client, method.lower())(
            url_of(name, target, objects), data, HTTP_HX_REQUEST="true"
        )
        assert htmx.status_code == 404
    assert snapshot() == before


@pytest.mark.parametrize("name,methods,target", ALL)
def test_wrong_method_is_405(
    alice_client: Any, objects: dict[str, Any], name: str, methods: list[str], target: str
) -> None:
    wrong = "post" if "POST" not in methods else ("put" if "GET" in methods else "get")
    assert getattr(alice_client, wrong)(url_of(name, target, objects)).status_code == 405
    assert alice_client.delete(url_of(name, target, objects)).status_code == 405


@pytest.mark.parametrize("name,methods,target", [a for a in ALL if "GET" in a[1]])
def test_alice_can_read_every_page(
    alice_client: Any, objects: dict[str, Any], name: str, methods: list[str], target: str
) -> None:
    assert alice_client.get(url_of(name, target, objects)).status_code == 200
