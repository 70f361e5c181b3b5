"""Assignments and assessments (R5): add, checklist ticked and stored, timeline, sector note."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse

from secondround.interviewday.models import Assignment
from secondround.testing.factories import make_application, make_round

from .factories import make_assignment

AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def round(alice: Any) -> Any:
    application = make_application(
        user=alice,
        company="Stroomlijn Energie",
        sector="business",
        vacancy_text="Je bent klantgericht.",
    )
    return make_round(application=application, starts_at=datetime(2026, 10, 26, 10, tzinfo=AMS))


def test_add_a_presentation(alice_client: Any, round: Any) -> None:
    url = reverse("interviewday:assignment_create", args=[round.pk])
    assert alice_client.get(url).status_code == 200
    response = alice_client.post(
        url,
        {"type": "presentation", "subtype": "", "description": "Jouw eerste 90 dagen, 10 minuten"},
    )
    assignment = Assignment.objects.get(round=round)
    assert response["Location"] == assignment.get_absolute_url()
    page = alice_client.get(assignment.get_absolute_url()).content.decode()
    assert "Jouw eerste 90 dagen" in page
    assert "0 van 6 klaar" in page  # the presentation checklist has six items
    round_page = alice_client.get(round.get_absolute_url()).content.decode()
    assert "Presentatie" in round_page and "Voorbereiding: 0 van 6 klaar" in round_page


def test_assessment_with_a_part(alice_client: Any, round: Any) -> None:
    alice_client.post(
        reverse("interviewday:assignment_create", args=[round.pk]),
        {"type": "assessment", "subtype": "capacity_test"},
    )
    assignment = Assignment.objects.get(round=round)
    page = alice_client.get(assignment.get_absolute_url()).content.decode()
    assert "Capaciteitentest" in page


def test_a_part_only_for_an_assessment(alice_client: Any, round: Any) -> None:
    response = alice_client.post(
        reverse("interviewday:assignment_create", args=[round.pk]),
        {"type": "presentation", "subtype": "role_play", "description": "blijft staan"},
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert 'id="id_subtype_error"' in html and "blijft staan" in html
    assert not Assignment.objects.exists()


@pytest.mark.parametrize(
    "data,field",
    [
        ({"type": ""}, "type"),
        ({"type": "dance"}, "type"),
        ({"type": "presentation", "due_on": "2026-13-01"}, "due_on"),
        ({"type": "presentation", "due_on": "1066-10-14"}, "due_on"),
        ({"type": "presentation", "description": "x" * 4001}, "description"),
    ],
)
def test_bad_assignment_input(
    alice_client: Any, round: Any, data: dict[str, str], field: str
) -> None:
    response = alice_client.post(reverse("interviewday:assignment_create", args=[round.pk]), data)
    assert response.status_code == 422
    assert f'id="id_{field}_error"' in response.content.decode()
    assert not Assignment.objects.exists()


def test_tick_the_checklist(alice_client: Any, round: Any) -> None:
    assignment = make_assignment(round=round)
    url = reverse("interviewday:assignment_checklist", args=[assignment.pk])
    response = alice_client.post(url, {"done": ["structure", "ask_brief", "not-a-key"]})
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.ticked == ["ask_brief", "structure"]  # checklist order, unknown key dropped
    partial = alice_client.post(url, {"done": ["slides"]}, HTTP_HX_REQUEST="true")
    assert partial.status_code == 200
    html = partial.content.decode()
    assert "<html" not in html and 'id="checklist"' in html and "1 van 6 klaar" in html
    assignment.refresh_from_db()
    assert assignment.ticked == ["slides"]


def test_detail_page_full_and_partial(alice_client: Any, round: Any) -> None:
    assignment = make_assignment(round=round, ticked=["ask_brief"])
    url = assignment.get_absolute_url()
    full = alice_client.get(url).content.decode()
    assert "<html" in full and 'value="ask_brief" id="done-ask_brief" checked' in full
    assert "Tijdlijn" in full
    partial = alice_client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial and 'id="checklist"' in partial


def test_timeline_counts_back_from_the_interview(alice_client: Any, round: Any) -> None:
    assignment = make_assignment(round=round)
    page = alice_client.get(assignment.get_absolute_url()).content.decode()
    assert 'datetime="2026-10-26"' in page  # items for the day itself
    assert 'datetime="2026-10-25"' in page  # the evening before
    assignment.due_on = date(2026, 10, 20)
    assignment.save()
    page = alice_client.get(assignment.get_absolute_url()).content.decode()
    assert 'datetime="2026-10-20"' in page and 'datetime="2026-10-26"' not in page


def test_edit_and_delete(alice_client: Any, round: Any) -> None:
    assignment = make_assignment(round=round)
    edit = reverse("interviewday:assignment_edit", args=[assignment.pk])
    assert alice_client.get(edit).status_code == 200
    alice_client.post(edit, {"type": "sales_pitch", "description": "Verkoop ons een thuisbatterij"})
    assignment.refresh_from_db()
    assert assignment.type == "sales_pitch"
    delete = reverse("interviewday:assignment_delete", args=[assignment.pk])
    assert alice_client.get(delete).status_code == 200
    response = alice_client.post(delete)
    assert response["Location"] == round.get_absolute_url()
    assert not Assignment.objects.exists()


@pytest.mark.parametrize(
    "fields,expected",
    [
        ({"sector": "government"}, True),
        ({"sector": "healthcare"}, True),
        ({"sector": "", "company": "Gemeente Utrecht"}, True),
        ({"sector": "", "company": "Zorggroep", "vacancy_text": "Werken in de zorg"}, True),
        (
            {
                "sector": "business",
                "company": "Stroomlijn Energie",
                "vacancy_text": "Je draagt zorg voor",
            },
            False,
        ),
    ],
)
def test_sector_note(alice_client: Any, alice: Any, fields: dict[str, str], expected: bool) -> None:
    defaults = {"company": "Bedrijf", "vacancy_text": "", "role": "Adviseur"}
    application = make_application(user=alice, **{**defaults, **fields})
    round = make_round(application=application)
    page = alice_client.get(round.get_absolute_url()).content.decode()
    assert ('class="note warn sector-note"' in page) is expected
