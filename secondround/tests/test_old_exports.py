"""Exports written by an older Second Round still import. `data/export-v1.json` is the demo account as
exported before the reflection after a round became part of the round's notes (version 1): it
imports into today's models without losing a word, and exports again as the current version, which
round-trips. A version 2 file has no place for what the candidate still wants to find out: its
research lines move out of the topics, as the database migration moved them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from secondround import portability
from secondround.accounts.models import User
from secondround.applications.models import Debrief
from secondround.practice.tests.factories import make_round_two
from secondround.testing.factories import make_debrief

V1 = Path(__file__).parent / "data" / "export-v1.json"


def _v1() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(V1.read_text(encoding="utf-8"))
    return document


def _import(raw: bytes, email: str = "twin@example.com") -> User:
    user = User.objects.create_user(email=email, password="twin-secret-42")
    portability.import_user(user, portability.parse(raw))
    return user


def _words(text: str) -> set[str]:
    return set(text.split())


def test_the_fixture_is_a_version_1_export_with_a_reflection() -> None:
    document = _v1()
    assert document["version"] == 1 and portability.VERSION > 1
    assert len(document["data"]["interviewday.reflection"]) == 1


def test_a_version_1_export_imports_and_keeps_every_word(db: Any) -> None:
    document = _v1()
    (reflection,) = document["data"]["interviewday.reflection"]
    (old_notes,) = document["data"]["applications.debrief"]
    user = _import(V1.read_bytes())
    notes = Debrief.objects.for_user(user).get()
    assert notes.round.number == reflection["round"] == 1
    for name in ("how_it_went", "to_improve", "surprised_by", "asked_other"):
        assert getattr(notes, name) == reflection[name]
    assert notes.asked_question_ids == reflection["asked_question_ids"]
    for ours, theirs in (("went_well", "went_well"), ("doubts", "may_doubt")):
        assert _words(old_notes[ours]) | _words(reflection[theirs]) <= _words(getattr(notes, ours))
    for name in ("learned_role", "learned_company", "topics"):
        assert getattr(notes, name) == old_notes[name]
    counts = {label: len(rows) for label, rows in document["data"].items()}
    counts.pop("interviewday.reflection")
    # "What I want to find out" was one text per round plan; each line is now a fit question.
    wanted = [p["want_to_find_out"] for p in document["data"]["preparation.roundplan"]]
    counts["applications.fitquestion"] = sum(len(w.splitlines()) for w in wanted if w)
    again = portability.export_user(user)
    assert {label: len(rows) for label, rows in again["data"].items() if rows} == counts


def test_after_the_upgrade_the_export_round_trips(db: Any) -> None:
    first = portability.export_user(_import(V1.read_bytes()))
    assert first["version"] == portability.VERSION
    second = portability.export_user(
        _import(portability.dumps(first).encode(), "third@example.com")
    )
    assert {**second, "exported_at": None} == {**first, "exported_at": None}


@pytest.mark.parametrize(
    ("notes", "reflection", "went_well", "doubts"),
    [
        # No notes yet: the reflection's own texts (a new Debrief with the next free id).
        (None, {"went_well": "Goed voorbeeld", "may_doubt": "Ervaring"}, "Goed voorbeeld", "Ervaring"),
        # Both hold different text: joined with a blank line, notes first.
        ({"went_well": "Klik met Joost", "doubts": ""}, {"went_well": "Goed voorbeeld", "may_doubt": "Ervaring"},
         "Klik met Joost\n\nGoed voorbeeld", "Ervaring"),
        # The same text twice (it was copied over when the next round came): kept once.
        ({"went_well": "Goed voorbeeld", "doubts": "Ervaring"}, {"went_well": "Goed voorbeeld", "may_doubt": "Ervaring"},
         "Goed voorbeeld", "Ervaring"),
    ],
)  # fmt: skip
def test_version_1_reflections_join_the_notes_of_their_round(
    db: Any, notes: dict[str, str] | None, reflection: dict[str, str], went_well: str, doubts: str
) -> None:
    data: dict[str, Any] = {
        "applications.application": [{"id": 1, "company": "Acme", "role": "Tester"}],
        "applications.round": [{"id": 1, "application": 1, "number": 1}],
        "interviewday.reflection": [{"id": 1, "round": 1, "how_it_went": "Prima", **reflection}],
    }
    if notes is not None:
        data["applications.debrief"] = [{"id": 1, "round": 1, **notes}]
    raw = json.dumps({"format": "secondround-export", "version": 1, "data": data}).encode()
    saved = Debrief.objects.for_user(_import(raw)).get()
    assert (saved.went_well, saved.doubts, saved.how_it_went) == (went_well, doubts, "Prima")


@pytest.mark.parametrize(
    "data",
    [
        '{"applications.round": [{"id": [1]}], "preparation.roundplan": [{"round": [1]}]}',
        '{"applications.debrief": [{"id": 1, "round": {}}], "interviewday.reflection": [{}]}',
    ],
)
def test_a_version_1_file_with_odd_ids_is_refused_not_a_crash(db: Any, data: str) -> None:
    raw = f'{{"format": "secondround-export", "version": 1, "data": {data}}}'.encode()
    with pytest.raises(portability.ImportRefused):
        portability.parse(raw)


def test_a_damaged_version_1_reflection_is_refused(db: Any) -> None:
    raw = b'{"format": "secondround-export", "version": 1, "data": {"interviewday.reflection": 7}}'
    with pytest.raises(portability.ImportRefused):
        portability.parse(raw)


# Version 2: the notes had no place for what the candidate still wants to find out.


def _v2(alice: User, topics: str) -> dict[str, Any]:
    """Alice's account as a version 2 file: round notes without find_out and found_out."""
    two = make_round_two(user=alice)
    make_debrief(round=two.application.rounds.get(number=1), topics=topics)
    document = portability.export_user(alice)
    for row in document["data"]["applications.debrief"]:
        del row["find_out"], row["found_out"]
    return {**document, "version": 2}


@pytest.mark.parametrize(
    ("topics", "kept", "find_out"),
    [
        ("Inwerkperiode\nuitzoeken hoe hun NPS wordt gemeten", "Inwerkperiode", "uitzoeken hoe hun NPS wordt gemeten"),
        ("Onboarding\n- Find out how they measure NPS", "Onboarding", "- Find out how they measure NPS"),
        ("Inwerkperiode\nScholingsbudget", "Inwerkperiode\nScholingsbudget", ""),
        ("Checklist\nKijken of er een cao is", "Checklist", "Kijken of er een cao is"),
        ("Check-in\nask who does the planning", "Check-in", "ask who does the planning"),
    ],
)  # fmt: skip
def test_a_version_2_export_imports_and_its_research_lines_move(
    alice: User, topics: str, kept: str, find_out: str
) -> None:
    raw = portability.dumps(_v2(alice, topics)).encode()
    notes = Debrief.objects.for_user(_import(raw)).get()
    assert (notes.topics, notes.find_out, notes.found_out) == (kept, find_out, [])


def test_after_the_version_2_upgrade_the_export_round_trips(alice: User) -> None:
    raw = portability.dumps(_v2(alice, "Planning\nNagaan: parkeren")).encode()
    first = portability.export_user(_import(raw))
    assert first["version"] == portability.VERSION == 3
    (row,) = first["data"]["applications.debrief"]
    assert (row["topics"], row["find_out"], row["found_out"]) == (
        "Planning",
        "Nagaan: parkeren",
        [],
    )
    second = portability.export_user(
        _import(portability.dumps(first).encode(), "third@example.com")
    )
    assert {**second, "exported_at": None} == {**first, "exported_at": None}


@pytest.mark.parametrize(
    ("topics", "field", "value"),
    [
        # A damaged field elsewhere in notes whose research line moves: nothing is imported.
        ("Inwerkperiode\nuitzoeken hoe hun NPS wordt gemeten", "doubts", ["not", "text"]),
        # Topics that are not text are left for the import to refuse.
        ("Inwerkperiode", "topics", ["uitzoeken", "NPS"]),
    ],
)
def test_a_damaged_version_2_file_is_refused_all_or_nothing(
    alice: User, topics: str, field: str, value: list[str]
) -> None:
    document = _v2(alice, topics)
    document["data"]["applications.debrief"][0][field] = value
    raw = portability.dumps(document).encode()
    twin = User.objects.create_user(email="twin@example.com", password="twin-secret-42")
    with pytest.raises(portability.ImportRefused):
        portability.import_user(twin, portability.parse(raw))
    assert not portability.user_owns_anything(twin)


def test_a_current_export_carries_what_to_find_out_and_what_was_found(alice: User) -> None:
    two = make_round_two(user=alice)
    notes = make_debrief(
        round=two.application.rounds.get(number=1), find_out="NPS-meting\nParkeren"
    )
    notes.found_out = ["Parkeren"]
    notes.save()
    document = portability.export_user(alice)
    (row,) = document["data"]["applications.debrief"]
    assert (row["find_out"], row["found_out"]) == ("NPS-meting\nParkeren", ["Parkeren"])
    again = Debrief.objects.for_user(_import(portability.dumps(document).encode())).get()
    assert (again.find_out, again.found_out) == ("NPS-meting\nParkeren", ["Parkeren"])
