"""Forms for a job package, grouped like an offer letter, refusing what the command line refuses."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, cast

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from secondround.coach.pay import (
    LIMITS,
    Problem,
    format_eur,
    format_number,
    validate_package_values,
)
from secondround.forms_common import DateField, blank_means_default, parse_number, plain_number
from secondround.web import ui_lang

from .models import (
    BOOL_KEYS,
    MONEY_KEYS,
    NEGOTIABLE,
    NUMBER_KEYS,
    CounterAnswer,
    CounterOffer,
    Decision,
    JobPackage,
    VacancySalary,
)
from .selectors import format_value

FIELDSETS: list[tuple[Any, list[str]]] = [
    (_("Salary"), ["name", "received_on", "answer_due", "monthly_gross", "hours_per_week"]),
    (
        _("Extra pay"),
        [
            "holiday_allowance_pct",
            "thirteenth_month",
            "year_end_bonus_pct",
            "year_end_bonus_amount",
            "ikb_pct",
            "bonus",
            "profit_sharing",
        ],
    ),
    (_("Pension"), ["pension_employer_pct", "pension_employee_pct", "pension_franchise"]),
    (_("Time off"), ["vacation_days", "public_holidays_off"]),
    (
        _("Car and travel"),
        [
            "lease_car_list_price",
            "lease_car_electric",
            "lease_car_first_registration_year",
            "lease_car_own_contribution",
            "travel_allowance_monthly",
            "home_office_allowance_monthly",
        ],
    ),
    (
        _("Other"),
        [
            "phone",
            "phone_value_yearly",
            "laptop",
            "laptop_value_yearly",
            "training_budget",
            "other_benefits_yearly",
            "conditions",
        ],
    ),
    (_("Your situation"), ["aow_age", "thirty_percent_ruling", "second_job"]),
]
HELP: dict[str, Any] = {
    "monthly_gross": _("Gross, per month, for the hours below. Without holiday allowance."),
    "hours_per_week": _("Default: 40 (a full-time week)."),
    "holiday_allowance_pct": _("Default: 8% (the legal minimum)."),
    "thirteenth_month": _("An extra month's salary once a year."),
    "year_end_bonus_pct": _("A percentage of twelve monthly salaries. Leave 0 if there is none."),
    "ikb_pct": _(
        "An individual choice budget (common in government and healthcare), as a percentage of "
        "twelve monthly salaries. It often already holds the holiday allowance: then set that to 0."
    ),
    "bonus": _(
        "Only what you can reasonably expect, not the maximum. It is not certain: we also show "
        "the total without it."
    ),
    "pension_employer_pct": _(
        "Ask the employer or look in the pension scheme. Default: 0 (then we count no pension)."
    ),
    "pension_employee_pct": _("The part taken from your salary before tax."),
    "pension_franchise": _(
        "The part of your yearly salary without pension premium. Leave 0 if you do not know."
    ),
    "vacation_days": _(
        "Days off per year, without public holidays. "
        "Default: 20 (the legal minimum for a full-time job)."
    ),
    "public_holidays_off": _("Default: 6 (that many fall on a weekday in 2025 and 2026)."),
    "lease_car_list_price": _("Leave 0 if there is no lease car."),
    "lease_car_first_registration_year": _("Empty: we use the year of the estimate."),
    "travel_allowance_monthly": _("Tax-free travel allowance."),
    "home_office_allowance_monthly": _("Tax-free allowance for working from home."),
    "phone_value_yearly": _("Default: € 300 a year, our own estimate. Counts only with a phone."),
    "laptop_value_yearly": _("Default: € 400 a year, our own estimate. Counts only with a laptop."),
    "aow_age": _("The net estimate does not cover this; we then leave the net pay out."),
    "thirty_percent_ruling": _(
        "The net estimate does not cover this; we then leave the net pay out."
    ),
    "second_job": _("The net estimate does not cover this; we then leave the net pay out."),
}
# What to do about a value out of range, per field; the rest gets the general advice.
FIX_HIGH: dict[str, Any] = {
    "monthly_gross": _("Fill in the salary per month, not per year."),
    "hours_per_week": _(
        "The law allows at most 60 hours in one week. Fill in the hours of your contract."
    ),
    "vacation_days": _("Fill in days, not hours."),
    "year_end_bonus_pct": _("A percentage is at most 100."),
    "lease_car_list_price": _("Fill in the list price of the car in euros."),
}


class NumberField(forms.Field):
    """A number typed the Dutch or the English way; limits are checked by the coach's table."""

    default_error_messages = {
        "invalid": _("Fill in a number, for example 3650 or 36,5."),
    }

    def __init__(self, *, money: bool, **kwargs: Any) -> None:
        self.money = money
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Decimal | None:
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        if len(str(value)) > 40:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        try:
            number = parse_number(str(value), money=self.money)
            # Quantizing a number with more digits than Decimal holds (10^26) fails too.
            return number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        except InvalidOperation as error:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from error

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal | float | int) and not isinstance(value, bool):
            return plain_number(value)
        return value


class PackageForm(forms.ModelForm):
    received_on = DateField(label=_("Received on"), required=False)
    answer_due = DateField(
        label=_("They want my answer by"),
        required=False,
        help_text=_("Ask when they need your answer; it shows on your dashboard."),
    )

    class Meta:
        model = JobPackage
        fields = [name for _legend, names in FIELDSETS for name in names]
        widgets = {"conditions": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, current: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if current:
            del self.fields["received_on"]
            del self.fields["answer_due"]
        for key in NUMBER_KEYS:
            model_field = cast("models.Field[Any, Any]", JobPackage._meta.get_field(key))
            self.fields[key] = NumberField(
                money=key in MONEY_KEYS,
                label=str(model_field.verbose_name).capitalize(),
                required=key == "monthly_gross",
                initial=model_field.default,
            )
        self.fields["lease_car_first_registration_year"].widget.attrs["inputmode"] = "numeric"
        for key, text in HELP.items():
            self.fields[key].help_text = text
        for field in self.fields.values():
            field.label = str(field.label)[:1].upper() + str(field.label)[1:]

    @property
    def fieldsets(self) -> list[tuple[Any, list[forms.BoundField]]]:
        return [
            (legend, [self[n] for n in names if n in self.fields]) for legend, names in FIELDSETS
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        blank_means_default(self, data, NUMBER_KEYS)  # 40 hours, 20 days, as the hints say
        values = _values(data)
        for problem in validate_package_values(values):
            if problem.key in self.fields and problem.key not in self.errors:
                self.add_error(problem.key, self._message(problem))
        return data

    def _message(self, problem: Problem) -> str:
        lang = ui_lang()
        spec = LIMITS[problem.key]
        money = problem.key in MONEY_KEYS
        if problem.code == "too_low":
            low = format_eur(spec.low, lang) if money else format_number(spec.low, lang)
            return str(_("This cannot be lower than %(low)s.") % {"low": low})
        if problem.code == "too_high":
            high = format_eur(spec.high, lang) if money else format_number(spec.high, lang)
            fix = FIX_HIGH.get(problem.key, _("Check for a typo."))
            return str(_("This cannot be higher than %(high)s.") % {"high": high}) + f" {fix}"
        return problem.text_nl if lang == "nl" else problem.text_en


def _values(data: dict[str, Any]) -> dict[str, object]:
    """The cleaned values in the shape the coach checks: numbers as floats, the year as int."""
    values: dict[str, object] = {}
    for key in NUMBER_KEYS:
        if data.get(key) is not None:
            values[key] = float(data[key])
    for key in BOOL_KEYS:
        if key in data:
            values[key] = bool(data[key])
    year = data.get("lease_car_first_registration_year")
    if year is not None:
        values["lease_car_first_registration_year"] = int(year)
    return values


class RepliesForm(forms.Form):
    """What the three drafts need that the offer does not hold (a GET form: nothing is saved)."""

    contact_name = forms.CharField(
        label=_("Name of your contact"),
        max_length=200,
        required=False,
        help_text=_("Empty: the drafts start with a general greeting."),
    )
    target_monthly = NumberField(
        money=True,
        label=_("The salary you ask for, gross per month (€)"),
        required=False,
        help_text=_("Used in the counter-offer."),
    )
    think_until = DateField(
        label=_("I will answer by"),
        required=False,
        help_text=_("Used when you ask for time to think."),
    )

    def clean_target_monthly(self) -> Decimal | None:
        value: Decimal | None = self.cleaned_data.get("target_monthly")
        spec = LIMITS["monthly_gross"]
        if value is not None and not spec.low <= value <= spec.high:
            raise forms.ValidationError(
                _("Fill in an amount between %(low)s and %(high)s."),
                params={
                    "low": format_eur(spec.low, ui_lang()),
                    "high": format_eur(spec.high, ui_lang()),
                },
            )
        return value

    def clean_think_until(self) -> date | None:
        value: date | None = self.cleaned_data.get("think_until")
        if value is not None and value < date.today():
            raise forms.ValidationError(_("Choose a date from today on."))
        return value


class DecisionForm(forms.ModelForm):
    class Meta:
        model = JobPackage
        fields = ["decision"]
        widgets = {"decision": forms.RadioSelect}
        labels = {"decision": _("Which answer did you give?")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["decision"]).choices = Decision.choices


class YesNoUnknown(forms.NullBooleanSelect):
    def __init__(self) -> None:
        super().__init__()
        self.choices = [("unknown", _("Not stated")), ("true", _("Yes")), ("false", _("No"))]


class VacancySalaryForm(forms.ModelForm):
    """Their range as read from the vacancy; every field can be corrected."""

    min_amount = NumberField(money=True, label=_("Lowest amount (€)"), required=False)
    max_amount = NumberField(money=True, label=_("Highest amount (€)"), required=False)
    hours_per_week = NumberField(money=False, label=_("Hours per week"), required=False)
    ikb_pct = NumberField(money=False, label=_("Individual choice budget, IKB (%)"), required=False)

    class Meta:
        model = VacancySalary
        fields = [
            "min_amount",
            "max_amount",
            "period",
            "hours_per_week",
            "scale",
            "holiday_allowance_included",
            "ikb_pct",
            "thirteenth_month",
            "marktconform",
        ]
        widgets = {
            "holiday_allowance_included": YesNoUnknown(),
            "thirteenth_month": YesNoUnknown(),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        period = cast(forms.ChoiceField, self.fields["period"])
        period.choices = [("", _("Not stated")), *list(period.choices)[1:]]  # type: ignore[arg-type]  # a list: the model field's choices
        self.fields["hours_per_week"].help_text = _(
            "The hours the amounts are for, for example 36. Empty: not stated."
        )
        for field in self.fields.values():
            field.label = str(field.label)[:1].upper() + str(field.label)[1:]


def _negotiable_field(key: str, **kwargs: Any) -> NumberField:
    field = cast("models.Field[Any, Any]", JobPackage._meta.get_field(key))
    label = str(field.verbose_name)
    return NumberField(money=key in MONEY_KEYS, label=label[:1].upper() + label[1:], **kwargs)


def _limit_errors(form: forms.BaseForm, values: dict[str, Any], prefix: str) -> None:
    """The same limits as an offer: a counter-proposal of 200 hours a week is a typo."""
    checked = {k: float(v) for k, v in values.items()}
    for problem in validate_package_values({"monthly_gross": 1.0, **checked}):
        name = f"{prefix}{problem.key}"
        if name in form.fields and name not in form.errors:
            form.add_error(name, _("This amount is not possible. Check for a typo."))


class CounterOfferForm(forms.ModelForm):
    """What you asked for in your counter-proposal: only the parts you fill in count."""

    sent_on = DateField(label=_("Sent on"))
    answer_expected_on = DateField(
        label=_("Answer expected by"),
        required=False,
        help_text=_("The date they said they would come back to you."),
    )

    class Meta:
        model = CounterOffer
        fields = ["sent_on", "answer_expected_on", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key in NEGOTIABLE:
            self.fields[f"ask_{key}"] = _negotiable_field(key, required=False)
        self.fields["note"].label = _("What else I asked or said")

    @property
    def part_fields(self) -> list[forms.BoundField]:
        return [self[f"ask_{key}"] for key in NEGOTIABLE]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        parts: dict[str, Any] = {
            k: data.get(f"ask_{k}") for k in NEGOTIABLE if data.get(f"ask_{k}") is not None
        }
        _limit_errors(self, parts, "ask_")
        if not parts and not (data.get("note") or "").strip() and not self.errors:
            raise forms.ValidationError(_("Fill in at least one part you asked for, or a note."))
        data["parts"] = {k: float(v) for k, v in parts.items() if f"ask_{k}" not in self.errors}
        self.instance.parts = data["parts"]  # the model's own check sees the parts too
        return data


class CounterAnswerForm(forms.ModelForm):
    """Their answer, and the numbers of the new offer if they came back with one."""

    answered_on = DateField(label=_("Answered on"), required=False)

    class Meta:
        model = CounterOffer
        fields = ["answer", "answered_on", "answer_note"]
        widgets = {"answer": forms.RadioSelect, "answer_note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        counter: CounterOffer = self.instance
        cast(forms.ChoiceField, self.fields["answer"]).choices = CounterAnswer.choices
        self.fields["answer"].label = _("Their answer")
        self.fields["answer_note"].label = _("What they said")
        for key in NEGOTIABLE:
            asked = (counter.parts or {}).get(key)
            current = getattr(counter.package, key)
            self.fields[f"new_{key}"] = _negotiable_field(
                key,
                required=False,
                initial=current,
                help_text=(
                    _("You asked for %(amount)s.") % {"amount": format_value(key, asked, ui_lang())}
                    if asked is not None
                    else ""
                ),
            )

    @property
    def part_fields(self) -> list[forms.BoundField]:
        return [self[f"new_{key}"] for key in NEGOTIABLE]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        values = {k: data.get(f"new_{k}") for k in NEGOTIABLE if data.get(f"new_{k}") is not None}
        _limit_errors(self, values, "new_")
        data["new_values"] = values
        return data
