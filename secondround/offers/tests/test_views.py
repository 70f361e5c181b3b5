"""Offers pages: happy paths with the database checked, login, 404 for bob, 405, htmx partials."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from secondround.offers.models import JobPackage, Kind
from secondround.offers.tests.factories import make_current, make_offer
from secondround.testing.factories import make_application, make_interviewer

HTMX = {"HTTP_HX_REQUEST": "true"}
OFFER_DATA = {
    "name": "Stroomlijn",
    "received_on": "2026-03-02",
    "monthly_gross": "3.900",
    "hours_per_week": "36",
    "holiday_allowance_pct": "8",
    "vacation_days": "27",
    "public_holidays_off": "6",
    "thirteenth_month": "on",
    "training_budget": "1500",
    "year_end_bonus_pct": "0",
    "year_end_bonus_amount": "0",
    "bonus": "0",
    "profit_sharing": "0",
    "pension_employer_pct": "0",
    "pension_employee_pct": "0",
    "pension_franchise": "0",
    "lease_car_list_price": "0",
    "lease_car_own_contribution": "0",
    "travel_allowance_monthly": "0",
    "home_office_allowance_monthly": "0",
    "phone_value_yearly": "300",
    "laptop_value_yearly": "400",
    "other_benefits_yearly": "0",
}


@pytest.fixture
def application(alice):
    return make_application(
        user=alice, company="Stroomlijn Energie", role="Teamleider klantenservice"
    )


@pytest.fixture
def offer(application):
    return make_offer(application=application)


# --- the current job --------------------------------------------------------------------------


def test_alice_enters_her_current_job_once(alice_client, alice) -> None:
    data = {**OFFER_DATA, "monthly_gross": "3650", "hours_per_week": "40", "name": ""}
    response = alice_client.post(reverse("offers:current"), {**data, "next": "/applications/"})
    assert response.status_code == 302 and response["Location"] == "/applications/"
    current = JobPackage.objects.for_user(alice).current().get()
    assert current.monthly_gross == Decimal("3650") and current.application is None
    alice_client.post(reverse("offers:current"), {**data, "monthly_gross": "3700"})
    assert JobPackage.objects.for_user(alice).current().get().monthly_gross == Decimal("3700")


def test_the_current_job_refuses_an_outside_next(alice_client, alice) -> None:
    data = {**OFFER_DATA, "next": "//evil.example.com/"}
    response = alice_client.post(reverse("offers:current"), data)
    assert response["Location"] == reverse("offers:current")


def test_removing_the_current_job(alice_client, alice) -> None:
    make_current(user=alice)
    assert alice_client.get(reverse("offers:current_delete")).status_code == 200
    alice_client.post(reverse("offers:current_delete"))
    assert not JobPackage.objects.for_user(alice).exists()


def test_bob_sees_his_own_empty_current_job_form(bob_client, alice) -> None:
    make_current(user=alice, monthly_gross=Decimal("9876"))
    response = bob_client.get(reverse("offers:current"))
    assert response.status_code == 200 and b"9876" not in response.content
    assert bob_client.get(reverse("offers:current_delete")).status_code == 404


# --- offers -----------------------------------------------------------------------------------


def test_alice_adds_an_offer(alice_client, alice, application) -> None:
    assert alice_client.get(reverse("offers:create", args=[application.pk])).status_code == 200
    response = alice_client.post(reverse("offers:create", args=[application.pk]), OFFER_DATA)
    offer = JobPackage.objects.for_user(alice).offers().get()
    assert response.status_code == 302 and response["Location"] == offer.get_absolute_url()
    assert offer.application == application and offer.monthly_gross == Decimal("3900")
    assert offer.thirteenth_month and offer.vacation_days == Decimal("27")


def test_bad_input_keeps_what_was_typed_and_saves_nothing(alice_client, alice, application) -> None:
    data = {
        **OFFER_DATA,
        "monthly_gross": "-3900",
        "hours_per_week": "200",
        "vacation_days": "400",
        "year_end_bonus_pct": "150",
        "lease_car_list_price": "1000000000000",
        "name": "<script>x</script>" * 3,
        "received_on": "2026-02-31",
        "conditions": "x" * 5000,
    }
    response = alice_client.post(reverse("offers:create", args=[application.pk]), data)
    assert response.status_code == 422
    html = response.content.decode()
    for typed in (
        'value="-3900"',
        'value="200"',
        'value="400"',
        'value="150"',
        'value="1000000000000"',
    ):
        assert typed in html
    assert "<script>x</script>" not in html
    assert html.count('class="errors"') >= 7
    assert not JobPackage.objects.exists()


def test_an_empty_form_asks_for_the_salary(alice_client, application) -> None:
    response = alice_client.post(reverse("offers:create", args=[application.pk]), {})
    assert response.status_code == 422 and b"monthly_gross_error" in response.content
    assert not JobPackage.objects.exists()


def test_alice_edits_and_removes_an_offer(alice_client, alice, offer) -> None:
    url = reverse("offers:edit", args=[offer.pk])
    assert alice_client.get(url).status_code == 200
    alice_client.post(url, {**OFFER_DATA, "monthly_gross": "4000"})
    offer.refresh_from_db()
    assert offer.monthly_gross == Decimal("4000") and offer.kind == Kind.OFFER
    assert alice_client.get(reverse("offers:delete", args=[offer.pk])).status_code == 200
    alice_client.post(reverse("offers:delete", args=[offer.pk]))
    assert not JobPackage.objects.exists()


def test_the_offer_page_explains_every_line(alice_client, offer) -> None:
    response = alice_client.get(reverse("offers:detail", args=[offer.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "€ 3.900" in html and "12 × € 3.900" in html
    assert "Netto per gewone maand" in html


# --- comparison -------------------------------------------------------------------------------


def test_the_comparison_shows_every_line_with_better_and_worse(
    alice_client, alice, application
) -> None:
    make_current(user=alice, vacation_days=Decimal("20"), monthly_gross=Decimal("4200"))
    make_offer(
        application=application,
        monthly_gross=Decimal("3900"),
        vacation_days=Decimal("30"),
        thirteenth_month=False,
        training_budget=Decimal("0"),
    )
    response = alice_client.get(reverse("offers:compare", args=[application.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<th scope="col">' in html and '<th scope="row">Netto per gewone maand' in html
    assert "Waarde per gewerkt uur" in html and '<div class="table-scroll"' in html
    assert "▼</span> slechter" in html and "▲</span> beter" in html
    assert "vakantiedagen minder" in html  # apples and pears (S3)
    assert '<svg class="bar-chart"' in html and '<title id="chart-title">' in html
    assert re.search(r'<rect x="4\.0" y="\d+(\.\d+)?" width="\d+(\.\d+)?"', html)  # not "4,0"
    assert "belastingregels van 2026" in html


def test_the_comparison_switches_year_with_an_htmx_partial(alice_client, alice, offer) -> None:
    make_current(user=alice)
    url = reverse("offers:compare", args=[offer.application.pk])
    partial = alice_client.get(url, {"year": "2025"}, **HTMX)
    html = partial.content.decode()
    assert partial.status_code == 200 and "<html" not in html and 'id="comparison"' in html
    assert "belastingregels van 2025" in html
    full = alice_client.get(url, {"year": "1999"})
    assert "<html" in full.content.decode() and "belastingregels van 2026" in full.content.decode()


def test_the_comparison_without_packages_says_what_to_do(alice_client, application) -> None:
    response = alice_client.get(reverse("offers:compare", args=[application.pk]))
    assert response.status_code == 200 and b"bar-chart" not in response.content


# --- three answers ----------------------------------------------------------------------------


def test_the_drafts_hold_the_numbers_and_the_company(alice_client, application, offer) -> None:
    make_interviewer(application=application, name="Sanne Jansen", kind="hr")
    url = reverse("offers:replies", args=[offer.pk])
    html = alice_client.get(url).content.decode()
    assert html.count("<textarea") == 4 and "readonly" in html
    assert "Beste Sanne," in html and "Stroomlijn Energie" in html
    assert "€ 3.900" in html and "€ 4.100" in html and "€ 200 meer per maand" in html
    assert 'data-copy-target="draft-time"' in html and 'aria-live="polite"' in html
    assert "Vriendelijk afslaan" in html and "waardering voor jou en het team" in html  # je
    response = alice_client.get(
        url,
        {"contact_name": "Joost", "target_monthly": "4.300", "think_until": "2099-03-13"},
        **HTMX,
    )
    partial = response.content.decode()
    assert "<html" not in partial and "Beste Joost" in partial and "€ 400" in partial
    assert "13 maart 2099" in partial


def test_the_drafts_show_in_the_other_language(alice_client, offer) -> None:
    html = alice_client.get(reverse("offers:replies", args=[offer.pk]), {"show": "other"})
    assert (
        "Thank you very much for the offer" in html.content.decode()
        and 'lang="en"' in html.content.decode()
    )


def test_bad_draft_input_gives_a_message_and_drafts_from_defaults(alice_client, offer) -> None:
    response = alice_client.get(
        reverse("offers:replies", args=[offer.pk]),
        {"target_monthly": "-5", "think_until": "2020-01-01"},
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert 'value="-5"' in html and html.count("<textarea") == 4


def test_alice_records_her_answer(alice_client, offer) -> None:
    url = reverse("offers:decision", args=[offer.pk])
    response = alice_client.post(url, {"decision": "thinking"})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.decision == "thinking"
    partial = alice_client.post(url, {"decision": "countering"}, **HTMX)
    assert partial.status_code == 200 and b"<html" not in partial.content
    offer.refresh_from_db()
    assert offer.decision == "countering"


def test_an_unknown_answer_is_refused(alice_client, offer) -> None:
    response = alice_client.post(reverse("offers:decision", args=[offer.pk]), {"decision": "maybe"})
    assert response.status_code == 422
    offer.refresh_from_db()
    assert offer.decision == "open"


# --- guards -----------------------------------------------------------------------------------


def _offer_urls(offer: JobPackage) -> list[str]:
    return [
        reverse(name, args=[offer.pk])
        for name in ("offers:detail", "offers:edit", "offers:delete", "offers:replies")
    ] + [
        reverse("offers:create", args=[offer.application_id]),
        reverse("offers:compare", args=[offer.application_id]),
    ]


def test_login_is_required(client, offer) -> None:
    for url in [
        *_offer_urls(offer),
        reverse("offers:current"),
        reverse("offers:decision", args=[offer.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url


def test_bob_gets_404_on_alices_offers_and_changes_nothing(bob_client, offer) -> None:
    for url in _offer_urls(offer):
        assert bob_client.get(url).status_code == 404, url
    for name in ("offers:edit", "offers:delete"):
        assert bob_client.post(reverse(name, args=[offer.pk]), OFFER_DATA).status_code == 404
    assert (
        bob_client.post(
            reverse("offers:decision", args=[offer.pk]), {"decision": "declined"}
        ).status_code
        == 404
    )
    assert (
        bob_client.post(
            reverse("offers:create", args=[offer.application_id]), OFFER_DATA
        ).status_code
        == 404
    )
    offer.refresh_from_db()
    assert offer.decision == "open" and offer.monthly_gross == Decimal("3900")
    assert JobPackage.objects.count() == 1


def test_the_current_job_is_no_offer_page(alice_client, alice) -> None:
    current = make_current(user=alice)
    assert alice_client.get(reverse("offers:detail", args=[current.pk])).status_code == 404
    assert alice_client.get(reverse("offers:replies", args=[current.pk])).status_code == 404


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("offers:detail", "post"),
        ("offers:compare", "post"),
        ("offers:replies", "post"),
        ("offers:decision", "get"),
        ("offers:edit", "put"),
        ("offers:current", "delete"),
    ],
)
def test_wrong_methods_get_405(alice_client, offer, name, method) -> None:
    arg = {"offers:compare": offer.application_id, "offers:current": None}.get(name, offer.pk)
    url = reverse(name, args=[arg] if arg else [])
    assert getattr(alice_client, method)(url).status_code == 405


def test_a_cleared_optional_number_takes_its_default(alice_client, alice, application) -> None:
    """Emptying 'hours per week' or 'vacation days' means 'the usual', not a crash."""
    data = {**OFFER_DATA, "hours_per_week": "", "vacation_days": "", "public_holidays_off": ""}
    response = alice_client.post(reverse("offers:create", args=[application.pk]), data)
    offer = JobPackage.objects.for_user(alice).offers().get()
    assert response.status_code == 302
    assert offer.hours_per_week == Decimal("40") and offer.vacation_days == Decimal("20")
    assert offer.public_holidays_off == Decimal("6")


def test_the_comparison_has_a_card_per_offer_with_the_differences_first(
    alice_client, alice, application
) -> None:
    make_current(user=alice)
    make_offer(application=application, name="Stroomlijn")
    response = alice_client.get(reverse("offers:compare", args=[application.pk]))
    (card,) = response.context["cards"]
    assert card.name == "Stroomlijn"
    assert [line.label for line in card.key][0] == "Brutoloon per maand"
    assert card.differences and card.differences[0].verdict == "worse"  # the ones to ask about
    assert all(line.verdict in ("better", "worse") for line in card.differences)
    html = response.content.decode()
    assert html.index('class="offer-card"') < html.index('<table class="compare">')
    assert "<summary>Toon de hele tabel: elke regel van elk pakket</summary>" in html
