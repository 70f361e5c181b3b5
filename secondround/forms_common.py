"""Form pieces shared by several apps: sane dates and limits with messages that say how to fix it."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from babel.numbers import NumberFormatError, format_decimal, parse_decimal
from django import forms
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from secondround.coach.lang import as_lang
from secondround.coach.pay.formatting import LOCALE

EARLIEST_YEAR = 2000
LATEST_YEAR = 2100
DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


# A link typed without a scheme ("example.org/vacature") gets https://, Django 6's default. Saying so
# per field is the fix Django 5.x asks for; the transitional setting for it is itself deprecated.
HTTPS_URLS: dict[type[models.Field[Any, Any]], dict[str, Any]] = {
    models.URLField: {"assume_scheme": "https"}
}  # for ModelAdmin.formfield_overrides


def https_urls(db_field: models.Field[Any, Any], **kwargs: Any) -> forms.Field | None:
    """Meta.formfield_callback of a ModelForm with a URL field: see HTTPS_URLS."""
    if isinstance(db_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return db_field.formfield(**kwargs)


def blank_means_default(form: forms.ModelForm, data: dict[str, Any], names: Any) -> None:
    """A cleared number field means "the usual": the model's default (60 minutes, 40 hours a
    week). Fields with an error of their own (text that is no number) keep it."""
    for name in names:
        if name in form.fields and name not in form.errors and data.get(name) is None:
            data[name] = form._meta.model._meta.get_field(name).default


def check_year(value: date | datetime | None) -> None:
    if value is not None and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise forms.ValidationError(
            _("Choose a date between the years %(first)s and %(last)s."),
            params={"first": EARLIEST_YEAR, "last": LATEST_YEAR},
        )


class DateTimeLocalField(forms.DateTimeField):
    """A date-and-time picker (<input type="datetime-local">) that refuses impossible years."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL)

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("input_formats", [DATETIME_LOCAL, "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"])
        kwargs.setdefault("validators", [check_year])
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> datetime | None:
        # Years beyond 9999 or before 1 make Python overflow; answer with a clear message instead.
        try:
            return super().to_python(value)
        except (OverflowError, ValueError) as error:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from error


class DateField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("validators", [check_year])
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> date | None:
        try:
            return super().to_python(value)
        except (OverflowError, ValueError) as error:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from error


class ModelIdsField(forms.ModelMultipleChoiceField):
    """Tick boxes of rows by id. An id beyond 64 bits is "not a valid choice", the same as any
    unknown id: SQLite cannot even look such a number up (OverflowError, a 500)."""

    def _check_values(self, value: Any) -> Any:
        for key in value:
            try:
                number = int(str(key))
            except ValueError:
                continue  # not a number at all: the parent says so
            if not -(2**63) <= number < 2**63:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": key},
                )
        # Django's own (private, undocumented in the stubs) check of each picked id.
        return super()._check_values(value)  # type: ignore[misc]  # missing from django-stubs


def plain_number(value: Decimal | float | int) -> str:
    """A number to edit in a field, in the page's language without thousands separators: 3650.00 ->
    "3650"; 36.50 -> "36,5" (nl) or "36.5" (en)."""
    return format_decimal(
        Decimal(str(value)), format="0.##", locale=LOCALE[as_lang(get_language())]
    )


def parse_number(text: str, *, money: bool) -> Decimal:
    """Read what a person types: "3650", "3.650", "3,650.50", "3650,5", "€ 3.650,-".

    Babel reads the text strictly the Dutch way and the English way (people type either, whatever
    the page's language). When both readings work they differ only for one separator followed by
    three digits: in an amount of money that is a thousands separator ("3.650" is 3650, not 3.65);
    elsewhere it is the decimal point ("8,333" hours is 8.333).
    """
    cleaned = text.strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
    cleaned = cleaned.removesuffix(",-").removesuffix(".-")
    if not re.fullmatch(r"-?[\d.,]*\d[\d.,]*", cleaned):  # no exponents, NaN or words
        raise InvalidOperation(text)
    readings = []
    for locale in ("nl_NL", "en_GB"):
        try:
            readings.append(parse_decimal(cleaned, locale=locale, strict=True))
        except NumberFormatError:
            continue
    if not readings:
        raise InvalidOperation(text)
    return max(readings, key=abs) if money else min(readings, key=abs)
