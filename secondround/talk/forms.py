from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from secondround.forms_common import https_urls

from .models import EngineSettings

KEY_FIELDS = ("transcription_key", "chat_key")


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
        formfield_callback = https_urls
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
