"""Writes and outside calls of speaking practice: recordings and their audio files, transcription,
the engine settings, and the AI interviewer's follow-ups (with the rule follow-ups as fallback).

Nothing here calls out unless the user turned the feature on (and, for the AI interviewer, agreed
to the host it sends to)."""

from __future__ import annotations

import base64
import json
import logging
import re
import shutil
import uuid
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from secondround.coach.speech import measure

from . import client
from .models import EngineSettings, Recording

log = logging.getLogger(__name__)
AUDIO_TYPES = {
    "audio/webm": "webm",
    "audio/ogg": "ogg",
    "audio/mp4": "m4a",
    "audio/mpeg": "mp3",
    "audio/wav": "wav",
    "audio/x-wav": "wav",
}
FRAME_SECONDS = 0.05  # the browser sends one loudness level per 50 ms


def engine_settings(user: Any) -> EngineSettings:
    """The user's engine settings (everything off until they change it)."""
    found, _created = EngineSettings.objects.get_or_create(user=user)
    return found


def _user_folder(user_id: int) -> Path:
    folder = Path(settings.AUDIO_DIR) / str(user_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def audio_type(content_type: str) -> str | None:
    """The plain kind of audio ("audio/webm;codecs=opus" → "audio/webm"), or None if not audio
    we keep."""
    plain = content_type.split(";")[0].strip().lower()
    return plain if plain in AUDIO_TYPES else None


@transaction.atomic
def recording_save(
    *, user: Any, audio: bytes, content_type: str, levels: list[float], answer: Any = None,
    follow_up: int | None = None, drill_id: str = "", question_text: str = "",
) -> Recording:  # fmt: skip
    """Keep the audio in the user's data folder and what it shows (speaking time, pauses)."""
    kind = audio_type(content_type) or "audio/webm"
    name = f"{uuid.uuid4().hex}.{AUDIO_TYPES[kind]}"
    speech = measure(levels, FRAME_SECONDS)
    recording = Recording(
        user=user, answer=answer, follow_up=follow_up, drill_id=drill_id,
        question_text=question_text[:20_000], file_name=name, content_type=kind, size=len(audio),
        duration_seconds=speech.duration_seconds, speaking_seconds=speech.speaking_seconds,
        pauses=list(speech.pauses),
    )  # fmt: skip
    recording.full_clean()
    recording.save()
    path = _user_folder(user.pk) / name
    path.write_bytes(audio)
    return recording


def transcribe(*, recording: Recording, lang: str) -> tuple[str, str]:
    """Transcribe a recording when the user turned transcription on: (transcript, message). The
    message says in one line why there is no transcript; nothing is sent when it is off."""
    engines = engine_settings(recording.user)
    if not engines.transcription_ready:
        return "", ""
    path = recording.path
    if path is None:
        return "", _("The audio of this recording is not on this computer.")
    try:
        text = client.transcribe(
            url=engines.transcription_url, model=engines.transcription_model,
            key=engines.transcription_key, audio=path.read_bytes(), filename=path.name,
            content_type=recording.content_type, language=lang,
            timeout=settings.TRANSCRIPTION_TIMEOUT,
        )  # fmt: skip
    except client.EngineError as failed:
        log.warning("transcription failed: %s", failed)
        return "", engine_message(failed.reason, "transcription")
    recording.transcript = text[:20_000]
    recording.transcribed_by = client.host_of(engines.transcription_url)
    recording.save(update_fields=["transcript", "transcribed_by"])
    return recording.transcript, ""


def engine_message(reason: str, engine: str) -> str:
    """One line for the screen on why an engine ("transcription" or "chat") did not help."""
    if engine == "transcription":
        texts = {
            "auth": _("The transcription server refused the key. Check it in Settings."),
            "rate_limit": _("The transcription server is busy. Try again in a moment."),
            "server": _("The transcription server had an error."),
            "timeout": _("The transcription server did not answer in time."),
            "unreachable": _("The transcription server could not be reached. Is it running?"),
            "garbage": _("The transcription server gave an answer this app cannot read."),
            "empty": _("The transcription server heard no words in this recording."),
        }
    else:
        texts = {
            "auth": _("The AI interviewer's server refused the key."),
            "rate_limit": _("The AI interviewer's server is busy."),
            "server": _("The AI interviewer's server had an error."),
            "timeout": _("The AI interviewer did not answer in time."),
            "unreachable": _("The AI interviewer's server could not be reached."),
            "garbage": _("The AI interviewer gave an answer this app cannot use."),
            "empty": _("The AI interviewer gave an empty answer."),
        }
    return texts.get(reason, texts["server"])


@transaction.atomic
def recording_delete(*, recording: Recording) -> None:
    path = recording.path
    recording.delete()
    if path is not None:
        path.unlink(missing_ok=True)


@transaction.atomic
def recordings_delete_all(*, user: Any) -> int:
    """Delete every recording of this user and their audio folder; returns how many there were."""
    count, _details = Recording.objects.for_user(user).delete()
    shutil.rmtree(Path(settings.AUDIO_DIR) / str(user.pk), ignore_errors=True)
    return count


@transaction.atomic
def engine_settings_save(*, engines: EngineSettings, keys: dict[str, str | None]) -> EngineSettings:
    """Save the settings. A key given replaces the stored one, an empty key keeps it (keys are
    never shown back), None forgets it."""
    for field, value in keys.items():
        if value is None or value:
            setattr(engines, field, value or "")
    engines.full_clean()
    engines.save()
    return engines


@transaction.atomic
def interviewer_consent(*, engines: EngineSettings, agree: bool) -> EngineSettings:
    """Agree to send to the chat host named now (agreement lapses when the host changes)."""
    engines.consent_host = engines.chat_host if agree else ""
    engines.consented_at = timezone.now() if agree else None
    engines.full_clean()
    engines.save(update_fields=["consent_host", "consented_at"])
    return engines


def audio_for_export(user: Any) -> dict[str, dict[str, str]]:
    """The audio of every recording, base64, by the recording's place in the export (1, 2, …)."""
    found = {}
    for index, recording in enumerate(Recording.objects.for_user(user).order_by("pk"), start=1):
        path = recording.path
        if path is not None:
            data = base64.b64encode(path.read_bytes()).decode("ascii")
            found[str(index)] = {"content_type": recording.content_type, "data": data}
    return found


class AudioRefused(ValueError):
    """The audio part of an export file cannot be restored; the message says why."""


def _audio_bytes(
    number: str, item: Any, recordings: dict[int, Recording]
) -> tuple[Recording, bytes]:
    damaged = AudioRefused(
        _("The audio of recording %(number)s in the export file is damaged.") % {"number": number}
    )
    if not number.isdigit() or int(number) not in recordings or not isinstance(item, dict):
        raise damaged
    if set(item) != {"content_type", "data"} or not isinstance(item["data"], str):
        raise damaged
    recording = recordings[int(number)]
    if audio_type(str(item["content_type"])) != recording.content_type:
        raise damaged
    try:
        return recording, base64.b64decode(item["data"], validate=True)
    except ValueError as error:  # binascii.Error is a ValueError
        raise damaged from error


def audio_import(*, audio: Any, recordings: dict[int, Recording]) -> int:
    """Put the audio of an export file (see `audio_for_export`) back beside the imported recordings
    (`recordings`: the export's local id → the new row). Everything is checked before the first file
    is written, and a failed write removes what was written; returns how many files came back."""
    if not isinstance(audio, dict):
        raise AudioRefused(_("The audio part of the export file is damaged."))
    checked = [_audio_bytes(number, item, recordings) for number, item in audio.items()]
    written: list[Path] = []
    try:
        for recording, data in checked:
            name = f"{uuid.uuid4().hex}.{AUDIO_TYPES[recording.content_type]}"
            path = _user_folder(recording.user_id) / name
            path.write_bytes(data)
            written.append(path)
            recording.file_name, recording.size = name, len(data)
            recording.save(update_fields=["file_name", "size"])
    except OSError as error:
        for path in written:
            path.unlink(missing_ok=True)
        raise AudioRefused(_("The audio could not be saved on this computer.")) from error
    return len(written)


# The AI interviewer


def _prompt(*, member: dict[str, Any], lang: str, notes: str) -> str:
    language = "Dutch" if lang == "nl" else "English"
    form = "je" if member.get("address") != "u" else "u"
    lines = [
        "You play one interviewer in a practice job interview (a second round).",
        f"You are: {member.get('role') or 'an interviewer'} (kind: {member.get('kind') or 'other'}).",
        "You met the candidate in round one and now go deeper."
        if member.get("known")
        else "You did not meet the candidate before.",
        f"Write in {language}." + (f' Address the candidate as "{form}".' if lang == "nl" else ""),
        "You get the question, the candidate's answer and, for each follow-up to ask, what it must",
        "ask about. Rewrite each follow-up as one short, natural question in your own voice.",
        'Reply with JSON only: {"follow_ups": ["question 1", "question 2"]}, same order and count.',
    ]
    if notes:
        lines.append(f"Your notes from round one: {notes}")
    return "\n".join(lines)


def ai_payload(
    *, question: str, answer: str, member: dict[str, Any], follow_ups: list[dict[str, Any]],
    lang: str, notes: str = "",
) -> list[dict[str, str]]:  # fmt: skip
    """Exactly what is sent: the question, the answer, the interviewer's role and kind, what to
    ask about (the rule follow-ups), and the round-one notes only when the user ticked that."""
    wanted = [{"ask_about": f["targets"], "plain_version": f["text"]} for f in follow_ups]
    content = json.dumps(
        {"question": question, "answer": answer, "follow_ups": wanted}, ensure_ascii=False
    )
    return [
        {"role": "system", "content": _prompt(member=member, lang=lang, notes=notes)},
        {"role": "user", "content": content},
    ]


_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


def parse_ai_follow_ups(reply: str, count: int) -> list[str]:
    """The rewritten follow-ups from the model's reply; EngineError("garbage") unless it gives
    exactly `count` short questions."""
    found = _JSON_OBJECT.search(reply)
    try:
        items = json.loads(found.group(0))["follow_ups"] if found else None
    except (json.JSONDecodeError, KeyError, TypeError):
        items = None
    ok = isinstance(items, list) and len(items) == count
    texts = [str(item).strip() for item in items] if ok else []  # type: ignore[union-attr]  # a list when ok
    if not ok or not all(0 < len(text) <= 400 for text in texts):
        raise client.EngineError("garbage", "not the follow-ups asked for")
    return texts


def ai_follow_ups(
    *, user: Any, question: str, answer: str, member: dict[str, Any],
    follow_ups: list[dict[str, Any]], lang: str, notes: str = "",
) -> tuple[list[dict[str, Any]], str]:  # fmt: skip
    """The follow-ups in the interviewer's voice when the AI interviewer is on: (follow-ups, note).
    On any failure the rule follow-ups come back unchanged with a one-line note saying so; when
    the feature is off, nothing is sent and there is no note."""
    engines = engine_settings(user)
    if not follow_ups or not engines.interviewer_ready:
        return follow_ups, ""
    messages = ai_payload(
        question=question, answer=answer, member=member, follow_ups=follow_ups, lang=lang,
        notes=notes if engines.send_notes else "",
    )  # fmt: skip
    try:
        reply = client.chat(
            url=engines.chat_url, model=engines.chat_model, key=engines.chat_key,
            messages=messages, timeout=settings.CHAT_TIMEOUT,
        )  # fmt: skip
        texts = parse_ai_follow_ups(reply, len(follow_ups))
    except client.EngineError as failed:
        log.warning("AI interviewer failed: %s", failed)
        why = engine_message(failed.reason, "chat")
        return follow_ups, _("%(why)s These are the coach's own follow-up questions.") % {
            "why": why
        }
    voiced = [
        {**f, "text": text, "source": "ai"} for f, text in zip(follow_ups, texts, strict=True)
    ]
    return voiced, ""
