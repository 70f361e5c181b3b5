from __future__ import annotations

import json
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import EngineSettings

KEY_FIELDS = ("transcription_key", "chat_key")
MAX_LEVELS = 20 * 60 * 20  # twenty minutes of 50 ms frames


def masked(key: str) -> str:
    """A stored key as shown on screen: never in full."""
    return f"…{key[-4:]}" if len(key) > 8 else ("••••" if key else "")


class EngineSettingsForm(forms.ModelForm):
    """Transcription and AI-interviewer settings. Keys are write-only: an empty key field keeps the
    stored key, and the page only ever shows its last four characters."""

    transcription_key = forms.CharField(
        label=_("Transcription key"),
        required=False,
        max_length=500,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
    )
    chat_key = forms.CharField(
        label=_("Chat key"),
        required=False,
        max_length=500,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
    )
    forget_keys = forms.BooleanField(label=_("Forget both stored keys"), required=False)

    class Meta:
        model = EngineSettings
        fields = [
            "transcription_on", "transcription_url", "transcription_model",
            "interviewer_on", "chat_url", "chat_model", "send_notes",
        ]  # fmt: skip
        help_texts = {
            "transcription_url": _(
                "An OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1 for whisper.cpp on "
                "this computer."
            ),
            "transcription_model": _("For example whisper-1, or the model your server loads."),
            "chat_url": _("For example http://127.0.0.1:11434/v1 for Ollama on this computer."),
            "chat_model": _("For example llama3.1 or the model name your provider gives."),
            "send_notes": _("Only then are your notes from the last round sent along."),
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("transcription_on") and not data.get("transcription_url"):
            self.add_error(
                "transcription_url", _("Fill in the server address, or turn transcription off.")
            )
        if data.get("interviewer_on"):
            if not data.get("chat_url"):
                self.add_error(
                    "chat_url", _("Fill in the server address, or turn the AI interviewer off.")
                )
            if not data.get("chat_model"):
                self.add_error("chat_model", _("Fill in the model name the server should use."))
        return data

    def keys(self) -> dict[str, str | None]:
        """The keys to store: new ones typed, "" to keep a stored one, None to forget them."""
        if self.cleaned_data.get("forget_keys"):
            return dict.fromkeys(KEY_FIELDS, None)
        return {name: (self.cleaned_data.get(name) or "").strip() for name in KEY_FIELDS}


class ConsentForm(forms.Form):
    agree = forms.TypedChoiceField(
        label=_("Do you agree?"),
        choices=[("yes", _("Yes, send this")), ("no", _("No, keep the AI interviewer off"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )


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
