"""The plan page in plain Dutch: short button words, one way of writing round numbers, and a help
text that does not repeat its label."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from secondround.practice.tests.factories import make_round_two

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("lang", "present", "absent"),
    [
        ("nl", ("Afvinken", "Zet erbij wat ik wil uitzoeken", "ronde 1"), ("Markeer als", "ronde één", "ontdekken</button>")),
        ("en", ("Mark as done", "Add what I want to find out"), ("Afvinken",)),
    ],
)  # fmt: skip
def test_the_plan_speaks_plainly(alice_client: Any, alice: Any, lang: str, present, absent) -> None:
    alice.language = lang
    alice.save()
    two = make_round_two(user=alice)
    page = alice_client.get(reverse("preparation:plan", args=[two.pk])).content.decode()
    assert all(text in page for text in present), [t for t in present if t not in page]
    assert not any(text in page for text in absent), [t for t in absent if t in page]


def test_the_help_text_of_what_a_person_cares_about_does_not_repeat_its_label() -> None:
    from django.utils import translation

    with translation.override("nl"):
        label = translation.gettext("What they care about")
        help_text = translation.gettext(
            "What matters to this person in the work, and what they will listen for."
        )
    assert label == "Wat deze persoon belangrijk vindt"
    assert label not in help_text and help_text.startswith("Bijvoorbeeld")
