from __future__ import annotations

from collections.abc import Set as AbstractSet
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from secondround.applications.selectors import FitQuestion, applications_for
from secondround.coach import competencies as lexicon
from secondround.coach.lang import as_lang
from secondround.coach.plan import STEP_KEYS
from secondround.forms_common import DateField, parse_number, plain_number

from .models import (
    MONEY_LIMIT,
    PITCH_LIMIT,
    REHEARSAL_MAX_SECONDS,
    TEXT_LIMIT,
    Example,
    Pitch,
    RoundPlan,
    Terms,
)


def competency_choices(lang: str, exclude: AbstractSet[str] = frozenset()) -> list[tuple[str, str]]:
    code = as_lang(lang)
    choices = [(c.id, c.names[code]) for c in lexicon.all_competencies() if c.id not in exclude]
    return sorted(choices, key=lambda choice: choice[1].lower())


def _live(url_name: str, target: str) -> dict[str, str]:
    """htmx attributes that send the text while the user types and show the reading beside it."""
    return {
        "data-hx-post": reverse(url_name),
        "data-hx-trigger": "input changed delay:600ms",
        "data-hx-target": target,
        "data-hx-swap": "innerHTML",
    }


class ExampleForm(forms.ModelForm):
    competencies = forms.MultipleChoiceField(
        label=_("Competencies it proves"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick what this example shows. One example may prove several."),
    )
    happened_on = DateField(
        label=_("When it happened"),
        required=False,
        help_text=_("Roughly is fine. Recent examples convince most."),
    )

    class Meta:
        model = Example
        fields = ["title", "telling", "competencies", "happened_on"]
        error_messages = {
            "telling": {
                "required": _(
                    "Write your example first: what was the situation, what did you "
                    "do, and what came of it?"
                ),
                "max_length": _(
                    "This is longer than %(limit_value)d characters. Keep the "
                    "example to what you would tell in two minutes."
                ),
            },
            "title": {"required": _("Give the example a short title you will recognise.")},
        }

    def __init__(self, *args: Any, lang: str = "nl", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["competencies"]).choices = competency_choices(lang)
        telling = cast(forms.CharField, self.fields["telling"])
        telling.widget = forms.Textarea(
            attrs={"rows": 10, **_live("preparation:example_analyze", "#reading")}
        )
        telling.max_length = None  # the browser must not cut a pasted text: we say it is too long
        telling.validators = [v for v in telling.validators if not hasattr(v, "limit_value")]

    def clean_telling(self) -> str:
        text: str = self.cleaned_data["telling"]
        if len(text) > TEXT_LIMIT:
            raise forms.ValidationError(
                _(
                    "This is %(count)d characters; the limit is %(limit)d. Keep the example to "
                    "what you would tell in two minutes."
                ),
                params={"count": len(text), "limit": TEXT_LIMIT},
            )
        return text


class AnalyzeForm(forms.Form):
    """What the live analysis receives (the same field names as the example and pitch forms)."""

    telling = forms.CharField(required=False, strip=False)
    text = forms.CharField(required=False, strip=False)
    target_seconds = forms.TypedChoiceField(
        choices=[(30, "30"), (60, "60"), (90, "90")],
        coerce=int,
        required=False,
        empty_value=60,  # type: ignore[arg-type]  # Django takes any value; the stubs say str
    )


class CompetencyAddForm(forms.Form):
    competency = forms.ChoiceField(label=_("Add a competency"))

    def __init__(self, *args: Any, lang: str, exclude: set[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["competency"]).choices = [
            ("", _("Choose…")),
            *competency_choices(lang, exclude),
        ]
        self.fields["competency"].error_messages["required"] = _("Choose a competency to add.")


class PitchForm(forms.ModelForm):
    class Meta:
        model = Pitch
        fields = ["application", "target_seconds", "text"]
        widgets = {"target_seconds": forms.RadioSelect}
        help_texts = {
            "application": _("Leave empty for a general pitch."),
            "text": _(
                "Say who you are, what you are good at and why this job. Speak it out "
                "loud: written text is often too long."
            ),
        }
        error_messages = {
            "text": {
                "max_length": _(
                    "Keep your pitch under %(limit_value)d characters: a "
                    "pitch of 90 seconds is about 220 words."
                )
            },
        }

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = cast(forms.ModelChoiceField, self.fields["application"])
        field.queryset = applications_for(user)
        field.empty_label = _("General pitch (no application)")
        attrs = {
            "rows": 8,
            **_live("preparation:pitch_analyze", "#pitch-reading"),
            "data-hx-include": "[name=target_seconds]",
        }
        self.fields["text"].widget = forms.Textarea(attrs=attrs)
        cast(forms.CharField, self.fields["text"]).max_length = None
        self.fields["text"].validators = []

    def clean_text(self) -> str:
        text: str = self.cleaned_data["text"]
        if len(text) > PITCH_LIMIT:
            raise forms.ValidationError(
                _(
                    "Keep your pitch under %(limit)d characters: a pitch of 90 seconds is about "
                    "220 words."
                ),
                params={"limit": PITCH_LIMIT},
            )
        return text


class RehearsalForm(forms.Form):
    seconds = forms.IntegerField(
        label=_("How many seconds did it take?"),
        min_value=1,
        max_value=REHEARSAL_MAX_SECONDS,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": _("Fill in how many seconds your rehearsal took, such as 65."),
            "invalid": _("Fill in a whole number of seconds, such as 65."),
            "min_value": _("Fill in at least 1 second."),
            "max_value": _("That is more than an hour. Fill in the seconds, such as 65."),
        },
    )


class TickForm(forms.Form):
    step = forms.ChoiceField(choices=[(key, key) for key in STEP_KEYS])
    done = forms.BooleanField(required=False)


class TopicsForm(forms.ModelForm):
    class Meta:
        model = RoundPlan
        fields = ["topics_answer"]
        widgets = {"topics_answer": forms.Textarea(attrs={"rows": 6})}


class PurposeForm(forms.ModelForm):
    """One thing to find out to know whether the job fits (G5); kept on the application."""

    class Meta:
        model = FitQuestion
        fields = ["text"]
        labels = {"text": _("What do you want to find out?")}
        help_texts = {"text": _("About the work, the team or the company. One question at a time.")}


class MoneyField(forms.DecimalField):
    """Euros as people type them: "3500", "3500,50", "3.500,50", "€ 3.500" or "3500.50"."""

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal | float | int) and not isinstance(value, bool):
            return plain_number(value)  # "4300", not "4300.00", in a Dutch form
        return value

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]  # the stub inherits int
        if isinstance(value, str) and value.strip() and len(value) <= 40:
            try:
                value = parse_number(value, money=True)
            except InvalidOperation:
                pass  # the DecimalField says what is wrong
        return super().to_python(value)


def _money_field(label: Any) -> forms.DecimalField:
    return MoneyField(
        label=label,
        required=False,
        min_value=Decimal(0),
        max_value=MONEY_LIMIT,
        decimal_places=2,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        error_messages={
            "invalid": _("Fill in an amount in euros, such as 3500 or 3500,50."),
            "min_value": _("An amount cannot be negative. Fill in 0 or more."),
            "max_value": _(
                "That is more than a million a month. Fill in a monthly amount, such as 3500."
            ),
            "max_decimal_places": _("Use at most two decimals, such as 3500,50."),
        },
    )


class TermsForm(forms.ModelForm):
    target_monthly = _money_field(_("Target gross salary per month (€)"))
    minimum_monthly = _money_field(_("Minimum gross salary per month (€)"))

    class Meta:
        model = Terms
        fields = ["target_monthly", "minimum_monthly", "wishes"]
        widgets = {"wishes": forms.Textarea(attrs={"rows": 3})}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        target, minimum = data.get("target_monthly"), data.get("minimum_monthly")
        if target is not None and minimum is not None and minimum > target:
            self.add_error(
                "minimum_monthly",
                _(
                    "Your minimum is higher than your target. Lower the minimum or raise the "
                    "target."
                ),
            )
        return data
