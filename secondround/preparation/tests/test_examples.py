"""The example bank: write, read back with the STARR parts marked, edit, delete (R3)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondround.preparation.forms import ExampleForm
from secondround.preparation.models import Example

from .factories import COMPLETE, NO_RESULT, make_example

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def test_alice_writes_an_example_and_the_missing_result_is_named(alice_client: Any) -> None:
    response = alice_client.post(
        reverse("preparation:example_create"),
        {
            "title": "Nieuwe collega",
            "telling": NO_RESULT,
            "competencies": ["coaching"],
        },
        follow=True,
    )
    example = Example.objects.get()
    assert example.competencies == ["coaching"]
    assert "result" in example.missing_parts and "action" not in example.missing_parts
    page = response.content.decode()
    assert "Resultaat</strong> ontbreekt" in page
    assert '<mark class="starr starr-situation"><span class="starr-label">Situatie:</span>' in page


def test_saving_goes_back_to_where_the_user_came_from(alice_client: Any, alice: Any) -> None:
    url = reverse("preparation:example_create") + "?next=/prepare/pitches/"
    response = alice_client.post(
        url, {"title": "T", "telling": COMPLETE, "next": "/prepare/pitches/"}
    )
    assert response.status_code == 302 and response["Location"] == "/prepare/pitches/"
    response = alice_client.post(url, {"title": "T", "telling": COMPLETE, "next": "//evil.example"})
    assert response["Location"] == Example.objects.for_user(alice)[0].get_absolute_url()


def test_the_competency_from_the_link_is_ticked(alice_client: Any) -> None:
    page = alice_client.get(reverse("preparation:example_create") + "?competency=flexibility")
    assert 'value="flexibility" id="id_competencies_' in page.content.decode()
    assert 'value="flexibility" id="id_competencies_' in page.content.decode()
    field = [c for c in page.context["form"]["competencies"] if c.data["value"] == "flexibility"]
    assert field[0].data["selected"]


@pytest.mark.parametrize(
    "telling, message",
    [
        ("", "Schrijf eerst je voorbeeld"),
        ("   ", "Schrijf eerst je voorbeeld"),
        ("woord " * 5000, "de grens is 20000"),
    ],
)
def test_bad_text_gets_a_message_and_nothing_is_saved(
    alice_client: Any, telling: str, message: str
) -> None:
    response = alice_client.post(
        reverse("preparation:example_create"), {"title": "Mijn titel", "telling": telling}
    )
    assert response.status_code == 422
    assert message in response.content.decode()
    assert 'value="Mijn titel"' in response.content.decode()
    assert not Example.objects.exists()


def test_html_typed_in_is_shown_as_text(alice_client: Any, alice: Any) -> None:
    example = make_example(
        user=alice, title="<b>vet</b>", telling="<script>alert(1)</script> " + COMPLETE
    )
    page = alice_client.get(example.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;vet&lt;/b&gt;" in page


def test_check_button_reads_without_saving(alice_client: Any) -> None:
    response = alice_client.post(
        reverse("preparation:example_create"), {"title": "T", "telling": NO_RESULT, "check": "1"}
    )
    assert response.status_code == 200 and not Example.objects.exists()
    assert "ontbreekt" in response.content.decode()


def test_edit_and_delete(alice_client: Any, alice: Any) -> None:
    example = make_example(user=alice, telling=NO_RESULT)
    alice_client.post(
        reverse("preparation:example_edit", args=[example.pk]),
        {"title": "Nieuw", "telling": COMPLETE, "competencies": ["flexibility"]},
    )
    example.refresh_from_db()
    assert (example.title, example.missing_parts, example.competencies) == (
        "Nieuw",
        [],
        ["flexibility"],
    )
    alice_client.post(reverse("preparation:example_delete", args=[example.pk]))
    assert not Example.objects.exists()


def test_list_filters_by_competency_and_answers_htmx_with_the_list_only(
    alice_client: Any, alice: Any
) -> None:
    make_example(user=alice, title="Over klanten", competencies=["customer_focus"])
    make_example(user=alice, title="Over plannen", competencies=["planning_organising"])
    url = reverse("preparation:examples") + "?competency=planning_organising"
    full = alice_client.get(url).content.decode()
    assert "Over plannen" in full and "Over klanten" not in full and "<html" in full
    partial = alice_client.get(url, **HTMX).content.decode()
    assert "Over plannen" in partial and "<html" not in partial


def test_bob_gets_404_and_changes_nothing(bob_client: Any, alice: Any) -> None:
    example = make_example(user=alice)
    for name in ("preparation:example", "preparation:example_edit", "preparation:example_delete"):
        assert bob_client.get(reverse(name, args=[example.pk])).status_code == 404
    for name in ("preparation:example_edit", "preparation:example_delete"):
        response = bob_client.post(reverse(name, args=[example.pk]), {"title": "x", "telling": "y"})
        assert response.status_code == 404
    example.refresh_from_db()
    assert example.title == "Wachttijd omlaag"
    assert bob_client.get(reverse("preparation:examples")).context["examples"] == []


def test_wrong_methods_get_405(alice_client: Any, alice: Any) -> None:
    example = make_example(user=alice)
    assert alice_client.get(reverse("preparation:example_analyze")).status_code == 405
    assert alice_client.put(reverse("preparation:example", args=[example.pk])).status_code == 405
    assert (
        alice_client.delete(reverse("preparation:example_delete", args=[example.pk])).status_code
        == 405
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", "Nog niets te lezen"),
        ("x" * 20_001, "langer dan 20000 tekens"),
        ("<img src=x onerror=alert(1)> " + NO_RESULT, "&lt;img src=x onerror=alert(1)&gt;"),
    ],
)
def test_the_analysis_endpoint_handles_empty_huge_and_html(
    alice_client: Any, text: str, expected: str
) -> None:
    response = alice_client.post(reverse("preparation:example_analyze"), {"telling": text}, **HTMX)
    page = response.content.decode()
    assert response.status_code == 200 and expected in page
    assert "<img" not in page and "<html" not in page


def test_the_analysis_endpoint_without_javascript_gives_a_page(alice_client: Any) -> None:
    response = alice_client.post(reverse("preparation:example_analyze"), {"telling": NO_RESULT})
    assert response.status_code == 200 and "<html" in response.content.decode()


def test_the_analysis_needs_a_login(client: Any) -> None:
    response = client.post(reverse("preparation:example_analyze"), {"telling": "x"})
    assert response.status_code == 302


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(max_size=300),
    telling=st.text(max_size=400),
    competencies=st.lists(st.text(max_size=20), max_size=3),
    when=st.text(max_size=12),
)
def test_the_example_form_never_breaks(
    alice: Any, title: str, telling: str, competencies: list[str], when: str
) -> None:
    form = ExampleForm(
        {"title": title, "telling": telling, "competencies": competencies, "happened_on": when},
        lang="nl",
    )
    if form.is_valid():
        assert form.cleaned_data["telling"].strip()
    else:
        assert all(isinstance(m, str) for errors in form.errors.values() for m in errors)
