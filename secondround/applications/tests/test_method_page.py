"""The page that explains the approach in plain words, linked from every page."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_it_explains_the_approach_in_dutch_and_is_linked_from_every_page(alice_client) -> None:
    page = alice_client.get("/method/").content.decode()
    assert "<h1>Waarom deze aanpak?</h1>" in page and "STARR" in page
    assert 'href="/method/"' in alice_client.get("/").content.decode()


def test_it_speaks_english_to_an_english_user(bob_client) -> None:
    page = bob_client.get("/method/").content.decode()
    assert "<h1>Why this approach?</h1>" in page and "whole package" in page


def test_it_needs_no_account_and_only_answers_get(client) -> None:
    assert client.get("/method/", HTTP_ACCEPT_LANGUAGE="nl").status_code == 200
    assert client.post("/method/").status_code == 405
