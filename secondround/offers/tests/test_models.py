"""Job packages: the two kinds kept apart, the same limits as the coach, and export round-trips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import translation

from secondround import portability
from secondround.accounts.models import User
from secondround.offers.models import JobPackage, Kind
from secondround.offers.tests.factories import make_current, make_offer
from secondround.testing.factories import make_application


def test_an_offer_needs_an_application(alice) -> None:
    package = JobPackage(user=alice, kind=Kind.OFFER, monthly_gross=Decimal("3000"))
    with pytest.raises(ValidationError):
        package.full_clean()


def test_the_current_job_belongs_to_no_application(alice) -> None:
    application = make_application(user=alice)
    package = JobPackage(
        user=alice, kind=Kind.CURRENT, application=application, monthly_gross=Decimal("3000")
    )
    with pytest.raises(ValidationError):
        package.full_clean()


def test_a_user_has_one_current_job(alice, bob) -> None:
    make_current(user=alice)
    make_current(user=bob)
    with pytest.raises(ValidationError, match="huidige baan"):
        make_current(user=alice)


def test_the_database_refuses_impossible_values_too(alice) -> None:
    with pytest.raises(IntegrityError):
        JobPackage.objects.create(
            user=alice,
            kind=Kind.CURRENT,
            monthly_gross=Decimal("3000"),
            hours_per_week=Decimal("200"),
        )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("monthly_gross", "-1"),
        ("hours_per_week", "200"),
        ("vacation_days", "400"),
        ("year_end_bonus_pct", "101"),
        ("lease_car_list_price", "1000000000"),
    ],
)
def test_full_clean_uses_the_coach_limits(alice, field, value) -> None:
    package = JobPackage(user=alice, kind=Kind.CURRENT, monthly_gross=Decimal("3000"))
    setattr(package, field, Decimal(value))
    with pytest.raises(ValidationError) as error:
        package.full_clean()
    assert field in error.value.message_dict


def test_a_package_becomes_the_coach_dataclass(alice) -> None:
    application = make_application(user=alice, company="Stroomlijn Energie")
    offer = make_offer(application=application, phone=True)
    package = offer.as_package()
    assert package.name == "Stroomlijn Energie"
    assert package.monthly_gross == 3900.0 and package.thirteenth_month is True
    assert package.phone is True and package.lease_car_first_registration_year is None


def test_names_say_what_a_package_is(alice) -> None:
    current = make_current(user=alice, name="")
    with translation.override("en"):
        assert str(current) == "My current job"
    offer = make_offer(application=make_application(user=alice, company="Acme"), name="Acme B")
    assert str(offer) == "Acme B"
    assert offer.get_absolute_url() == f"/offers/{offer.pk}/"


def test_for_user_shows_only_own_packages(alice, bob) -> None:
    make_current(user=alice)
    make_offer(application=make_application(user=bob))
    assert JobPackage.objects.for_user(alice).count() == 1
    assert JobPackage.objects.for_user(bob).get().kind == Kind.OFFER


def test_export_and_import_round_trip(alice) -> None:
    application = make_application(user=alice)
    make_current(user=alice, conditions="Geen verlof in de eerste maand")
    make_offer(
        application=application,
        decision="thinking",
        lease_car_list_price=Decimal("42000"),
        lease_car_electric=True,
        lease_car_first_registration_year=2026,
    )
    document = portability.export_user(alice)
    assert len(document["data"]["offers.jobpackage"]) == 2
    carol = User.objects.create_user(email="carol@example.com", password="carol-secret-42")
    portability.import_user(carol, document)
    again = portability.export_user(carol)
    assert again["data"]["offers.jobpackage"] == document["data"]["offers.jobpackage"]
    offer = JobPackage.objects.for_user(carol).offers().get()
    assert offer.application is not None and offer.application.user == carol
    assert offer.decision == "thinking"
    assert offer.lease_car_list_price == Decimal("42000")
