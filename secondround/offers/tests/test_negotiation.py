"""A negotiation you can follow: the counter-offer, the date of the answer, the answer, the new
version of the offer and what changed; the dashboard shows what waits for whom."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from secondround import portability
from secondround.applications.models import Application
from secondround.offers.models import CounterOffer, JobPackage
from secondround.offers.tests.factories import make_current, make_offer
from secondround.testing.factories import make_application

HTMX = {"HTTP_HX_REQUEST": "true"}
COUNTER = {
    "sent_on": "2026-03-03",
    "answer_expected_on": "2026-03-10",
    "ask_monthly_gross": "4.200",
    "ask_training_budget": "2500",
    "note": "Ook een dag thuiswerken gevraagd.",
}


@pytest.fixture
def offer(alice):
    application = make_application(user=alice, company="Stroomlijn", role="Teamleider")
    return make_offer(application=application, name="Stroomlijn", answer_due=date(2026, 3, 12))


def _send(client, offer) -> CounterOffer:
    response = client.post(reverse("offers:counter", args=[offer.pk]), COUNTER)
    assert response.status_code == 302
    return CounterOffer.objects.get(package=offer)


def test_alice_records_her_counter_offer(alice_client, offer):
    counter = _send(alice_client, offer)
    assert counter.parts == {"monthly_gross": 4200.0, "training_budget": 2500.0}
    assert counter.answer_expected_on == date(2026, 3, 10) and counter.waiting
    offer.refresh_from_db()
    assert offer.decision == "countering"
    html = alice_client.get(offer.get_absolute_url()).content.decode()
    assert "Tegenvoorstel van 3 maart 2026" in html
    assert "Brutosalaris per maand (€): <strong>€ 4.200</strong>" in html
    assert "verwacht uiterlijk 10 maart 2026" in html


def test_an_empty_counter_offer_is_refused_and_keeps_the_input(alice_client, offer):
    data = {"sent_on": "2026-03-03", "ask_vacation_days": "500"}
    for extra in ({}, HTMX):
        response = alice_client.post(reverse("offers:counter", args=[offer.pk]), data, **extra)
        assert response.status_code in (200, 422)
        assert 'value="500"' in response.content.decode()
    response = alice_client.post(
        reverse("offers:counter", args=[offer.pk]), {"sent_on": "2026-03-03"}
    )
    assert "Vul minstens één onderdeel in" in response.content.decode()
    assert not CounterOffer.objects.exists()


def test_their_answer_with_new_numbers_is_a_new_version_and_the_comparison_shows_it(
    alice_client, alice, offer
):
    make_current(user=alice)
    counter = _send(alice_client, offer)
    form = alice_client.get(reverse("offers:counter_answer", args=[counter.pk]))
    assert "Je vroeg € 4.200." in form.content.decode()
    response = alice_client.post(
        reverse("offers:counter_answer", args=[counter.pk]),
        {"answer": "partly", "answered_on": "2026-03-09", "answer_note": "4.100 en opleiding ok",
         "new_monthly_gross": "4100", "new_training_budget": "2500", "new_hours_per_week": "36"},
    )  # fmt: skip
    counter.refresh_from_db()
    new = counter.new_version
    assert new is not None and response["Location"] == new.get_absolute_url()
    assert new.previous == offer and new.version == 2 and new.decision == "open"
    assert new.monthly_gross == Decimal("4100") and offer.monthly_gross == Decimal("3900")
    html = alice_client.get(new.get_absolute_url()).content.decode()
    assert "Dit is versie 2 van het aanbod." in html
    panel = alice_client.get(offer.application.get_absolute_url()).content.decode()
    assert new.get_absolute_url() in panel and f'href="{offer.get_absolute_url()}"' not in panel
    assert "€ 3.900 → <strong>€ 4.100</strong>" in html
    page = alice_client.get(reverse("offers:compare", args=[offer.application_id]))
    compare = page.content.decode()
    assert "Wat er veranderde na je tegenvoorstel" in compare
    assert "Opleidingsbudget per jaar (€): € 1.500 → <strong>€ 2.500</strong>" in compare
    assert [p.pk for p in page.context["packages"]][1:] == [new.pk]  # only the newest version


def test_an_answer_without_new_numbers_makes_no_version(alice_client, offer):
    counter = _send(alice_client, offer)
    response = alice_client.post(
        reverse("offers:counter_answer", args=[counter.pk]),
        {"answer": "refused", "answered_on": "2026-03-09", "new_monthly_gross": "3900"},
    )
    assert response["Location"] == offer.get_absolute_url()
    counter.refresh_from_db()
    assert counter.answer == "refused" and counter.new_version is None
    assert JobPackage.objects.offers().count() == 1
    offer.refresh_from_db()
    assert offer.decision == "open"  # the same offer stands: the next move is alice's


def test_the_dashboard_shows_what_waits_for_whom_with_the_date(alice_client, offer):
    html = alice_client.get(reverse("applications:dashboard")).content.decode()
    assert "jouw antwoord uiterlijk 12 maart" in html
    _send(alice_client, offer)
    html = alice_client.get(reverse("applications:dashboard")).content.decode()
    assert "Wacht op hun antwoord" in html and "verwacht uiterlijk 10 maart" in html


def test_login_bob_and_methods(alice, bob, offer):
    anonymous, bobs = Client(), Client()
    bobs.force_login(bob)
    counter = CounterOffer.objects.create(package=offer, sent_on=date(2026, 3, 3), note="x")
    urls = [reverse("offers:counter", args=[offer.pk]),
            reverse("offers:counter_answer", args=[counter.pk])]  # fmt: skip
    for url in urls:
        assert "/accounts/login/" in anonymous.get(url)["Location"]
        assert bobs.get(url).status_code == 404
        assert bobs.post(url, {**COUNTER, "answer": "accepted"}).status_code == 404
        alices = Client()
        alices.force_login(alice)
        assert alices.put(url).status_code == 405
        assert alices.get(url, **HTMX).status_code == 200
    counter.refresh_from_db()
    assert counter.answer == "waiting" and CounterOffer.objects.count() == 1


def test_export_and_import_keep_the_negotiation(alice_client, alice, bob, offer):
    counter = _send(alice_client, offer)
    alice_client.post(
        reverse("offers:counter_answer", args=[counter.pk]),
        {"answer": "accepted", "answered_on": "2026-03-09", "new_monthly_gross": "4200"},
    )
    document = portability.export_user(alice)
    portability.import_user(bob, document)
    copied = CounterOffer.objects.for_user(bob).get()
    assert copied.new_version.previous == copied.package
    assert copied.package.application in Application.objects.for_user(bob)
    assert portability.export_user(bob)["data"] == document["data"]


def test_the_counter_offer_form_shows_where_the_offer_lands_in_their_range(alice_client, alice):
    vacancy = "Salaris: € 4.000 tot € 5.000 bruto per maand o.b.v. 36 uur."
    application = make_application(user=alice, vacancy_text=vacancy)
    offer = make_offer(application=application, monthly_gross=Decimal("3900"))
    html = alice_client.get(reverse("offers:counter", args=[offer.pk])).content.decode()
    assert "€ 100 per maand onder hun eigen bandbreedte" in html
