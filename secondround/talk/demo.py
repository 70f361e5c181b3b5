"""Example speaking data for the demo account: one recorded answer with its transcript."""

from __future__ import annotations

import io
import math
import struct
import wave
from typing import Any

from secondround.practice.models import MockAnswer

from . import services

RATE = 8000


def _tone(seconds: float) -> tuple[bytes, list[float]]:
    """A short WAV (a soft hum, a pause, a hum) and its loudness per 50 ms: a stand-in for speech."""
    frames, levels = [], []
    for index in range(int(seconds * RATE)):
        t = index / RATE
        loud = 0.0 if 1.0 <= t < 1.6 else 0.2
        frames.append(int(32767 * loud * math.sin(2 * math.pi * 180 * t)))
    for start in range(0, len(frames), RATE // 20):
        chunk = frames[start : start + RATE // 20]
        levels.append(round(math.sqrt(sum((f / 32767) ** 2 for f in chunk) / len(chunk)), 4))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(frames)}h", *frames))
    return buffer.getvalue(), levels


def fill(*, user: Any, application: Any, rounds: list[Any], lang: str) -> None:
    answer = (
        MockAnswer.objects.for_user(user).filter(answered_at__isnull=False).order_by("pk").first()
    )
    if answer is None:
        return
    audio, levels = _tone(3.0)
    recording = services.recording_save(
        user=user, audio=audio, content_type="audio/wav", levels=levels, answer=answer,
        question_text=answer.question_text,
    )  # fmt: skip
    recording.transcript = answer.answer_text
    recording.save(update_fields=["transcript"])
