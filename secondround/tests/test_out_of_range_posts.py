"""Every form POST with ids and numbers far outside any range (issue 12, finding 4): a message next
to the field, never a 500 (SQLite's OverflowError), and nothing invalid saved.

Reuses the table of `test_blank_posts.py`, so a new POST view is covered as soon as it is listed there.
"""

from __future__ import annotations

from typing import Any

import pytest

from secondround.tests.test_blank_posts import (
    CASES,
    Case,
    World,
    _invalid_rows,
    _post,
    _prepare,
    _rows,
)

pytestmark = pytest.mark.django_db

HUGE = ["9223372036854775808", "-9223372036854775809", "1" + "0" * 40, "1e400", "-0x10"]


@pytest.fixture
def world(alice: Any) -> World:
    return World(alice)


@pytest.mark.parametrize("value", HUGE)
@pytest.mark.parametrize("case", CASES, ids=[case.url for case in CASES])
def test_every_field_far_out_of_range(client, world, case: Case, value: str) -> None:
    url = _prepare(case, client, world)
    data = {**case.filled(world), **{name: value for name in [*case.fields(world), *case.extra]}}
    if case.url == "accounts:import":
        data.pop("file", None)
    before = _rows()
    _post(client, url, data, htmx=False)
    assert _invalid_rows(before, _rows()) == []


def test_the_round_form_answers_an_interviewer_id_beyond_64_bits(alice_client, world) -> None:
    url = f"/applications/{world.application.pk}/rounds/new/"
    data = {"number": "3", "format": "on_site", "status": "planned"}
    response = alice_client.post(url, {**data, "interviewers": "9223372036854775808"})
    assert response.status_code == 422
    assert response.context["form"].errors["interviewers"]
    assert not world.application.rounds.filter(number=3).exists()


@pytest.mark.parametrize(
    "url",
    [
        "/applications/{huge}/",
        "/prepare/pitches/new/?application={huge}",
        "/prepare/examples/?competency={huge}",
        "/day/rounds/{huge}/sheet/",
        "/offers/application/{pk}/compare/?year={huge}",
        "/day/rounds/{round}/sheet/",
    ],
)
def test_an_id_beyond_64_bits_in_an_address_is_a_404_or_ignored(alice_client, world, url) -> None:
    pk, round_pk = world.application.pk, world.round.pk
    response = alice_client.get(url.format(huge="9" * 30, pk=pk, round=round_pk))
    assert response.status_code in (200, 404)


def test_a_round_beyond_64_bits_beside_the_terms_is_ignored(alice_client, world) -> None:
    url = f"/prepare/applications/{world.application.pk}/terms/"
    assert alice_client.post(url, {"round": "9" * 30}).status_code in (200, 302, 422)
