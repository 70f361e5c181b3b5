"""The language of a request: the profile decides, the language cookie carries it, so most requests
(a health check among them) do not load the user for it."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

pytestmark = pytest.mark.django_db
COOKIE = settings.LANGUAGE_COOKIE_NAME


def test_logging_in_puts_the_profile_language_in_the_cookie(client, bob) -> None:
    client.cookies[COOKIE] = "nl"
    response = client.post(
        reverse("accounts:login"), {"email": "bob@example.com", "password": "bob-secret-42"}
    )
    assert response.status_code == 302
    assert response.cookies[COOKIE].value == "en"
    assert "Your applications" in client.get(reverse("applications:dashboard")).content.decode()


def test_a_signed_in_browser_without_the_cookie_gets_the_profile_language_once(bob_client) -> None:
    response = bob_client.get(reverse("applications:dashboard"), HTTP_ACCEPT_LANGUAGE="nl")
    assert "Your applications" in response.content.decode()
    assert response["Content-Language"] == "en"
    assert response.cookies[COOKIE].value == "en"
    again = bob_client.get(reverse("applications:dashboard"), HTTP_ACCEPT_LANGUAGE="nl")
    assert COOKIE not in again.cookies  # already in step: nothing to write
    assert "Your applications" in again.content.decode()


def test_a_change_of_language_updates_profile_and_cookie(alice_client, alice) -> None:
    response = alice_client.post(reverse("accounts:language"), {"language": "en", "next": "/"})
    alice.refresh_from_db()
    assert (alice.language, response.cookies[COOKIE].value) == ("en", "en")
    assert response.cookies[COOKIE]["samesite"] == "Lax"


def test_a_visitor_gets_the_cookie_too(client) -> None:
    response = client.post(reverse("accounts:language"), {"language": "en"})
    assert response.cookies[COOKIE].value == "en"


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_health_check_costs_no_query(client, alice, signed_in) -> None:
    if signed_in:
        client.force_login(alice)
        client.get(reverse("applications:dashboard"))  # the browser now holds the language cookie
        assert client.cookies[COOKIE].value == "nl"
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/ping/")
    assert response.status_code == 200
    assert len(queries) == 0
