"""The one-page sheet: HTML page, PDF of exactly one A4 page, shortening, the salary switch."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.urls import reverse
from pypdf import PdfReader

from secondround.coach.aftercare import closing_lines
from secondround.interviewday import sheet
from secondround.interviewday.models import SheetOptions
from secondround.testing.factories import make_application, make_interviewer, make_round

from .factories import NAMES, PITCH, QUESTIONS, filled_sources, heavy_round, make_assignment


def pdf_text(content: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def small_round(user: Any) -> Any:
    application = make_application(user=user, goal="Een aanbod krijgen.")
    sanne = make_interviewer(application=application, name="Sanne Jansen", kind="hr")
    make_round(application=application, interviewers=[sanne], status="done")
    joost = make_interviewer(
        application=application,
        name="Joost Bakker",
        kind="manager",
        notes="Mijn toekomstige leidinggevende.",
    )
    return make_round(
        application=application, interviewers=[sanne, joost], location="Utrechtseweg 12, Amersfoort"
    )


def test_heavy_round_pdf_is_one_page_with_names_and_questions(
    alice_client: Any, alice: Any
) -> None:
    round = heavy_round(user=alice)
    SheetOptions.objects.create(round=round, show_salary=True)
    with filled_sources():
        response = alice_client.get(reverse("interviewday:sheet_pdf", args=[round.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    pages, text = pdf_text(response.content)
    assert pages == 1
    for name in NAMES:
        assert name in text
    assert "Vraag 1: hoe ziet een gewone werkdag" in text
    assert "Aan tafel" in text and "Mijn vragen aan hen" in text
    assert "4.200" in text  # ticked
    # what did not fit is announced, not silently dropped
    assert "meer voorbeelden in de app" in text


def test_heavy_round_is_reduced_in_the_fixed_order(alice: Any) -> None:
    round = heavy_round(user=alice)
    with filled_sources():
        pdf = sheet.render_pdf(sheet.gather(round, lang="nl"))
    assert pdf.pages == 1
    shown = pdf.sheet
    assert len(shown.examples) < 15 and shown.examples_more == 15 - len(shown.examples)
    assert len(shown.questions) + shown.questions_more == len(QUESTIONS)
    # examples go first: never fewer questions kept than examples dropped would allow
    assert len(shown.examples) <= len(shown.questions)


def test_sheet_without_other_apps_still_renders_one_page(alice_client: Any, alice: Any) -> None:
    round = small_round(alice)
    response = alice_client.get(reverse("interviewday:sheet_pdf", args=[round.pk]))
    pages, text = pdf_text(response.content)
    assert pages == 1
    assert "Sanne Jansen" in text and "Joost Bakker" in text
    assert closing_lines("nl")[0][:30] in text
    assert "Mijn pitch" not in text  # nothing to show, so no empty part


def test_new_people_are_marked(alice: Any) -> None:
    round = small_round(alice)
    source = sheet.gather(round, lang="nl")
    assert source.new_names == ["Joost Bakker"]
    assert [p.is_new for p in source.people] == [False, True] or [
        p.name for p in source.people if p.is_new
    ] == ["Joost Bakker"]


def test_salary_only_when_ticked(alice_client: Any, alice: Any) -> None:
    round = small_round(alice)
    url = reverse("interviewday:sheet_pdf", args=[round.pk])
    with filled_sources():
        _pages, text = pdf_text(alice_client.get(url).content)
        assert "4.200" not in text and "3.800" not in text
        page = alice_client.get(reverse("interviewday:sheet", args=[round.pk])).content.decode()
        assert "4.200" not in page
        response = alice_client.post(
            reverse("interviewday:sheet_options", args=[round.pk]), {"show_salary": "on"}
        )
        assert response.status_code == 302
        assert SheetOptions.objects.get(round=round).show_salary is True
        _pages, text = pdf_text(alice_client.get(url).content)
        assert "4.200" in text and "3.800" in text
        alice_client.post(reverse("interviewday:sheet_options", args=[round.pk]), {})
        _pages, text = pdf_text(alice_client.get(url).content)
        assert "4.200" not in text


def test_salary_switch_answers_htmx_with_the_partial(alice_client: Any, alice: Any) -> None:
    round = small_round(alice)
    response = alice_client.post(
        reverse("interviewday:sheet_options", args=[round.pk]),
        {"show_salary": "on"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="sheet-area"' in html and "<html" not in html
    assert SheetOptions.objects.get(round=round).show_salary


def test_sheet_page_full_and_partial(alice_client: Any, alice: Any) -> None:
    round = small_round(alice)
    make_assignment(round=round)
    url = reverse("interviewday:sheet", args=[round.pk])
    with filled_sources(salary=None):
        full = alice_client.get(url).content.decode()
        partial = alice_client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" in full and "Joost Bakker" in full and PITCH[:40] in full
    assert "Presentatie" in full  # the announced assignment
    assert "<html" not in partial and "Joost Bakker" in partial
    assert "sheet.css" in full  # print styles: A4, compact


def test_sheet_follows_the_users_language(client: Any, bob: Any) -> None:
    round = small_round(bob)  # bob reads English
    client.force_login(bob)
    _pages, text = pdf_text(client.get(reverse("interviewday:sheet_pdf", args=[round.pk])).content)
    assert "At the table" in text and closing_lines("en")[0][:30] in text


def test_long_items_are_shortened_at_a_word_with_a_mark(alice: Any) -> None:
    round = small_round(alice)
    joost = round.interviewers.get(name="Joost Bakker")
    joost.notes = "woord " * 200
    joost.save()
    shaped = sheet.shape(sheet.gather(round, lang="nl"), sheet.TRIES[0])
    note = next(p.note for p in shaped.people if p.name == "Joost Bakker")
    assert note.endswith("…") and len(note) <= sheet.TRIES[0].note
    assert note[:-1].split() == ["woord"] * len(note[:-1].split())


@pytest.mark.parametrize(
    "url", ["http://example.org/x.css", "https://example.org/font.woff", "file:///etc/passwd"]
)
def test_the_pdf_fetches_nothing_outside_its_static_folder(url: str) -> None:
    with pytest.raises(ValueError):
        sheet._fetcher().fetch(url)


def test_the_pdf_may_read_its_own_stylesheet() -> None:
    response = sheet._fetcher().fetch(sheet.SHEET_CSS.as_uri())
    assert response is not None


def test_assignment_line_does_not_repeat_its_kind(alice: Any) -> None:
    round = small_round(alice)
    make_assignment(round=round, description="Presentatie: jouw eerste 90 dagen")
    make_assignment(round=round, type="assessment", description="")
    lines = sheet.gather(round, lang="nl").assignments
    assert lines == ["Presentatie: jouw eerste 90 dagen", "Assessment"]
