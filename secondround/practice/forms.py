from __future__ import annotations

import json
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from secondround.applications.selectors import Interviewer, InterviewerKind

from .models import ANSWER_LIMIT, MAX_SECONDS, QUESTION_LIMIT, Direction, OwnQuestion, RoundQuestion
from .selectors import category_label

SESSION_SIZES = [
    (3, _("3 questions (about 10 minutes)")),
    (5, _("5 questions (about 15 minutes)")),
    (8, _("8 questions (about 25 minutes)")),
]


def _category_choices(categories: list[str]) -> list[tuple[str, str]]:
    return [(c, category_label(c)) for c in categories]


ASK_TEXT = _("Type the question itself, for example “How is feedback given here?”.")
PICK_TEXT = _("Type a question, or pick one of the suggestions.")


def _clean_required_text(value: str, message: str) -> str:
    value = (value or "").strip()
    if not value:
        raise forms.ValidationError(message)
    return value


class OwnQuestionForm(forms.ModelForm):
    kinds = forms.MultipleChoiceField(
        label=_("Who asks it, or who do you ask"),
        required=False,
        choices=InterviewerKind.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Leave all empty when it fits everyone at the table."),
    )
    category = forms.ChoiceField(label=_("Category"), required=False)

    class Meta:
        model = OwnQuestion
        fields = ["direction", "text", "kinds", "category", "round", "tests", "tip"]
        widgets = {
            "direction": forms.RadioSelect,
            "text": forms.Textarea(attrs={"rows": 2, "maxlength": QUESTION_LIMIT}),
            "tests": forms.Textarea(attrs={"rows": 2, "maxlength": QUESTION_LIMIT}),
            "tip": forms.Textarea(attrs={"rows": 2, "maxlength": QUESTION_LIMIT}),
        }
        error_messages = {"text": {"required": ASK_TEXT}}
        help_texts = {
            "tests": _("Only for questions they may ask: what could they really want to know?"),
            "tip": _("A short reminder for yourself on how to answer."),
        }

    def __init__(self, *args: Any, categories: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["category"]).choices = [
            ("", _("No category")),
            *_category_choices(categories),
        ]

    def clean_text(self) -> str:
        return _clean_required_text(
            self.cleaned_data.get("text", ""),
            str(_("Type the question itself, for example “How is feedback given here?”.")),
        )


class RoundQuestionForm(forms.ModelForm):
    class Meta:
        model = RoundQuestion
        fields = ["text", "interviewer"]
        labels = {"text": _("Your question")}
        widgets = {"text": forms.Textarea(attrs={"rows": 2, "maxlength": QUESTION_LIMIT})}
        error_messages = {"text": {"required": PICK_TEXT}}

    def __init__(self, *args: Any, round: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        table = (
            round if round is not None else self.instance.round if self.instance.round_id else None
        )
        people = table.interviewers.all() if table is not None else Interviewer.objects.none()
        interviewer = cast(forms.ModelChoiceField, self.fields["interviewer"])
        interviewer.queryset = people  # only people at this round's table
        interviewer.empty_label = _("Everyone at the table")

    def clean_text(self) -> str:
        return _clean_required_text(self.cleaned_data.get("text", ""), str(PICK_TEXT))


class MockStartForm(forms.Form):
    size = forms.TypedChoiceField(
        label=_("How long do you want to practise?"), choices=SESSION_SIZES, coerce=int, initial=5
    )


class AnswerForm(forms.Form):
    answer_text = forms.CharField(
        label=_("Your answer"),
        required=False,
        max_length=ANSWER_LIMIT,
        widget=forms.Textarea(attrs={"rows": 10, "maxlength": ANSWER_LIMIT}),
        help_text=_(
            "Type what you would say, as you would say it. What you type is saved as a draft."
        ),
    )
    seconds_taken = forms.IntegerField(
        label=_("Seconds you took (optional)"),
        required=False,
        min_value=0,
        max_value=MAX_SECONDS,
        help_text=_(
            "The timer fills this in. Without the timer, type the seconds or leave it empty."
        ),
        error_messages={
            "min_value": _("Type a number of seconds of 0 or more."),
            "max_value": _("Type at most 3600 seconds (one hour), or leave it empty."),
            "invalid": _("Type a whole number of seconds, for example 90."),
        },
    )

    def __init__(self, *args: Any, require_answer: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.require_answer = require_answer

    def clean_answer_text(self) -> str:
        value = (self.cleaned_data.get("answer_text") or "").strip()
        if self.require_answer and not value:
            raise forms.ValidationError(
                _("Type your answer first. A few sentences are enough to get feedback.")
            )
        return value


class DrillForm(forms.Form):
    answer = forms.CharField(
        label=_("How would you respond?"),
        max_length=ANSWER_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": ANSWER_LIMIT}),
        error_messages={"required": _("Type how you would respond, in your own words.")},
    )

    def clean_answer(self) -> str:
        return _clean_required_text(
            self.cleaned_data.get("answer", ""),
            str(_("Type how you would respond, in your own words.")),
        )


class BankFilterForm(forms.Form):
    direction = forms.ChoiceField(label=_("Questions"), required=False)
    kind = forms.ChoiceField(label=_("Interviewer"), required=False)
    category = forms.ChoiceField(label=_("Category"), required=False)
    round = forms.ChoiceField(label=_("Round"), required=False)

    def __init__(self, *args: Any, categories: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        cast(forms.ChoiceField, self.fields["direction"]).choices = everything + list(
            Direction.choices
        )
        cast(forms.ChoiceField, self.fields["kind"]).choices = everything + list(
            InterviewerKind.choices
        )
        cast(forms.ChoiceField, self.fields["category"]).choices = [
            *everything,
            *_category_choices(categories),
        ]
        cast(forms.ChoiceField, self.fields["round"]).choices = everything + [
            ("first", _("Round one")),
            ("second", _("Round two")),
        ]

    def values(self) -> dict[str, str]:
        if not self.is_valid():
            return {}
        return {key: value for key, value in self.cleaned_data.items() if value}


class FollowUpForm(forms.Form):
    """The candidate's answer to one follow-up question; `skip` passes it by."""

    answer_text = forms.CharField(
        label=_("Your answer to the follow-up question"),
        required=False,
        max_length=ANSWER_LIMIT,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": ANSWER_LIMIT}),
    )
    skip = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["answer_text"] = (data.get("answer_text") or "").strip()
        if not data["answer_text"] and not data.get("skip"):
            self.add_error(
                "answer_text",
                _("Type your answer to the follow-up question, or choose to skip it."),
            )
        return data


MAX_LEVELS = 20 * 60 * 20  # twenty minutes of 50 ms frames


class RecordingForm(forms.Form):
    """An uploaded recording with its loudness envelope, and what it answers."""

    audio = forms.FileField(label=_("Recording"))
    levels = forms.CharField(required=False, widget=forms.HiddenInput)
    answer = forms.IntegerField(required=False, min_value=1)
    follow_up = forms.IntegerField(required=False, min_value=0, max_value=10)
    drill = forms.SlugField(required=False, max_length=60)

    def clean_levels(self) -> list[float]:
        raw = self.cleaned_data.get("levels") or "[]"
        try:
            levels = json.loads(raw)
        except json.JSONDecodeError:
            raise forms.ValidationError(_("The recording came without its sound levels.")) from None
        valid = isinstance(levels, list) and len(levels) <= MAX_LEVELS
        if not valid or not all(isinstance(v, (int, float)) and 0 <= v <= 1 for v in levels):
            raise forms.ValidationError(_("The recording came without its sound levels."))
        return [float(v) for v in levels]


class FindOutForm(forms.Form):
    """One point the candidate wanted to find out after the previous round: tick it off, open it
    again, or add it to the questions to ask. Only points of those notes can be chosen."""

    point = forms.ChoiceField()
    action = forms.ChoiceField(choices=[("done", "done"), ("open", "open"), ("ask", "ask")])

    def __init__(self, *args: Any, points: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["point"]).choices = [(p, p) for p in points]
