"""R3: a competency is backed only by an example with at least an action and a result."""

import pytest

from secondround.coach.evidence import claim_label, completeness, is_evidence, rule_text

ALL = ("situation", "task", "action", "result", "reflection")


@pytest.mark.parametrize(
    ("missing", "evidence", "parts"),
    [
        ((), True, 5),
        (("reflection",), True, 4),
        (("situation", "task", "reflection"), True, 2),
        (("action",), False, 4),
        (("result",), False, 4),
        (("action", "result"), False, 3),
        (ALL, False, 0),  # "Ik ben heel flexibel en ik neem graag initiatief."
    ],
)
def test_evidence_needs_an_action_and_a_result(missing, evidence, parts) -> None:
    assert is_evidence(missing) is evidence
    assert completeness(missing) == parts


@pytest.mark.parametrize(("lang", "word"), [("nl", "bewering zonder bewijs"), ("en", "claim")])
def test_the_rule_is_explained_in_both_languages(lang, word) -> None:
    assert word in claim_label(lang)
    assert "resultaat" in rule_text(lang) if lang == "nl" else "result" in rule_text(lang)
