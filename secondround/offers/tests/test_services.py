"""Your own numbers (S4), working days, drafts and the comparison rows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from secondround.offers import services
from secondround.offers.models import JobPackage
from secondround.offers.tests.factories import make_current, make_offer
from secondround.testing.factories import make_application, make_round


@pytest.mark.parametrize(
    ("target", "minimum", "wishes", "expected"),
    [
        (
            Decimal("4100"),
            Decimal("3800"),
            "Thuiswerken\n- opleiding\n",
            (4100.0, 3800.0, ["Thuiswerken", "opleiding"]),
        ),
        (None, Decimal("3800"), ["laptop"], (3800.0, 3800.0, ["laptop"])),
        (Decimal("4100"), None, "", (4100.0, 0.0, [])),
        (None, None, "laptop", None),
    ],
)
def test_numbers_are_read_whatever_their_shape(target, minimum, wishes, expected) -> None:
    assert services._as_numbers(target, minimum, wishes) == expected


def test_without_terms_there_are_no_numbers_yet(alice) -> None:
    offer = make_offer(application=make_application(user=alice))
    assert services.numbers_findings(offer, lang="nl") is None


def test_the_offer_page_shows_findings_against_the_numbers(
    alice_client, alice, monkeypatch
) -> None:
    monkeypatch.setattr(services, "_my_numbers", lambda application: (4300.0, 4080.0, ["laptop"]))
    offer = make_offer(application=make_application(user=alice))
    html = alice_client.get(reverse("offers:detail", args=[offer.pk])).content.decode()
    assert "€ 180 bruto per maand onder je minimum" in html
    assert "laptop" in html and "Vraag ernaar voor je tekent" in html
    compare = alice_client.get(reverse("offers:compare", args=[offer.application_id]))
    assert "onder je minimum" in compare.content.decode()


def test_the_terms_of_the_preparation_plan_light_up_the_check(alice_client, alice) -> None:
    preparation = pytest.importorskip("secondround.preparation.models")
    if not hasattr(preparation, "Terms"):
        pytest.skip("preparation.Terms is not on this branch yet; runs once both branches meet")
    application = make_application(user=alice)
    field_names = {f.name for f in preparation.Terms._meta.get_fields()}
    values = {
        "application": application,
        "target_monthly": Decimal("4300"),
        "minimum_monthly": Decimal("4080"),
    }
    if "wishes" in field_names:
        values["wishes"] = "laptop"
    preparation.Terms.objects.create(**values)
    offer = make_offer(application=application)
    html = alice_client.get(reverse("offers:detail", args=[offer.pk])).content.decode()
    assert "onder je minimum" in html


def test_the_counter_offer_asks_for_the_own_target(alice, monkeypatch) -> None:
    offer = make_offer(application=make_application(user=alice))
    assert services.default_target(offer) == Decimal("4100")  # 5% up, rounded up to 50
    monkeypatch.setattr(services, "_my_numbers", lambda application: (4400.0, 4000.0, []))
    assert services.default_target(offer) == Decimal("4400")


def test_two_unnamed_offers_of_one_company_get_different_names(alice) -> None:
    application = make_application(user=alice, company="Acme")
    make_offer(application=application)
    make_offer(application=application, monthly_gross=Decimal("4000"))
    found = services.comparison(services.compared_packages(application), year=2026, lang="en")
    assert found.names == ["Acme", "Acme (2)"]


def test_the_current_job_is_the_baseline(alice) -> None:
    application = make_application(user=alice)
    make_offer(application=application)
    current = make_current(user=alice)
    assert services.compared_packages(application)[0] == current


def test_numbers_link_falls_back_to_the_application(alice) -> None:
    application = make_application(user=alice)
    assert services.numbers_url(application) == f"/prepare/applications/{application.pk}/terms/"


def test_demo_fills_a_current_job_their_range_and_one_offer_with_a_waiting_counter_offer(
    alice,
) -> None:
    from secondround.offers.demo import fill, fill_further

    before = make_application(user=alice, company="Stroomlijn Energie")
    application = make_application(user=alice, company="Waterschap Vallei")
    fill(user=alice, application=before, rounds=[make_round(application=before)], lang="nl")
    assert not JobPackage.objects.for_user(alice).offers().exists()  # no offer before round two
    assert services.vacancy_salary(before).max == 4400  # their range, for the salary words
    rounds = [make_round(application=application)]
    fill_further(user=alice, application=application, rounds=rounds, lang="nl")
    assert JobPackage.objects.for_user(alice).current().get().monthly_gross == Decimal("3650")
    offer = JobPackage.objects.for_user(alice).offers().get()
    assert offer.decision == "countering" and offer.application == application
    assert offer.counters.get().waiting
    found = services.comparison(services.compared_packages(application), year=2026, lang="nl")
    assert any(v == "better" for row in found.rows for v in row.verdicts)
