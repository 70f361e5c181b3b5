"""R5: a checklist and timeline per assignment type, and the sector note on final assessments."""

from datetime import date

import pytest

from secondround.coach.assignments import (
    TimelineEntry,
    assignment_types,
    checklist,
    detect_sector,
    sector_note,
    timeline,
    when_label,
)
from secondround.coach.lang import LANGS

KINDS = ["trial_assignment", "assessment", "job_shadowing", "presentation", "sales_pitch"]
SUBTYPES = ["capacity_test", "personality_questionnaire", "role_play", "other"]
ALL_COMBINATIONS = [(kind, None) for kind in KINDS] + [("assessment", s) for s in SUBTYPES]


@pytest.mark.parametrize("lang", LANGS)
def test_it_offers_the_five_types_and_the_assessment_subtypes(lang) -> None:
    types = assignment_types(lang)
    assert [t.key for t in types] == KINDS
    by_key = {t.key: t for t in types}
    assert [s.key for s in by_key["assessment"].subtypes] == SUBTYPES
    assert all(t.subtypes == () for t in types if t.key != "assessment")
    assert all(t.name.strip() for t in types)


@pytest.mark.parametrize(("kind", "subtype"), ALL_COMBINATIONS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_checklist_has_four_to_seven_concrete_items(kind, subtype, lang) -> None:
    items = checklist(kind, subtype, lang)
    assert 4 <= len(items) <= 7
    assert len({item.key for item in items}) == len(items)
    assert all(len(item.text) > 30 and item.days_before >= 0 for item in items)
    days = [item.days_before for item in items]
    assert days == sorted(days, reverse=True)


@pytest.mark.parametrize(("kind", "subtype"), ALL_COMBINATIONS)
def test_the_checklists_differ_per_language(kind, subtype) -> None:
    nl, en = checklist(kind, subtype, "nl"), checklist(kind, subtype, "en")
    assert [i.key for i in nl] == [i.key for i in en]
    assert all(a.text != b.text for a, b in zip(nl, en, strict=True))


@pytest.mark.parametrize(
    ("kind", "subtype", "keys"),
    [
        ("presentation", None, {"structure", "rehearse_timer", "what_to_bring", "test_equipment"}),
        ("assessment", "capacity_test", {"what_to_expect", "rest", "practice_tests", "report_use"}),
        ("assessment", "role_play", {"what_to_expect", "rest", "practice_role_play", "report_use"}),
        ("assessment", None, {"what_to_expect", "ask_practice_material"}),
        ("sales_pitch", None, {"know_product", "objections"}),
        ("presentation", "role_play", {"structure"}),  # a subtype does not apply here
    ],
)
def test_each_type_brings_its_own_items(kind, subtype, keys) -> None:
    assert keys <= {item.key for item in checklist(kind, subtype, "nl")}


@pytest.mark.parametrize(("lang", "needle"), [("nl", "timer"), ("en", "timer")])
def test_a_presentation_is_rehearsed_with_the_timer(lang, needle) -> None:
    [item] = [i for i in checklist("presentation", None, lang) if i.key == "rehearse_timer"]
    assert needle in item.text


def test_an_unknown_kind_or_subtype_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        checklist("karaoke", None, "nl")
    with pytest.raises(KeyError):
        checklist("assessment", "astrology", "nl")


@pytest.mark.parametrize("lang", LANGS)
def test_the_timeline_counts_back_from_the_interview_across_the_year(lang) -> None:
    entries = timeline("presentation", None, date(2026, 1, 3), lang)
    assert entries[0] == TimelineEntry(
        date(2025, 12, 27), checklist("presentation", None, lang)[0].text
    )
    assert [e.when for e in entries] == [
        date(2025, 12, 27),
        date(2025, 12, 29),
        date(2025, 12, 30),
        date(2026, 1, 1),
        date(2026, 1, 2),
        date(2026, 1, 3),
    ]


@pytest.mark.parametrize(
    ("days", "lang", "expected"),
    [
        (0, "nl", "Op de dag zelf"),
        (1, "nl", "De avond ervoor"),
        (7, "nl", "7 dagen ervoor"),
        (0, "en", "On the day itself"),
        (1, "en", "The evening before"),
        (3, "en", "3 days before"),
    ],
)
def test_when_label_says_when(days, lang, expected) -> None:
    assert when_label(days, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gemeente Utrecht", "government"),
        ("Ministerie van Financiën", "government"),
        ("Provincie Gelderland zoekt een beleidsmedewerker", "government"),
        ("Werken bij de Rijksoverheid", "government"),
        ("Policy officer at the Dutch Ministry of Justice", "government"),
        ("Ziekenhuis Gelderse Vallei", "healthcare"),
        ("GGZ Centraal", "healthcare"),
        ("Verpleegkundige op de IC", "healthcare"),
        ("Wil jij werken in de zorg?", "healthcare"),
        ("Thuiszorg Het Friese Land", "healthcare"),
        ("Nurse at St Mary's Hospital", "healthcare"),
        ("Je draagt zorg voor een zorgvuldige administratie.", None),
        ("Bakkerij De Korenbloem", None),
        ("A software company", None),
        ("", None),
        ("Ziekenhuis met veel contact met de gemeente", "healthcare"),
    ],
)
def test_it_detects_the_sector_from_a_name_or_text(text, expected) -> None:
    assert detect_sector(text) == expected


@pytest.mark.parametrize(
    ("sector", "lang", "needle"),
    [
        ("government", "nl", "overheid"),
        ("overheid", "nl", "overheid"),
        ("Gemeente", "en", "government"),
        ("healthcare", "en", "healthcare"),
        ("zorg", "nl", "zorg"),
        ("Zorg", "en", "healthcare"),
        ("verpleeg", "nl", "zorg"),
        ("Amsterdam UMC", "nl", "zorg"),
    ],
)
def test_the_sector_note_expects_a_final_assessment(sector, lang, needle) -> None:
    note = sector_note(sector, lang)
    assert note is not None and needle in note.lower()
    assert ("assessment" in note) and ("psycholog" in note)


@pytest.mark.parametrize("sector", ["retail", "ICT", "", "Je draagt zorg voor de kas"])
def test_other_sectors_get_no_note(sector) -> None:
    assert sector_note(sector, "nl") is None and sector_note(sector, "en") is None
