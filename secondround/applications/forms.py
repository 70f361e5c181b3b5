from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from secondround.forms_common import (
    DateTimeLocalField,
    ModelIdsField,
    blank_means_default,
    https_urls,
)

from .models import (
    NOTES_TEXTS,
    Application,
    Debrief,
    FitQuestion,
    Interviewer,
    Round,
    RoundStatus,
)


class ApplicationForm(forms.ModelForm):
    class Meta:
        model = Application
        formfield_callback = https_urls
        fields = [
            "company",
            "role",
            "stage",
            "sector",
            "form_of_address",
            "vacancy_url",
            "vacancy_text",
            "research",
            "goal",
        ]
        widgets = {
            "vacancy_text": forms.Textarea(attrs={"rows": 8}),
            "research": forms.Textarea(attrs={"rows": 4}),
            "goal": forms.Textarea(attrs={"rows": 3}),
        }


class GoalForm(forms.ModelForm):
    class Meta:
        model = Application
        fields = ["goal"]
        widgets = {"goal": forms.Textarea(attrs={"rows": 3})}


class InterviewerForm(forms.ModelForm):
    class Meta:
        model = Interviewer
        formfield_callback = https_urls
        fields = [
            "name",
            "role_title",
            "kind",
            "form_of_address",
            "profile_url",
            "notes",
            "looked_up",
            "found",
            "cares_about",
            "question_for",
        ]
        widgets = {
            "notes": forms.Textarea(attrs={"rows": 3}),
            "found": forms.Textarea(attrs={"rows": 3}),
            "cares_about": forms.Textarea(attrs={"rows": 2}),
            "question_for": forms.Textarea(attrs={"rows": 2}),
        }


class RoundForm(forms.ModelForm):
    starts_at = DateTimeLocalField(label=_("Date and time"), required=False)

    class Meta:
        model = Round
        formfield_callback = https_urls
        fields = [
            "number",
            "starts_at",
            "duration_minutes",
            "format",
            "location",
            "video_link",
            "status",
            "interviewers",
            "own_goal",
        ]
        widgets = {
            "interviewers": forms.CheckboxSelectMultiple,
            "own_goal": forms.Textarea(attrs={"rows": 3}),
        }
        field_classes = {"interviewers": ModelIdsField}

    def __init__(self, *args: Any, application: Application, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.instance.application = application
        cast(
            forms.ModelMultipleChoiceField, self.fields["interviewers"]
        ).queryset = application.interviewers.all()
        self.fields["interviewers"].help_text = _(
            "Tick who sits at the table. Add new people on the application page first."
        )
        self.fields["duration_minutes"].required = False

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        blank_means_default(self, data, ["duration_minutes"])
        number = data.get("number")
        siblings = Round.objects.filter(application=self.instance.application)
        if number and siblings.filter(number=number).exclude(pk=self.instance.pk).exists():
            self.add_error("number", _("This application already has a round with this number."))
        starts_at = data.get("starts_at")
        if data.get("status") == RoundStatus.DONE and starts_at and starts_at > timezone.now():
            when = formats.date_format(timezone.localtime(starts_at), "j F Y, H:i")
            self.add_error(
                "status",
                _(
                    "This round only starts on %(when)s, so it cannot be done yet. "
                    "Correct the date if the interview already took place."
                )
                % {"when": when},
            )
        return data


class DebriefForm(forms.ModelForm):
    class Meta:
        model = Debrief
        fields = list(NOTES_TEXTS)
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in NOTES_TEXTS}


class FitAnswerForm(forms.ModelForm):
    class Meta:
        model = FitQuestion
        fields = ["text", "answer", "answered_in"]
        widgets = {"answer": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        answered_in = cast(forms.ModelChoiceField, self.fields["answered_in"])
        answered_in.queryset = self.instance.application.rounds.all()
