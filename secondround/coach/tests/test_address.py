"""Je or u: the default follows the person's kind and the employer's sector; a choice wins."""

from __future__ import annotations

import re

import pytest

from secondround.coach.address import INFORMAL, address_for, address_problems, for_everyone
from secondround.coach.aftercare import closing_lines
from secondround.coach.drills import drills
from secondround.coach.lang import load, pick
from secondround.coach.questions import questions_to_ask


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


# Every knowledge text the candidate says or writes to the other person, as (where, texts).
def _said_to_them() -> list[tuple[str, dict]]:
    found = [(q.id, {"nl": q.text.nl, "nl_u": q.text.nl_u}) for q in questions_to_ask()]
    for drill in load("drills.json")["drills"]:
        for index, phrase in enumerate(drill["phrases"]["nl"]):
            formal = drill["phrases"].get("nl_u", [phrase] * (index + 1))[index]
            texts = {"nl": phrase, "nl_u": formal if formal != phrase else ""}
            found.append((f"{drill['id']}[{index}]", texts))
    for drill in load("drills.json")["drills"]:
        found.append((f"{drill['id']} instructions", _quoted(drill["instructions"])))
    for code, check in load("drills.json")["checks"].items():
        found.append((f"check {code}", _quoted(check.get("missing", {}))))
    for index, line in enumerate(load("aftercare.json")["closing_lines"]):
        found.append((f"closing line {index}", _quoted(line)))
    for letter in ("thank_you", "follow_up"):
        for body in ("body_one", "body_many"):
            found.append((f"{letter} {body}", load("aftercare.json")[letter][body]))
    for code, draft in load("pay/texts.json")["drafts"].items():
        found.append((f"offer reply {code}", draft))
    return found


def _quoted(texts: dict) -> dict:
    """Only what is between quotes is said to them; the rest is advice to the user (always "je")."""

    def said(text: str) -> str:
        return " ".join(re.findall(r"[“'‘]([^”'’]+)[”'’]", text))

    return {key: said(texts.get(key, "")) for key in ("nl", "nl_u")}


def test_every_text_said_to_the_other_person_exists_with_je_and_with_u() -> None:
    problems = [
        problem
        for where, texts in _said_to_them()
        for problem in address_problems(where, texts["nl"], texts.get("nl_u", ""))
    ]
    assert problems == []
    assert len(_said_to_them()) > 80


@pytest.mark.parametrize(
    ("informal", "formal", "expected"),
    [
        ("Hoe ziet een werkdag eruit?", "", []),
        (
            "Wat vind jij het leukste?",
            "",
            ["x: addresses the other person with 'je'; add the 'u' version (nl_u)"],
        ),
        ("Wat vind jij het leukste?", "Wat vindt u het leukste?", []),
        (
            "Wat vind jij het leukste?",
            "Wat vindt u van jullie team?",
            ["x: the 'u' version still says 'jullie'"],
        ),
        (
            "Hoe ziet een werkdag eruit?",
            "Hoe ziet uw werkdag eruit?",
            ["x: the 'u' version is not needed"],
        ),
    ],
)
def test_the_address_check_finds_a_missing_or_mixed_form(informal, formal, expected) -> None:
    assert address_problems("x", informal, formal) == expected


@pytest.mark.parametrize(
    ("forms", "expected"), [([], "je"), (["je", "je"], "je"), (["je", "u"], "u"), (["u"], "u")]
)
def test_a_table_gets_u_as_soon_as_one_person_does(forms, expected) -> None:
    assert for_everyone(forms) == expected


@pytest.mark.parametrize(
    ("address", "needle"),
    [("je", "bedoel je…?"), ("u", "bedoelt u…?")],
)
def test_drill_phrases_follow_the_form_of_the_interviewer(address, needle) -> None:
    drill = next(d for d in drills("nl", address) if d.id == "drill-clarify-vague")
    assert needle in drill.phrases
    assert all(p in drills("en", address)[0].phrases for p in drills("en")[0].phrases)


@pytest.mark.parametrize(
    ("lang", "address", "prompt"),
    [
        ("nl", "je", "Hoe sta jij in het leven?"),
        ("nl", "u", "Hoe staat u in het leven?"),
        ("en", "u", "How do you approach life?"),
    ],
)
def test_the_drill_question_is_asked_in_the_form_of_the_interviewer(lang, address, prompt) -> None:
    drill = next(d for d in drills(lang, address) if d.id == "drill-clarify-vague")
    assert drill.prompt == prompt
    assert all(not INFORMAL.search(d.prompt) for d in drills("nl", "u"))


@pytest.mark.parametrize(
    ("address", "needle"),
    [("je", "Wanneer kan ik van jullie horen?"), ("u", "Wanneer kan ik van u horen?")],
)
def test_the_closing_line_on_the_sheet_follows_the_table(address, needle) -> None:
    assert any(needle in line for line in closing_lines("nl", address))


@pytest.mark.parametrize(
    ("texts", "address", "expected"),
    [
        ({"nl": "Kun je?", "nl_u": "Kunt u?", "en": "Can you?"}, "u", "Kunt u?"),
        ({"nl": "Kun je?", "nl_u": "Kunt u?", "en": "Can you?"}, "je", "Kun je?"),
        ({"je": {"nl": "Kun je?", "en": "Can you?"}, "u": {"nl": "Kunt u?", "en": "Can you?"}}, "u", "Kunt u?"),
        ({"nl": "Hoe gaat het?", "en": "How are things?"}, "u", "Hoe gaat het?"),
    ],
)  # fmt: skip
def test_one_helper_picks_the_form_in_either_shape(texts, address, expected) -> None:
    assert pick(texts, "nl", address) == expected
