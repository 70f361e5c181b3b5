"""Every text built from user data reads as written by hand, with realistic and odd data: one
person or several, names with initials or 'van den', long job titles, titles with capitals,
notes that are sentences, empty fields, Dutch with je and with u, and English."""

from __future__ import annotations

import re
from datetime import date

import pytest

from secondround.coach.aftercare import follow_up_email, thank_you_email
from secondround.coach.names import first_name, role_in_sentence
from secondround.coach.panel import PanelMember, read_panel
from secondround.coach.pay.drafts import draft_replies
from secondround.coach.plan import draft_topics_answer

PEOPLE = [
    ["Lotte Smit"],
    ["Lotte Smit", "Mark de Vries", "Pieter van den Berg"],
    ["  Lotte   Smit ", ""],
    ["J. de Vries"],
    ["dhr. Bakker", "Ayşe Yılmaz-de Groot"],
    [],
    ["A", "B", "C", "D", "E", "F"],
]
ROLES = ["Teamleider klantenservice", "HR-adviseur", "senior data-analist", "", "ICT-beheerder"]
COMPANIES = ["Stroomlijn Energie", "KPN", "", "Gemeente 's-Hertogenbosch"]
TOPICS = [
    "Inwerkperiode en begeleiding",
    "mijn voorbeeld over de wintercrisis viel goed",  # a sentence: left out
    "hoe het team is opgebouwd?",
    "",
    "de nieuwe planning, de overdracht tussen de diensten en alles wat daarbij komt kijken",
]
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)


def reads_well(text: str) -> None:
    """What any built text must never show."""
    assert "{" not in text and "}" not in text, text
    assert "  " not in text and " ," not in text and " ." not in text and ",," not in text, text
    assert not re.search(r"(?<=[a-z]{4})[.!?] [a-z]", text), (
        text
    )  # a sentence starts with a capital
    assert not re.search(r"\b(None|null|undefined)\b", text), text


def said_with_u(body: str) -> None:
    """A letter in the 'u' form: no 'je' or 'jullie' said to the reader (the greeting aside)."""
    assert not INFORMAL.search(body.split("\n\n", 1)[1].replace("[je naam]", "")), body


@pytest.mark.parametrize("names", PEOPLE)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize(("lang", "address"), [("nl", "je"), ("nl", "u"), ("en", "je")])
def test_the_thank_you_mail(names, role, topic, lang, address) -> None:
    draft = thank_you_email(
        names=names, topic=topic, role=role, company="KPN", candidate_name="Noor", lang=lang,
        address=address,
    )  # fmt: skip
    reads_well(draft.subject)
    reads_well(draft.body)
    assert draft.body.endswith("\nNoor")
    greeting = draft.body.split("\n", 1)[0]
    assert "Smit" not in greeting and "Berg" not in greeting  # first names only
    if lang == "nl":
        assert "Teamleider" not in draft.body and "wintercrisis" not in draft.body
        assert ("HR-adviseur" in draft.body) == (role == "HR-adviseur")
    if address == "u" and lang == "nl":
        said_with_u(draft.body)


@pytest.mark.parametrize("names", PEOPLE)
@pytest.mark.parametrize("company", COMPANIES)
@pytest.mark.parametrize(("lang", "address"), [("nl", "je"), ("nl", "u"), ("en", "je")])
def test_the_follow_up_mail(names, company, lang, address) -> None:
    draft = follow_up_email(
        names=names, role="Teamleider klantenservice", company=company,
        interview_date=date(2026, 12, 3), candidate_name="", lang=lang, address=address,
    )  # fmt: skip
    reads_well(draft.subject)
    reads_well(draft.body)
    assert ("3 december 2026" if lang == "nl" else "3 December 2026") in draft.body
    assert draft.body.endswith("[je naam]" if lang == "nl" else "[your name]")
    if address == "u" and lang == "nl":
        said_with_u(draft.body)


@pytest.mark.parametrize("contact", ["Sanne Jansen", "", "mr. K. Okafor", " Sanne  "])
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("lang", "address"), [("nl", "je"), ("nl", "u"), ("en", "je")])
@pytest.mark.parametrize(("offer", "target"), [(3650, 4000), (3650.5, 3600)])
def test_the_offer_replies(contact, role, lang, address, offer, target) -> None:
    drafts = draft_replies(
        company="Stroomlijn Energie", role=role, contact_name=contact, offer_monthly=offer,
        target_monthly=target, think_until=date(2026, 12, 11), lang=lang, address=address,
        candidate_name="Noor Visser",
    )  # fmt: skip
    for text in drafts.values():
        reads_well(text)
        assert text.endswith("\nNoor Visser") and "Jansen" not in text.split("\n", 1)[0]
        if lang == "nl":
            assert "€ 3.650" in text or "€ 350" in text or "Schikt" in text or "Hartelijk" in text
            assert " bij u aan de slag" not in text
        if address == "u" and lang == "nl":
            said_with_u(text)
    if target > offer:
        assert ("€ 350" if lang == "nl" else "€350") in drafts["counter"]


def _member(name: str, kind: str = "hr", known: bool = False) -> PanelMember:
    return PanelMember(name=name, kind=kind, known=known)


@pytest.mark.parametrize(
    ("members", "lang", "expected"),
    [
        (
            [_member("Joost Bakker"), _member("Sanne Jansen", known=True)],
            "nl",
            "Nieuw aan tafel: Joost Bakker. Verwacht van Joost vragen uit de eerste ronde",
        ),
        (
            [_member("Joost Bakker"), _member("Eva Li"), _member("Sanne Jansen", known=True)],
            "nl",
            "Nieuw aan tafel: Joost Bakker en Eva Li. Zij stellen vragen",
        ),
        (
            [_member("Joost Bakker"), _member("Sanne Jansen", known=True)],
            "nl",
            "Bekend van de vorige keer: Sanne Jansen. Sanne gaat dieper en wil voorbeelden.",
        ),
        ([_member("Sanne Jansen", known=True)], "nl", "Sanne weet welke informatie nog ontbreekt"),
        (
            [_member("Sanne Jansen", known=True), _member("Eva Li", known=True)],
            "nl",
            "Zij weten welke informatie ze nog missen",
        ),
        ([_member("J. de Vries")], "nl", "ga er niet van uit dat J. de Vries weet wat"),
        ([_member("Joost Bakker"), _member("Eva Li")], "en", "do not assume they know"),
    ],
)
def test_the_panel_reading_agrees_with_the_number_of_people(members, lang, expected) -> None:
    notes = read_panel(members, round_number=2, lang=lang).notes
    for note in notes:
        reads_well(note.text)
    assert expected in " ".join(note.text for note in notes)


@pytest.mark.parametrize(
    ("topics", "role", "expected", "absent"),
    [
        (["Inwerkperiode en begeleiding"], "Teamleider klantenservice",
         "terugkomen op inwerkperiode en begeleiding", "als Teamleider"),
        (["Ze twijfelden of ik genoeg ervaring heb"], "", "kreeg ik al een goed beeld", "twijfelden"),
        (["Microsoft Teams", "de roosters"], "HR-adviseur", "Microsoft Teams en de roosters", "hR"),
        (["Wie wordt mijn buddy?"], "", "vraag: wie wordt mijn buddy?", "Wie wordt"),
    ],
)  # fmt: skip
def test_the_topics_answer_keeps_capitals_only_where_dutch_keeps_them(
    topics, role, expected, absent
) -> None:
    text = draft_topics_answer(topics, role=role, company="KPN", lang="nl")
    reads_well(text)
    assert expected in text and absent not in text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lotte Smit", "Lotte"),
        ("  Pieter  van den Berg ", "Pieter"),
        ("J. de Vries", "J. de Vries"),
        ("dhr. Bakker", "dhr. Bakker"),
        ("Mr Okafor", "Mr Okafor"),
        ("Ayşe", "Ayşe"),
        ("", ""),
    ],
)
def test_a_greeting_uses_the_first_name_unless_the_name_opens_with_a_title(name, expected) -> None:
    assert first_name(name) == expected


@pytest.mark.parametrize(
    ("role", "lang", "expected"),
    [
        ("Teamleider klantenservice", "nl", "teamleider klantenservice"),
        ("HR-adviseur", "nl", "HR-adviseur"),
        ("ICT-beheerder", "nl", "ICT-beheerder"),
        ("McKinsey-consultant", "nl", "McKinsey-consultant"),
        ("  Senior   adviseur ", "nl", "senior adviseur"),
        ("Team lead", "en", "Team lead"),
    ],
)
def test_a_job_title_mid_sentence(role, lang, expected) -> None:
    assert role_in_sentence(role, lang) == expected


def test_a_quoted_condition_or_wish_ends_once() -> None:
    from secondround.coach.pay.compare import compare_packages
    from secondround.coach.pay.numbers import wish_findings
    from secondround.coach.pay.package import Package

    offer = Package(name="KPN", monthly_gross=3900, conditions="Contract voor een jaar.")
    other = Package(name="Mijn baan", monthly_gross=3650)
    texts = [f.text for f in compare_packages([other, offer], lang="nl").findings]
    texts += [f.text for f in wish_findings(offer, ["Twee dagen thuiswerken."], "nl")]
    assert any("‘Contract voor een jaar’. Weeg dit mee." in t for t in texts), texts
    assert any("‘Twee dagen thuiswerken’" in t for t in texts), texts
    for text in texts:
        reads_well(text)
        assert "’." not in text.replace("’. Weeg", "")
