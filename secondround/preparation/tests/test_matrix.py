"""Competencies per application and the matrix of competencies × examples (R3)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from secondround.preparation.models import AskedCompetency, Example
from secondround.testing.factories import make_application

from .factories import COMPLETE, NO_RESULT, make_asked, make_example

pytestmark = pytest.mark.django_db
GAP = "Je noemt dit, maar je hebt er nog geen voorbeeld van."


def test_the_vacancy_is_read_once_and_its_phrases_shown(alice_client: Any, alice: Any) -> None:
    application = make_application(user=alice, vacancy_text="Je bent klantgericht en flexibel.")
    page = alice_client.get(reverse("preparation:matrix", args=[application.pk])).content.decode()
    ids = set(application.asked_competencies.values_list("competency_id", flat=True))
    assert ids == {"customer_focus", "flexibility"}
    assert "“klantgericht”" in page and "0 van 2 competenties onderbouwd" in page


def test_a_gap_disappears_after_writing_an_example(alice_client: Any, alice: Any) -> None:
    application = make_application(user=alice, vacancy_text="Je bent flexibel.")
    matrix = reverse("preparation:matrix", args=[application.pk])
    page = alice_client.get(matrix).content.decode()
    assert GAP in page
    link = reverse("preparation:example_create") + f"?competency=flexibility&next={matrix}"
    assert link.replace("&", "&amp;") in page or "?competency=flexibility&amp;next=" in page
    response = alice_client.post(
        link,
        {"title": "Invallen", "telling": COMPLETE, "competencies": ["flexibility"], "next": matrix},
    )
    assert response.status_code == 302 and response["Location"] == matrix
    page = alice_client.get(matrix).content.decode()
    assert GAP not in page and "1 van 1 competentie onderbouwd" in page


def test_the_matrix_names_missing_parts_per_example(alice_client: Any, alice: Any) -> None:
    application = make_application(user=alice, vacancy_text="")
    make_asked(application=application)
    make_example(user=alice, title="Half verhaal", telling=NO_RESULT)
    page = alice_client.get(reverse("preparation:matrix", args=[application.pk])).content.decode()
    assert "Half verhaal" in page and "ontbreekt Resultaat, Reflectie" in page


def test_add_remove_and_read_again(alice_client: Any, alice: Any) -> None:
    application = make_application(user=alice, vacancy_text="Je bent klantgericht en flexibel.")
    alice_client.get(reverse("preparation:matrix", args=[application.pk]))
    flexible = application.asked_competencies.get(competency_id="flexibility")
    alice_client.post(reverse("preparation:competency_remove", args=[flexible.pk]))
    alice_client.post(
        reverse("preparation:competency_add", args=[application.pk]), {"competency": "leadership"}
    )
    alice_client.post(reverse("preparation:competency_reread", args=[application.pk]))
    shown = set(application.asked_competencies.shown().values_list("competency_id", flat=True))
    assert shown == {"customer_focus", "leadership"}
    assert application.asked_competencies.get(competency_id="leadership").added_by_user
    alice_client.post(
        reverse("preparation:competency_add", args=[application.pk]), {"competency": "flexibility"}
    )
    assert not AskedCompetency.objects.get(pk=flexible.pk).removed


@pytest.mark.parametrize("value", ["", "no_such_competency", "<script>"])
def test_adding_nonsense_gives_a_message(alice_client: Any, alice: Any, value: str) -> None:
    application = make_application(user=alice, vacancy_text="")
    response = alice_client.post(
        reverse("preparation:competency_add", args=[application.pk]), {"competency": value}
    )
    assert response.status_code == 422 and not AskedCompetency.objects.exists()
    assert "<script>" not in response.content.decode().split("<main")[1]


def test_bob_gets_404_and_changes_nothing(bob_client: Any, alice: Any) -> None:
    application = make_application(user=alice)
    asked = make_asked(application=application)
    assert bob_client.get(reverse("preparation:matrix", args=[application.pk])).status_code == 404
    for name, pk in [
        ("preparation:competency_add", application.pk),
        ("preparation:competency_reread", application.pk),
        ("preparation:competency_remove", asked.pk),
    ]:
        assert (
            bob_client.post(reverse(name, args=[pk]), {"competency": "flexibility"}).status_code
            == 404
        )
    assert list(AskedCompetency.objects.values_list("competency_id", "removed")) == [
        ("customer_focus", False)
    ]


def test_wrong_methods_and_login(alice_client: Any, client: Any, alice: Any) -> None:
    application = make_application(user=alice)
    assert (
        alice_client.get(
            reverse("preparation:competency_reread", args=[application.pk])
        ).status_code
        == 405
    )
    assert (
        alice_client.post(reverse("preparation:matrix", args=[application.pk])).status_code == 405
    )
    client.logout()
    response = client.post(reverse("preparation:competency_reread", args=[application.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_application_page_summarises(alice_client: Any, alice: Any) -> None:
    application = make_application(user=alice, vacancy_text="Je bent klantgericht en flexibel.")
    make_example(user=alice, competencies=["customer_focus"])
    page = alice_client.get(application.get_absolute_url()).content.decode()
    assert "1 van 2 competenties onderbouwd met een voorbeeld" in page
    assert "Nog zonder voorbeeld: Flexibiliteit" in page
    assert reverse("preparation:application_pitch", args=[application.pk]) in page
    assert Example.objects.count() == 1
