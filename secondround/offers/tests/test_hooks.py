"""The offers hooks on the application, round and dashboard pages."""

from __future__ import annotations

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from secondround.offers.tests.factories import make_current, make_offer
from secondround.testing.factories import make_application, make_round


def test_the_application_page_lists_offers_and_links(alice_client, alice) -> None:
    application = make_application(user=alice)
    offer = make_offer(application=application)
    html = alice_client.get(application.get_absolute_url()).content.decode()
    assert offer.get_absolute_url() in html and "€ 3.900" in html
    assert reverse("offers:create", args=[application.pk]) in html
    assert reverse("offers:compare", args=[application.pk]) in html
    assert "Mijn huidige baan invullen" in html


def test_the_application_page_without_offers_invites_one(alice_client, alice) -> None:
    application = make_application(user=alice)
    make_current(user=alice)
    html = alice_client.get(application.get_absolute_url()).content.decode()
    assert "Nog geen aanbod" in html and "Mijn huidige baan aanpassen" in html


@pytest.mark.parametrize(
    ("number", "stage", "offer", "words", "link"),
    [
        (1, "round_one", False, "begin er zelf niet over", None),
        (2, "round_two", False, "Zet je cijfers klaar", "numbers"),
        (2, "offer", True, "Er ligt een aanbod", "compare"),
    ],
)
def test_the_round_page_says_when_to_raise_terms(
    alice_client, alice, number, stage, offer, words, link
) -> None:
    application = make_application(user=alice, stage=stage)
    for n in range(1, number + 1):
        round = make_round(application=application, number=n)
    if offer:
        make_offer(application=application)
    html = alice_client.get(round.get_absolute_url()).content.decode()
    assert words in html
    if link == "compare":
        assert reverse("offers:compare", args=[application.pk]) in html
    if link == "numbers":
        assert "Mijn cijfers klaarzetten" in html


def test_a_closed_application_gets_no_timing_card(alice_client, alice) -> None:
    application = make_application(user=alice, stage="rejected")
    round = make_round(application=application, number=2)
    assert "h-terms-timing" not in alice_client.get(round.get_absolute_url()).content.decode()


def _dashboard_queries(rf, user) -> int:
    request = rf.get("/")
    request.user = user
    template = Template('{% include "offers/_dashboard.html" %}')
    with CaptureQueriesContext(connection) as queries:
        template.render(Context({"request": request, "rows": []}))
    return len(queries)


def test_the_dashboard_hook_costs_the_same_queries_for_more_offers(rf, alice) -> None:
    make_offer(application=make_application(user=alice))
    few = _dashboard_queries(rf, alice)
    for _ in range(4):
        make_offer(application=make_application(user=alice))
    assert _dashboard_queries(rf, alice) == few == 2  # offers waiting for you, and for them


def test_the_dashboard_hook_lists_waiting_offers_only(rf, alice, bob) -> None:
    waiting = make_offer(application=make_application(user=alice, company="Wacht BV"))
    make_offer(application=make_application(user=alice, company="Klaar BV"), decision="accepted")
    make_offer(application=make_application(user=bob, company="Bob BV"))
    request = rf.get("/")
    request.user = alice
    html = Template('{% include "offers/_dashboard.html" %}').render(Context({"request": request}))
    assert waiting.get_absolute_url() in html
    assert "Klaar BV" not in html and "Bob BV" not in html
