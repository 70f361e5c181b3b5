"""Any numbers typed into an offer: never a 500, and what is saved values to totals that are never
negative (hypothesis, through the real form and pages)."""

from __future__ import annotations

from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondround.coach.pay import LIMITS
from secondround.offers.models import JobPackage
from secondround.offers.services import valuation
from secondround.testing.factories import make_application

NUMBER_KEYS = [k for k, s in LIMITS.items() if s.kind == "number"]
TYPED = st.one_of(
    st.floats(-1e6, 2e6, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.integers(-10, 1_000_000).map(str),
    st.sampled_from(["", "3.650", "3,5", "€ 4.000,-", "veel", "1e9", "-0", "12,345.67"]),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.dictionaries(st.sampled_from(NUMBER_KEYS), TYPED, max_size=8),
       electric=st.booleans(), year=st.sampled_from(["", "2019", "2026", "2031"]))  # fmt: skip
def test_any_typed_offer_is_saved_valid_or_refused_never_a_500(
    alice_client, alice, values, electric, year
) -> None:
    application = make_application(user=alice)
    data = {"monthly_gross": "3900", **values, "lease_car_first_registration_year": year}
    if electric:
        data["lease_car_electric"] = "on"
    response = alice_client.post(reverse("offers:create", args=[application.pk]), data)
    assert response.status_code in (200, 302, 400, 422)
    for package in JobPackage.objects.for_user(alice).offers():
        package.full_clean()
        for year_ in (2025, 2026):
            found = valuation(package, year=year_, lang="nl")
            assert found.total_value >= 0 and found.total_value_certain >= 0
        assert alice_client.get(package.get_absolute_url()).status_code == 200
    assert alice_client.get(reverse("offers:compare", args=[application.pk])).status_code == 200
    JobPackage.objects.for_user(alice).delete()
    application.delete()
