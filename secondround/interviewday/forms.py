"""Forms of the interview-day app. Messages say what is wrong and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from secondround.applications.selectors import Debrief
from secondround.coach.aftercare import Prompt
from secondround.forms_common import DateField

from .models import Assignment, AssignmentType, Decision, Outcome, SheetOptions
from .selectors import BankQuestion

CATEGORY_LABELS = {
    "intro": _("Introduction"),
    "motivation": _("Motivation"),
    "role_depth": _("The role in depth"),
    "team_fit": _("Fit with the team and the company"),
    "competency": _("Skills, with STARR examples"),
    "salary_terms": _("Salary and terms"),
    "difficult": _("Difficult questions"),
    "closing": _("Closing"),
    "signal": _("Questions with a question behind them"),
}


@dataclass(frozen=True)
class BankGroup:
    key: str
    label: str
    questions: list[BankQuestion]
    ticked: int


PROMPT_FIELDS = {
    "how_it_went": "how_it_went",
    "went_well": "went_well",
    "to_improve": "to_improve",
    "surprising_questions": "surprised_by",
    "their_doubts": "doubts",
}


class SheetOptionsForm(forms.ModelForm):
    class Meta:
        model = SheetOptions
        fields = ["show_salary"]


class AssignmentForm(forms.ModelForm):
    due_on = DateField(
        label=_("Date"),
        required=False,
        help_text=_(
            "When it takes place or must be handed in. Leave empty if it is on the day itself."
        ),
    )

    class Meta:
        model = Assignment
        fields = ["type", "subtype", "description", "due_on"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("subtype") and data.get("type") != AssignmentType.ASSESSMENT:
            self.add_error(
                "subtype",
                _(
                    "Choose a kind of assessment only for an assessment, or leave it on “Not applicable”."
                ),
            )
        return data


class ReflectionForm(forms.ModelForm):
    asked_question_ids = forms.MultipleChoiceField(
        label=_("Which of these questions did they ask?"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Practice then focuses on the questions that come back."),
    )

    class Meta:
        model = Debrief
        fields = [
            "how_it_went",
            "went_well",
            "to_improve",
            "surprised_by",
            "doubts",
            "asked_question_ids",
            "asked_other",
        ]
        widgets = {
            "how_it_went": forms.Textarea(attrs={"rows": 3}),
            "went_well": forms.Textarea(attrs={"rows": 3}),
            "to_improve": forms.Textarea(attrs={"rows": 3}),
            "surprised_by": forms.Textarea(attrs={"rows": 2}),
            "doubts": forms.Textarea(attrs={"rows": 2}),
            "asked_other": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(
        self, *args: Any, bank: list[BankQuestion], prompts: list[Prompt], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        for prompt in prompts:  # the coach's wording (A1) for the questions to answer
            name = PROMPT_FIELDS.get(prompt.key)
            if name in self.fields:
                self.fields[name].label = prompt.label
                self.fields[name].help_text = prompt.help
        self.bank = bank
        if bank:
            cast(forms.ChoiceField, self.fields["asked_question_ids"]).choices = [
                (q.id, q.text) for q in bank
            ]
        else:
            del self.fields["asked_question_ids"]
            self.fields["asked_other"].label = _("Which questions did they ask?")

    def bank_groups(self) -> list[BankGroup]:
        """The bank by category, in the order of the bank, to fold open one group at a time."""
        selected = set(self["asked_question_ids"].value() or []) if self.bank else set()
        groups: dict[str, list[BankQuestion]] = {}
        for question in self.bank:
            groups.setdefault(question.category, []).append(question)
        return [
            BankGroup(
                key=key or "other",
                label=str(CATEGORY_LABELS.get(key, _("Other questions"))),
                questions=items,
                ticked=sum(1 for q in items if q.id in selected),
            )
            for key, items in groups.items()
        ]

    def selected(self) -> set[str]:
        return set(self["asked_question_ids"].value() or []) if self.bank else set()


class DecisionForm(forms.ModelForm):
    said_date = DateField(
        label=_("They said: news on"),
        required=False,
        help_text=_("Fill this in if they named a date."),
    )
    said_weeks = forms.IntegerField(
        label=_("They said: within this many weeks"),
        required=False,
        min_value=1,
        max_value=26,
        help_text=_(
            "Fill this in if they said “within … weeks”. Leave both empty if they said nothing."
        ),
        error_messages={
            "min_value": _("Fill in a number of weeks from 1 to 26, or leave it empty."),
            "max_value": _("Fill in a number of weeks from 1 to 26, or leave it empty."),
            "invalid": _("Fill in a whole number of weeks, for example 3."),
        },
    )

    class Meta:
        model = Decision
        fields = ["said_date", "said_weeks", "fast_employer"]

    def __init__(self, *args: Any, interview_day: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.interview_day = interview_day

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        said = data.get("said_date")
        if said and data.get("said_weeks"):
            self.add_error("said_weeks", _("Fill in a date or a number of weeks, not both."))
        if said and self.interview_day and said < self.interview_day:
            self.add_error("said_date", _("This date lies before the interview. Check the date."))
        return data


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("What is the news?"),
        choices=[c for c in Outcome.choices if c[0] != Outcome.WAITING],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what the news is.")},
    )
    lesson = forms.CharField(
        label=_("What I learn from it"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only for a rejection: what do you take with you to the next application?"),
    )


class TopicForm(forms.Form):
    topic = forms.CharField(
        label=_("A topic from the talk"),
        required=False,
        max_length=200,
        help_text=_("One thing you talked about; the e-mail refers to it."),
    )
