"""The salary words on the round page (je or u) and the salary lines on the sheet (HTML and PDF)."""

from __future__ import annotations

import io
from decimal import Decimal

from django.urls import reverse
from pypdf import PdfReader

from secondround.interviewday.models import SheetOptions
from secondround.offers.models import VacancySalary
from secondround.preparation.tests.factories import make_terms
from secondround.testing.factories import make_application, make_interviewer, make_round


def _rounds(user, *, kind="hr"):
    application = make_application(user=user, company="Stroomlijn")
    person = make_interviewer(application=application, name="Sanne Jansen", kind=kind)
    one = make_round(application=application, interviewers=[person], number=1, status="done")
    two = make_round(application=application, interviewers=[person], number=2)
    return application, one, two


def _pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_round_two_shows_the_four_moments_in_je(alice_client, alice):
    _application, _one, two = _rounds(alice)
    html = alice_client.get(two.get_absolute_url()).content.decode()
    assert "De woorden voor de salarisvragen" in html
    for title in ("Ze vragen: wat verdien je nu?", "Ze doen een aanbod aan tafel",
                  "Het komt niet ter sprake"):  # fmt: skip
        assert title in html
    assert "Wanneer wil je mijn antwoord hebben?" in html


def test_a_director_at_the_table_gets_u(alice_client, alice):
    _application, _one, two = _rounds(alice, kind="director")
    html = alice_client.get(two.get_absolute_url()).content.decode()
    assert "Wat verdient u nu?" in html and "Wanneer wilt u mijn antwoord hebben?" in html


def test_round_one_has_no_offer_moment(alice_client, alice):
    _application, one, _two = _rounds(alice)
    html = alice_client.get(one.get_absolute_url()).content.decode()
    assert "Ze vragen: wat verdien je nu?" in html
    assert "Ze doen een aanbod aan tafel" not in html


def test_the_range_is_anchored_on_the_target_and_their_top(alice_client, alice):
    application, _one, two = _rounds(alice)
    make_terms(application=application, target_monthly="4000.00", minimum_monthly="3700.00")
    VacancySalary.objects.create(
        application=application, min_amount=Decimal(3600), max_amount=Decimal(4500),
        period="month", hours_per_week=Decimal(36),
    )  # fmt: skip
    html = alice_client.get(two.get_absolute_url()).content.decode()
    assert "Ik denk aan € 4.000 tot € 4.500 bruto per maand, bij 36 uur per week." in html
    assert "loopt tot € 4.500" in html


def test_the_sheet_has_salary_lines_from_round_two_numbers_only_when_ticked(alice_client, alice):
    application, one, two = _rounds(alice)
    make_terms(application=application, target_monthly="4200.00", minimum_monthly="3800.00")
    page = alice_client.get(reverse("interviewday:sheet", args=[two.pk])).content.decode()
    assert "Salaris in het gesprek" in page
    assert "Verwachting: noem je bandbreedte, begin bij je doel." in page
    text = _pdf_text(alice_client.get(reverse("interviewday:sheet_pdf", args=[two.pk])).content)
    assert "Salaris in het gesprek" in text and "Aanbod aan tafel?" in text
    assert "4.550" not in text
    SheetOptions.objects.create(round=two, show_salary=True)
    text = _pdf_text(alice_client.get(reverse("interviewday:sheet_pdf", args=[two.pk])).content)
    assert "Verwachting: € 4.200 tot € 4.550 bruto per maand." in text
    page = alice_client.get(reverse("interviewday:sheet", args=[one.pk])).content.decode()
    assert "Salaris in het gesprek" not in page
