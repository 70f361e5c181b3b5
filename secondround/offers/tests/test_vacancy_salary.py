"""Their salary information from the vacancy: read, shown with its sentence, corrected, kept."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from secondround import portability
from secondround.offers.models import VacancySalary
from secondround.offers.tests.factories import make_offer
from secondround.testing.factories import make_application

HTMX = {"HTTP_HX_REQUEST": "true"}
VACANCY = (
    "Wat bieden wij?\n"
    "Salaris: € 3.600 – € 4.500 bruto per maand o.b.v. 36 uur (schaal 10).\n"
    "Een Individueel Keuzebudget (IKB) van 16,37%.\n"
    "Je beheert een budget van € 2 miljoen.\n"
)
FORM = {
    "min_amount": "3.800",
    "max_amount": "4.700",
    "period": "month",
    "hours_per_week": "36",
    "scale": "10",
    "holiday_allowance_included": "false",
    "ikb_pct": "16,37",
    "thirteenth_month": "unknown",
}


@pytest.fixture
def application(alice):
    return make_application(user=alice, company="Gemeente Utrecht", vacancy_text=VACANCY)


def url(application) -> str:
    return reverse("offers:vacancy_salary", args=[application.pk])


def test_the_application_page_shows_their_range_with_its_sentence(alice_client, application):
    html = alice_client.get(application.get_absolute_url()).content.decode()
    assert "€ 3.600 tot € 4.500 per maand" in html
    assert "IKB 16,37%" in html
    assert "Salaris: € 3.600 – € 4.500 bruto per maand o.b.v. 36 uur (schaal 10)." in html
    assert (
        "2 miljoen" not in html.split("Hun salaris volgens de vacature")[1].split("</section>")[0]
    )


def test_the_form_starts_from_what_was_read(alice_client, application):
    response = alice_client.get(url(application))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["min_amount"] == 3600 and form.initial["max_amount"] == 4500
    assert form.initial["ikb_pct"] == 16.37
    assert not VacancySalary.objects.exists()


def test_alice_corrects_their_range_and_the_offer_is_set_against_it(alice_client, application):
    response = alice_client.post(url(application), FORM)
    assert response.status_code == 302
    saved = VacancySalary.objects.get(application=application)
    assert (saved.min_amount, saved.max_amount) == (Decimal("3800"), Decimal("4700"))
    assert saved.holiday_allowance_included is False and saved.thirteenth_month is None
    assert "o.b.v. 36 uur" in saved.evidence
    offer = make_offer(application=application, monthly_gross=Decimal("3700"))
    html = alice_client.get(offer.get_absolute_url()).content.decode()
    assert "€ 100 per maand onder hun eigen bandbreedte (€ 3.800 tot € 4.700)" in html


def test_read_again_forgets_the_corrections(alice_client, application):
    alice_client.post(url(application), FORM)
    response = alice_client.post(url(application), {"reset": "1"})
    assert response.status_code == 302
    assert not VacancySalary.objects.exists()


def test_bad_input_keeps_what_was_typed(alice_client, application):
    data = {**FORM, "min_amount": "veel", "max_amount": "3000"}
    for extra in ({}, HTMX):
        response = alice_client.post(url(application), data, **extra)
        assert response.status_code in (200, 422)
        assert 'value="veel"' in response.content.decode()
    assert not VacancySalary.objects.exists()


def test_min_above_max_is_refused(alice_client, application):
    response = alice_client.post(url(application), {**FORM, "min_amount": "5000"})
    assert "hoger dan het hoogste" in response.content.decode()
    assert not VacancySalary.objects.exists()


def test_htmx_gets_the_page_too(alice_client, application):
    assert alice_client.get(url(application), **HTMX).status_code == 200


def test_login_is_required(client, application):
    assert "/accounts/login/" in client.get(url(application))["Location"]


def test_bob_gets_404_and_changes_nothing(bob_client, application):
    assert bob_client.get(url(application)).status_code == 404
    assert bob_client.post(url(application), FORM).status_code == 404
    assert not VacancySalary.objects.exists()


def test_a_wrong_method_gets_405(alice_client, application):
    assert alice_client.put(url(application)).status_code == 405


def test_export_and_import_keep_the_corrected_range(alice, bob, alice_client, application):
    alice_client.post(url(application), FORM)
    document = portability.export_user(alice)
    portability.import_user(bob, document)
    copied = VacancySalary.objects.for_user(bob).get()
    assert copied.max_amount == Decimal("4700") and copied.application.user == bob
    assert portability.export_user(bob)["data"] == document["data"]
