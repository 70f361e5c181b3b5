"""The package form: numbers typed the Dutch or English way, and the same limits as the CLI."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import pytest
from django import forms
from django.utils import translation
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from secondround.forms_common import parse_number
from secondround.offers.forms import NumberField, PackageForm, RepliesForm

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "money", "expected"),
    [
        ("3650", True, "3650"),
        ("3.650", True, "3650"),
        ("3,650", True, "3650"),
        ("3.650,50", True, "3650.50"),
        ("3,650.50", True, "3650.50"),
        ("€ 3.650,-", True, "3650"),
        ("3650,5", True, "3650.5"),
        ("36,5", False, "36.5"),
        ("36.5", False, "36.5"),
        ("8,333", False, "8.333"),
        ("1.000.000", True, "1000000"),
        ("-5", True, "-5"),
    ],
)
def test_it_reads_numbers_as_people_type_them(text, money, expected) -> None:
    assert parse_number(text, money=money) == Decimal(expected)


@pytest.mark.parametrize("text", ["abc", "3,6,5.5.5", "1e5", "NaN", "--3", "3 650 euro"])
def test_it_refuses_what_is_no_number(text) -> None:
    with pytest.raises(InvalidOperation):
        parse_number(text, money=True)


def _form(lang: str = "nl", **values: str) -> PackageForm:
    data = {"monthly_gross": "3650", "hours_per_week": "40", **values}
    with translation.override(lang):
        form = PackageForm(data=data)
        form.is_valid()
    return form


def test_a_plain_offer_is_valid_with_defaults() -> None:
    form = _form()
    assert form.is_valid(), form.errors
    assert form.cleaned_data["monthly_gross"] == Decimal("3650.00")


@pytest.mark.parametrize(
    ("field", "value", "nl_words", "en_words"),
    [
        ("monthly_gross", "-3650", "niet lager zijn dan € 1", "cannot be lower than €1"),
        ("monthly_gross", "3650000", "per maand in, niet per jaar", "per month, not per year"),
        ("hours_per_week", "200", "hoogstens 60", "at most 60"),
        ("vacation_days", "400", "dagen in, geen uren", "days, not hours"),
        ("year_end_bonus_pct", "150", "hoogstens 100", "at most 100"),
        ("lease_car_list_price", "1000000000000", "€ 500.000", "€500,000"),
        ("pension_employer_pct", "-2", "niet lager zijn dan 0", "cannot be lower than 0"),
    ],
)
def test_impossible_values_get_a_clear_message_in_the_users_language(
    field, value, nl_words, en_words
) -> None:
    for lang, words in (("nl", nl_words), ("en", en_words)):
        form = _form(lang, **{field: value})
        assert not form.is_valid()
        assert words in " ".join(map(str, form.errors[field])), (lang, form.errors[field])


def test_the_typed_values_stay_in_the_form() -> None:
    form = _form(hours_per_week="200", name="Acme <script>alert(1)</script>")
    html = str(form["hours_per_week"]) + str(form["name"])
    assert 'value="200"' in html
    assert "&lt;script&gt;" in html and "<script>" not in html


def test_text_instead_of_a_number_says_how_to_write_it() -> None:
    form = _form(vacation_days="vijfentwintig")
    with translation.override("en"):
        assert "Fill in a number" in form.errors["vacation_days"][0]


def test_a_salary_is_required() -> None:
    form = PackageForm(data={"monthly_gross": ""})
    assert "monthly_gross" in form.errors


def test_a_registration_year_outside_the_limits_is_refused() -> None:
    form = _form(lease_car_first_registration_year="1900")
    assert "lease_car_first_registration_year" in form.errors


def test_the_form_is_grouped_like_an_offer_letter() -> None:
    legends = [str(legend) for legend, _fields in PackageForm().fieldsets]
    assert len(legends) == 7
    with translation.override("en"):
        assert [str(legend) for legend, _f in PackageForm().fieldsets][:4] == [
            "Salary",
            "Extra pay",
            "Pension",
            "Time off",
        ]
    assert "8%" in str(PackageForm()["holiday_allowance_pct"].help_text)


def test_the_current_job_form_has_no_received_date() -> None:
    assert "received_on" not in PackageForm(current=True).fields


NUMBER_TEXT = st.one_of(
    st.text(max_size=30),
    st.integers(-(10**15), 10**15).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    gross=NUMBER_TEXT,
    hours=NUMBER_TEXT,
    days=NUMBER_TEXT,
    name=st.text(max_size=300),
    year=NUMBER_TEXT,
)
@example(gross="1", hours="", days="", name="", year="")  # blank optional numbers: the defaults
def test_package_form_never_crashes(gross, hours, days, name, year) -> None:
    form = PackageForm(
        data={
            "monthly_gross": gross,
            "hours_per_week": hours,
            "vacation_days": days,
            "name": name,
            "lease_car_first_registration_year": year,
        }
    )
    if form.is_valid():
        assert Decimal(1) <= form.cleaned_data["monthly_gross"] <= Decimal(100_000)
        assert form.cleaned_data["hours_per_week"] <= 60  # a blank one is the default, 40


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(contact=st.text(max_size=300), target=NUMBER_TEXT, until=st.text(max_size=20))
def test_replies_form_never_crashes(contact, target, until) -> None:
    form = RepliesForm(
        data={"contact_name": contact, "target_monthly": target, "think_until": until}
    )
    if form.is_valid() and form.cleaned_data["target_monthly"] is not None:
        assert form.cleaned_data["target_monthly"] >= 1


@pytest.mark.parametrize("typed", ["100000000000000000000000000", "1e30", "-1e40"])
def test_an_absurdly_large_number_is_a_message_not_a_crash(typed) -> None:
    field = NumberField(money=False)
    with pytest.raises(forms.ValidationError):
        field.clean(typed)
