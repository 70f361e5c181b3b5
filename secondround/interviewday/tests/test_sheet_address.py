"""Je or u on the sheet: each line said to someone at the table follows that person's je or u (the
whole table gets "u" as soon as one of them does); what the sheet tells the candidate says "je"."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from django.urls import reverse
from django.utils.html import strip_tags
from pypdf import PdfReader

from secondround.coach.address import INFORMAL
from secondround.interviewday.models import SheetOptions
from secondround.practice import selectors as practice
from secondround.practice import services as practice_services
from secondround.testing.factories import (
    make_application,
    make_debrief,
    make_interviewer,
    make_round,
)

FORMAL = re.compile(r"\b(u|uw)\b", re.IGNORECASE)
QUOTE = re.compile(r"“([^”]*)”")


def _sheet_round(user: Any, sanne: str, joost: str) -> Any:
    """Round two with Sanne (met in round one, HR) and Joost (new, manager), each addressed as
    given, the doubt of round one, and three bank questions: one for the table, one for each."""
    application = make_application(user=user)
    people = {
        "sanne": make_interviewer(
            application=application, name="Sanne Jansen", kind="hr", form_of_address=sanne
        ),
        "joost": make_interviewer(
            application=application, name="Joost Bakker", kind="manager", form_of_address=joost
        ),
    }
    make_debrief(round=make_round(application=application, interviewers=[people["sanne"]]))
    round = make_round(application=application, number=2, interviewers=list(people.values()))
    SheetOptions.objects.create(round=round, show_salary=False)
    for source_id, person in (
        ("ask-best-part", None),
        ("ask-why-they-stay", people["sanne"]),
        ("ask-best-moment", people["joost"]),
    ):
        text = practice.text_for(source_id, round=round, lang=user.language)
        question = practice_services.round_question_add(round=round, text=text)
        question.source_id, question.interviewer = source_id, person
        practice_services.round_question_save(question=question)
    return round


def _parts(client: Any, round: Any) -> dict[str, str]:
    """The sheet's text per part (questions, closing, salary talk)."""
    html = client.get(reverse("interviewday:sheet", args=[round.pk])).content.decode()

    def part(name: str) -> str:
        start = html.index(">", html.index(f'id="sheet-{name}"')) + 1
        return " ".join(strip_tags(html[start : html.index("</section>", start)]).split())

    return {name: part(name) for name in ("goal", "questions", "closing", "salary-talk")}


def _to_the_table(parts: dict[str, str]) -> str:
    """What the candidate says to the people at the table: the questions, the words quoted in the
    closing and the salary talk, and the answer to last time's doubt."""
    quotes = QUOTE.findall(parts["closing"] + " " + parts["salary-talk"])
    doubt = parts["closing"].split("?")[0]  # "Vorige keer vroeg u zich af …"
    return " ".join([parts["questions"], doubt, *quotes])


def _set_language(user: Any, language: str) -> None:
    user.language = language
    user.save()


def test_a_sheet_for_a_u_table_says_u_to_them_and_je_to_the_candidate(
    alice_client: Any, alice: Any
) -> None:
    parts = _parts(alice_client, _sheet_round(alice, sanne="u", joost="u"))
    said = _to_the_table(parts)
    assert not INFORMAL.search(said), INFORMAL.search(said)
    assert "Wat vindt u het leukste aan deze functie?" in said
    assert "Vorige keer vroeg u zich af" in said and "“Wat verdient u nu?”" in parts["salary-talk"]
    assert INFORMAL.search(parts["goal"]) and not FORMAL.search(parts["goal"])
    assert "noem dan je verwachting" in parts["salary-talk"]


def test_a_sheet_for_a_je_table_says_je_throughout(alice_client: Any, alice: Any) -> None:
    parts = _parts(alice_client, _sheet_round(alice, sanne="je", joost="je"))
    said = _to_the_table(parts)
    assert not FORMAL.search(said), FORMAL.search(said)
    assert "Wat vind jij het leukste aan deze functie?" in said
    assert "Vorige keer vroeg je je af" in said and "“Wat verdien je nu?”" in parts["salary-talk"]


def test_a_mixed_table_gets_u_together_and_each_person_their_own(
    alice_client: Any, alice: Any
) -> None:
    questions = _parts(alice_client, _sheet_round(alice, sanne="je", joost="u"))["questions"]
    assert "Wat vindt u het leukste aan deze functie?" in questions  # for the whole table
    assert "Vraag aan Sanne Jansen: Wat houdt jou hier, al die jaren?" in questions
    assert "Vraag aan Joost Bakker: Wat was voor u het mooiste moment" in questions


def test_a_question_the_user_reworded_keeps_their_words(alice_client: Any, alice: Any) -> None:
    round = _sheet_round(alice, sanne="u", joost="u")
    own = "Wat vind jij, Sanne, het leukste aan je werk?"
    round.questions_to_ask.filter(source_id="ask-why-they-stay").update(text=own)
    assert f"Vraag aan Sanne Jansen: {own}" in _parts(alice_client, round)["questions"]


@pytest.mark.parametrize("address", ["je", "u"])
def test_an_english_sheet_is_the_same_for_je_and_u(
    alice_client: Any, alice: Any, address: str
) -> None:
    _set_language(alice, "en")
    parts = _parts(alice_client, _sheet_round(alice, sanne=address, joost=address))
    assert "What do you think is the best part of this role?" in parts["questions"]
    assert "If they ask “What do you earn now?”, name your expectation" in parts["salary-talk"]


def test_a_mixed_table_hears_u_in_the_closing_on_the_page_and_in_the_pdf(
    alice_client: Any, alice: Any
) -> None:
    """Sanne (je) raised the doubt last time, Joost gets "u": the closing is said to them both."""
    round = _sheet_round(alice, sanne="je", joost="u")
    closing = _parts(alice_client, round)["closing"]
    assert "Vorige keer vroeg u zich af of ik genoeg ervaring heb" in closing
    assert "“Wanneer kan ik van u horen?”" in closing
    said = " ".join([closing.split("?")[0], *QUOTE.findall(closing)])
    assert not INFORMAL.search(said), INFORMAL.search(said)
    pdf = alice_client.get(reverse("interviewday:sheet_pdf", args=[round.pk])).content
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Vorige keer vroeg u zich af" in " ".join(text.split())
    assert "vroeg je je af" not in " ".join(text.split())


def test_an_english_closing_is_the_same_for_a_mixed_table(alice_client: Any, alice: Any) -> None:
    _set_language(alice, "en")
    closing = _parts(alice_client, _sheet_round(alice, sanne="je", joost="u"))["closing"]
    assert "came up. Do you still have doubts about it?" in closing  # the notes were in Dutch
    assert "“When can I expect to hear from you?”" in closing
