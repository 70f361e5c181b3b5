"""Headers every answer carries: the policy (django-csp), the permissions, and private caching."""

from __future__ import annotations

import html
import json
import re

import pytest
from django.test import override_settings

from secondround.testing.factories import make_application, make_round

pytestmark = pytest.mark.django_db


def test_the_policy_is_strict_and_lets_a_recording_play_back(client) -> None:
    response = client.get("/accounts/login/")
    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == policy["style-src"] == policy["connect-src"] == "'self'"
    assert policy["media-src"] == "'self' blob:"
    assert policy["object-src"] == policy["frame-ancestors"] == "'none'"
    assert "unsafe" not in response["Content-Security-Policy"]


def test_only_this_site_may_use_the_microphone(client) -> None:
    permissions = client.get("/accounts/login/")["Permissions-Policy"]
    assert "microphone=(self)" in permissions
    assert "camera=()" in permissions and "geolocation=()" in permissions


def test_signed_in_pages_and_downloads_are_never_cached(alice_client, alice) -> None:
    round_ = make_round(application=make_application(user=alice))
    urls = [
        "/",
        "/accounts/settings/",
        "/accounts/export/",
        f"/day/rounds/{round_.pk}/sheet.pdf",
        f"/day/rounds/{round_.pk}/calendar.ics",
    ]
    for url in urls:
        response = alice_client.get(url)
        assert response.status_code == 200, url
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= cache_control, url


def test_pages_for_visitors_may_be_cached_by_nobody_but_are_not_marked_private(client) -> None:
    assert "private" not in client.get("/accounts/login/").get("Cache-Control", "")


@pytest.mark.parametrize(("hosted", "secure"), [(True, True), (False, False)])
def test_the_language_cookie_is_secure_when_hosted(client, hosted, secure) -> None:
    with override_settings(LANGUAGE_COOKIE_SECURE=hosted):
        response = client.post("/accounts/language/", {"language": "en"})
    assert bool(response.cookies["django_language"]["secure"]) is secure


def test_htmx_never_evaluates_strings_nor_writes_inline_styles(client) -> None:
    """htmx by default adds a <style> element, evaluates `hx-on`/trigger filters with eval, and
    copies an element's `style` attribute while it settles a swap: each one a CSP violation."""
    page = client.get("/accounts/login/").content.decode()
    found = re.search(r'name="htmx-config" content=\'([^\']+)\'', page)
    assert found is not None, "the page carries an htmx-config meta tag"
    config = json.loads(html.unescape(found[1]))
    assert config["includeIndicatorStyles"] is False
    assert config["allowEval"] is False and config["allowScriptTags"] is False
    assert "style" not in config["attributesToSettle"]
