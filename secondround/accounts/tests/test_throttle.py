"""Login throttling (django-axes, configured in accounts/throttle.py): the matrix of issue 12.

One account from one and from several clients, unknown accounts, whitespace and case variants, with
and without the proxy setting, the admin login, and the owner getting in after the documented wait.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from secondround.accounts.models import User
from secondround.accounts.throttle import account_key, client_key

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
RIGHT = "alice-secret-42"
ATTACKER = "203.0.113.7"
OWNER = "198.51.100.20"


def attempt(client, email: str, password: str, address: str = ATTACKER, **headers):
    return client.post(
        LOGIN, {"email": email, "password": password}, REMOTE_ADDR=address, **headers
    )


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail(client, times: int, email: str = "alice@example.com", **kwargs) -> None:
    for _ in range(times):
        attempt(client, email, "a-wrong-guess", **kwargs)


def test_four_wrong_passwords_still_leave_the_fifth_try(client, alice, settings) -> None:
    fail(client, settings.LOGIN_THROTTLE_FAILURES - 1)
    assert attempt(client, "alice@example.com", RIGHT).status_code == 302
    assert logged_in(client)


@pytest.mark.parametrize(
    "variants",
    [
        [" alice@example.com", "alice@example.com ", "\talice@example.com", "ALICE@example.com"],
        ["Alice@Example.COM", "alice@EXAMPLE.com\t", " alice@example.com", "alice@example.com"],
    ],
)
def test_spaces_and_capitals_do_not_buy_extra_guesses(client, alice, settings, variants) -> None:
    for email in (variants * 2)[: settings.LOGIN_THROTTLE_FAILURES]:
        attempt(client, email, "a-wrong-guess")
    for email in variants:
        response = attempt(client, email, RIGHT)
        assert response.status_code == 429, email
        assert not logged_in(client)
    assert AccessAttempt.objects.get().username == "alice@example.com"


def test_the_refusal_says_the_real_waiting_time(client, alice, settings) -> None:
    settings.AXES_COOLOFF_TIME = timedelta(minutes=2)
    fail(client, settings.LOGIN_THROTTLE_FAILURES)
    response = attempt(client, "alice@example.com", RIGHT)
    page = response.content.decode()
    assert response.status_code == 429
    assert "Wacht 2 minuten" in page and "15 minuten" not in page
    assert int(response["Retry-After"]) <= 120
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(seconds=70)
    )
    assert "Wacht 1 minuut" in attempt(client, "alice@example.com", RIGHT).content.decode()


def test_the_owner_on_another_client_is_never_refused(client, alice, settings) -> None:
    fail(client, settings.LOGIN_THROTTLE_FAILURES * 3)
    assert attempt(client, "alice@example.com", RIGHT, address=OWNER).status_code == 302
    assert logged_in(client)


def test_the_owner_on_the_attackers_client_gets_in_after_the_cool_off(
    client, alice, settings
) -> None:
    fail(client, settings.LOGIN_THROTTLE_FAILURES * 2)  # failures while cooling off add no time
    assert attempt(client, "alice@example.com", RIGHT).status_code == 429
    cool_off = timedelta(seconds=settings.LOGIN_THROTTLE_COOLOFF_SECONDS)
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.get().attempt_time - cool_off)
    assert attempt(client, "alice@example.com", RIGHT).status_code == 302
    assert logged_in(client)
    assert not AccessAttempt.objects.exists()


def test_several_clients_each_get_only_the_same_few_guesses(client, alice, settings) -> None:
    for address in ["192.0.2.1", "192.0.2.2", "192.0.2.3"]:
        fail(client, settings.LOGIN_THROTTLE_FAILURES, address=address)
        assert attempt(client, "alice@example.com", RIGHT, address=address).status_code == 429
    assert AccessAttempt.objects.count() == 3


def test_failures_on_made_up_addresses_never_slow_down_real_accounts(client, alice, bob) -> None:
    for number in range(40):
        attempt(client, f"nobody{number}@example.com", "a-wrong-guess")
    assert attempt(client, "alice@example.com", RIGHT).status_code == 302
    client.post(reverse("accounts:logout"))
    assert attempt(client, "bob@example.com", "bob-secret-42").status_code == 302


def test_without_the_proxy_setting_a_forged_header_changes_nothing(client, alice, settings) -> None:
    for number in range(settings.LOGIN_THROTTLE_FAILURES):
        fail(client, 1, HTTP_X_FORWARDED_FOR=f"10.9.9.{number}")
    response = attempt(client, "alice@example.com", RIGHT, HTTP_X_FORWARDED_FOR="10.1.1.1")
    assert response.status_code == 429


def test_behind_the_proxy_each_client_counts_on_its_own(client, alice, settings) -> None:
    settings.PROXY_COUNT = 1
    proxy = "127.0.0.1"
    for number in range(settings.LOGIN_THROTTLE_FAILURES):
        # The attacker forges the left part; the proxy appends the address it really saw.
        fail(client, 1, address=proxy, HTTP_X_FORWARDED_FOR=f"10.9.9.{number}, {ATTACKER}")
    refused = attempt(
        client, "alice@example.com", RIGHT, address=proxy, HTTP_X_FORWARDED_FOR=ATTACKER
    )
    assert refused.status_code == 429
    owner = attempt(client, "alice@example.com", RIGHT, address=proxy, HTTP_X_FORWARDED_FOR=OWNER)
    assert owner.status_code == 302


def test_the_admin_login_is_throttled_the_same_way(client, db, settings) -> None:
    User.objects.create_superuser(email="root@example.com", password="root-secret-42")
    url = "/admin/login/?next=/admin/"
    for _ in range(settings.LOGIN_THROTTLE_FAILURES):
        client.post(url, {"username": "root@example.com", "password": "x"}, REMOTE_ADDR=ATTACKER)
    right = {"username": " ROOT@example.com", "password": "root-secret-42"}
    assert client.post(url, right, REMOTE_ADDR=ATTACKER).status_code == 429
    assert not logged_in(client)
    right["username"] = "root@example.com"
    assert client.post(url, right, REMOTE_ADDR=OWNER).status_code == 302
    assert logged_in(client)


@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("192.0.2.1", "192.0.2.1"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::"),
        ("2001:db8:1:2:bbbb::9", "2001:db8:1:2::"),
        ("::ffff:192.0.2.1", "192.0.2.1"),
        ("", "0.0.0.0"),
        ("not an address", "0.0.0.0"),
    ],
)
def test_clients_are_keyed_by_address_and_ipv6_by_network(rf, address, key) -> None:
    assert client_key(rf.get("/", REMOTE_ADDR=address)) == key


def test_the_account_key_is_the_normalised_address(rf) -> None:
    request = rf.post("/", {"email": "\t Alice@Example.com "})
    assert account_key(request, None) == "alice@example.com"
    assert account_key(request, {"username": " X@Y.nl"}) == "x@y.nl"


def test_the_proxy_setting_is_read_only_when_hosted(tmp_path: Path) -> None:
    code = "from django.conf import settings; print(settings.PROXY_COUNT)"
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "SECONDROUND_PROXY_COUNT": "1", "SECONDROUND_DATA_DIR": str(tmp_path)}
    env["DJANGO_SETTINGS_MODULE"] = "secondround.settings"
    run = [sys.executable, "-c", f"import django; django.setup(); {code}"]
    local = subprocess.run(
        run,
        env={**env, "SECONDROUND_HOSTED": "0"},
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    hosted = subprocess.run(
        run,
        env={**env, "SECONDROUND_HOSTED": "1", "SECRET_KEY": "x" * 50},
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    assert (local.stdout.strip(), hosted.stdout.strip()) == ("0", "1")


SIGNUP = "/accounts/signup/"


def sign_up(client, email: str, address: str = ATTACKER):
    data = {"email": email, "password": "een-lang-wachtwoord-42", "language": "nl"}
    return client.post(SIGNUP, data, REMOTE_ADDR=address, follow=True)


def same_page(response, email: str) -> str:
    """The page without what differs anyway: the address typed and the CSRF token."""
    page = response.content.decode().replace(email, "EMAIL").replace(quote(email), "EMAIL")
    return re.sub(r"(csrfmiddlewaretoken\" value=\"|X-CSRFToken\": \")[^\"]+", r"\1", page)


def test_signing_up_with_a_taken_address_answers_exactly_like_a_new_one(client, alice) -> None:
    taken, new = sign_up(client, "Alice@example.com"), sign_up(client, "nieuw@example.com")
    assert taken.redirect_chain[0][1] == new.redirect_chain[0][1] == 302
    assert [str(m) for m in taken.context["messages"]] == [str(m) for m in new.context["messages"]]
    assert same_page(taken, "alice@example.com") == same_page(new, "nieuw@example.com")
    alice.refresh_from_db()
    assert alice.check_password(RIGHT)  # the owner is not harmed
    assert User.objects.filter(email="nieuw@example.com").exists()


def test_sign_ups_are_throttled_per_client_with_the_real_wait(client, db, settings) -> None:
    settings.SIGNUP_THROTTLE_PER_HOUR = 2
    for number in range(2):
        assert sign_up(client, f"n{number}@example.com").redirect_chain
    refused = sign_up(client, "n9@example.com")
    assert refused.status_code == 422 and not refused.redirect_chain
    assert "Wacht" in refused.content.decode() and "minu" in refused.content.decode()
    assert not User.objects.filter(email="n9@example.com").exists()
    assert sign_up(client, "n9@example.com", address=OWNER).redirect_chain


def test_a_wrong_password_is_never_stored(client, alice) -> None:
    attempt(client, "alice@example.com", "my-other-secret-99")
    stored = AccessAttempt.objects.get()
    assert "my-other-secret-99" not in stored.post_data + stored.get_data
