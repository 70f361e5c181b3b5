"""Je or u: the default follows the person's kind and the employer's sector; a choice wins."""

from __future__ import annotations

import pytest

from secondround.coach.address import address_for


@pytest.mark.parametrize(
    ("choice", "kind", "sector", "expected"),
    [
        ("", "hr", "business", "je"),
        ("", "colleague", "", "je"),
        ("", "director", "business", "u"),
        ("", "hr", "government", "u"),
        ("", "", "government", "u"),
        ("je", "director", "government", "je"),
        ("u", "colleague", "business", "u"),
        ("nonsense", "colleague", "business", "je"),
    ],
)
def test_the_form_of_address_follows_choice_then_kind_and_sector(
    choice, kind, sector, expected
) -> None:
    assert address_for(choice, kind=kind, sector=sector) == expected
