"""P1-P3: what a panel means for the talk, table-tested in both languages."""

import pytest

from secondround.coach.panel import PanelMember, read_panel, who_asks

HR_KNOWN = PanelMember(name="Sanne", kind="hr", known=True)
MANAGER_NEW = PanelMember(name="Joost", kind="manager", known=False)
COLLEAGUE_KNOWN = PanelMember(name="Ayla", kind="colleague", known=True)


@pytest.mark.parametrize(
    ("members", "round_number", "situation"),
    [
        ([], 2, "empty"),
        ([MANAGER_NEW], 1, "first_time"),
        ([HR_KNOWN, COLLEAGUE_KNOWN], 2, "all_known"),
        ([MANAGER_NEW], 2, "all_new"),
        ([HR_KNOWN, MANAGER_NEW], 2, "mixed"),
        ([HR_KNOWN, MANAGER_NEW], 3, "mixed"),
    ],
)
def test_it_names_the_situation(members, round_number, situation) -> None:
    assert read_panel(members, round_number=round_number, lang="nl").situation == situation


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", "Nieuw aan tafel: Joost"), ("en", "New at the table: Joost")],
)
def test_it_says_who_is_new_in_the_users_language(lang, expected) -> None:
    reading = read_panel([HR_KNOWN, MANAGER_NEW], round_number=2, lang=lang)
    assert expected in reading.notes[0].text
    assert "Sanne" in reading.notes[0].text
    assert [m.name for m in reading.new] == ["Joost"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_it_explains_each_kind_once_and_what_round_two_adds(lang) -> None:
    reading = read_panel([HR_KNOWN, MANAGER_NEW, COLLEAGUE_KNOWN], round_number=2, lang=lang)
    codes = [note.code for note in reading.notes]
    assert codes == [
        "situation_mixed",
        "round_two_adds",
        "kind_hr",
        "kind_manager",
        "kind_colleague",
        "spread_attention",
    ]


def test_same_people_means_star_examples() -> None:
    reading = read_panel([HR_KNOWN], round_number=2, lang="en")
    assert "STARR" in reading.notes[0].text and reading.notes[0].point == "P2"


def test_round_one_does_not_talk_about_round_two() -> None:
    codes = [n.code for n in read_panel([MANAGER_NEW], round_number=1, lang="en").notes]
    assert "round_two_adds" not in codes


def test_an_unknown_kind_is_explained_as_other() -> None:
    reading = read_panel([PanelMember(name="X", kind="board")], round_number=2, lang="nl")
    assert any(n.code == "kind_other" for n in reading.notes)


def _forms(text: str | dict[str, str]) -> list[str]:
    """A text, or its {"one": ..., "other": ...} forms."""
    return [text] if isinstance(text, str) else [text[k] for k in sorted(text)]


def test_every_note_exists_in_both_languages() -> None:
    from secondround.coach.lang import load

    for entry in load("panel.json").values():
        for nl, en in zip(_forms(entry["nl"]), _forms(entry["en"]), strict=True):
            assert nl.strip() and en.strip() and nl != en


TABLE = [HR_KNOWN, MANAGER_NEW, PanelMember(name="Mira", kind="director"), COLLEAGUE_KNOWN]


@pytest.mark.parametrize(
    ("asker", "kinds", "expected"),
    [
        ("Mira", ("hr",), 2),  # the person the mock chose, whatever the question's kinds
        ("", ("hr",), 0),
        ("", ("manager", "director"), 1),  # neither was there before: the first of them
        ("", ("colleague", "manager"), 3),  # a known face first
        ("Nobody", ("director",), 2),  # a name not at the table: by kind
        ("", ("board",), 0),  # no kind fits: anyone, a known face first
        ("", (), 0),
    ],
)
def test_it_finds_who_asks_a_question(asker, kinds, expected) -> None:
    assert who_asks(TABLE, asker=asker, kinds=kinds) == expected


def test_nobody_asks_at_an_empty_table() -> None:
    assert who_asks([], asker="Mira", kinds=("director",)) is None
