"""Sign up, log in, throttling, language, deleting the account."""

from __future__ import annotations

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from secondround.accounts.models import User
from secondround.applications.models import Application
from secondround.testing.factories import make_application

pytestmark = pytest.mark.django_db


def test_signup_creates_an_account_with_a_hashed_password_then_asks_to_log_in(client) -> None:
    response = client.post(
        reverse("accounts:signup"),
        {"email": "Nina@Example.com", "password": "een-lang-wachtwoord-42", "language": "en"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:login") + "?email=nina%40example.com"
    user = User.objects.get(email="nina@example.com")
    assert user.check_password("een-lang-wachtwoord-42")
    assert "een-lang-wachtwoord-42" not in user.password
    assert user.language == "en"
    page = client.get(response["Location"]).content.decode()
    assert 'value="nina@example.com"' in page
    client.post(
        response["Location"], {"email": "nina@example.com", "password": "een-lang-wachtwoord-42"}
    )
    assert client.get(reverse("applications:dashboard")).status_code == 200


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"email": "not-an-email", "password": "een-lang-wachtwoord-42"}, "email", "e-mailadres"),
        ({"email": "n@example.com", "password": "1234"}, "password", "te kort"),
    ],
)
def test_signup_refuses_bad_input_and_keeps_the_email(client, alice, data, field, message) -> None:
    response = client.post(reverse("accounts:signup"), {**data, "language": "nl"})
    assert response.status_code == 422
    assert message in response.content.decode().lower()
    assert response.context["form"][field].errors
    assert f'value="{data["email"]}"' in response.content.decode()
    assert User.objects.count() == 1


def test_login_and_logout(client, alice) -> None:
    response = client.post(
        reverse("accounts:login"), {"email": "ALICE@example.com", "password": "alice-secret-42"}
    )
    assert response.status_code == 302
    assert client.get(reverse("applications:dashboard")).status_code == 200
    assert client.get(reverse("accounts:logout")).status_code == 405
    client.post(reverse("accounts:logout"))
    assert client.get(reverse("applications:dashboard")).status_code == 302


def test_login_only_follows_a_local_next(client, alice) -> None:
    response = client.post(
        reverse("accounts:login"),
        {
            "email": "alice@example.com",
            "password": "alice-secret-42",
            "next": "https://evil.example/",
        },
    )
    assert response["Location"] == reverse("applications:dashboard")


def test_a_wrong_password_is_refused_with_a_clear_message(client, alice) -> None:
    response = client.post(
        reverse("accounts:login"), {"email": "alice@example.com", "password": "wrong"}
    )
    assert response.status_code == 422
    assert "horen niet bij elkaar" in response.content.decode()
    assert AccessAttempt.objects.get().failures_since_start == 1


def test_a_successful_login_clears_earlier_failures(client, alice) -> None:
    client.post(reverse("accounts:login"), {"email": "alice@example.com", "password": "x"})
    client.post(
        reverse("accounts:login"), {"email": "alice@example.com", "password": "alice-secret-42"}
    )
    assert AccessAttempt.objects.count() == 0


def test_the_language_is_remembered_on_the_profile(alice_client, alice) -> None:
    alice_client.post(reverse("accounts:language"), {"language": "en", "next": "/"})
    alice.refresh_from_db()
    assert alice.language == "en"
    page = alice_client.get(reverse("applications:dashboard"), HTTP_ACCEPT_LANGUAGE="nl")
    assert "Your applications" in page.content.decode()
    alice_client.post(reverse("accounts:language"), {"language": "nl"})
    page = alice_client.get(reverse("applications:dashboard"), HTTP_ACCEPT_LANGUAGE="en")
    assert "Je sollicitaties" in page.content.decode()


def test_an_unknown_language_changes_nothing(alice_client, alice) -> None:
    alice_client.post(reverse("accounts:language"), {"language": "xx"})
    alice.refresh_from_db()
    assert alice.language == "nl"


def test_a_visitor_can_switch_language_before_signing_up(client) -> None:
    client.post(reverse("accounts:language"), {"language": "en", "next": "/accounts/login/"})
    assert "Log in" in client.get(reverse("accounts:login")).content.decode()


def test_deleting_the_account_needs_the_password(alice_client, alice) -> None:
    make_application(user=alice)
    response = alice_client.post(reverse("accounts:delete"), {"password": "nope"})
    assert response.status_code == 422
    assert User.objects.filter(pk=alice.pk).exists()


def test_deleting_the_account_removes_all_its_data(alice_client, alice, bob) -> None:
    make_application(user=alice)
    make_application(user=bob)
    response = alice_client.post(reverse("accounts:delete"), {"password": "alice-secret-42"})
    assert response.status_code == 302
    assert not User.objects.filter(pk=alice.pk).exists()
    assert Application.objects.count() == 1


@pytest.mark.parametrize("name", ["settings", "export", "delete"])
def test_account_pages_need_a_login(client, name) -> None:
    response = client.get(reverse(f"accounts:{name}"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
