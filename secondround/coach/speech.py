"""Speaking time, pauses and pace measured from a recorded answer (METHOD R4, D1, D2).

The browser decodes the recording and sends its loudness envelope: one RMS level per short frame.
From that envelope this module finds where the candidate speaks and where they pause, the same way
for every recording, so the figures can be explained and tested.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

from .lang import Lang

PAUSE_MIN_SECONDS = 0.5  # a silence shorter than this is breathing between words, not a pause
SHOWN_PAUSES = 3
_FLOOR_SHARE = 0.2  # the noise floor: the level that 20 % of the frames stay under
_PEAK_SHARE = 0.95  # the speaking level: the level that 95 % of the frames stay under
_ABOVE_FLOOR = 0.2  # a frame is speech when it rises this share of the way from floor to peak
_SILENT = 0.003  # below this RMS level (about -50 dBFS) a frame is silent whatever the rest does


@dataclass(frozen=True)
class Speech:
    """What the recording shows. `speaking_seconds` runs from the first to the last spoken frame;
    `pauses` are the longest silences inside it, longest first."""

    duration_seconds: float
    speaking_seconds: float
    pauses: tuple[float, ...]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["pauses"] = list(self.pauses)
        return data


def _quantile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def voiced_frames(levels: Sequence[float]) -> list[bool]:
    """Which frames hold speech: louder than the room, measured against this recording's own
    quiet and loud levels (so a soft voice on a quiet microphone still counts)."""
    values = [max(0.0, float(level)) for level in levels]
    if not values:
        return []
    floor, peak = _quantile(values, _FLOOR_SHARE), _quantile(values, _PEAK_SHARE)
    threshold = max(_SILENT, floor + _ABOVE_FLOOR * (peak - floor))
    return [value >= threshold for value in values]


def measure(levels: Sequence[float], frame_seconds: float) -> Speech:
    """Speaking time and pauses from an RMS envelope of frames `frame_seconds` long."""
    voiced = voiced_frames(levels)
    duration = round(len(voiced) * frame_seconds, 1)
    spoken = [index for index, is_voiced in enumerate(voiced) if is_voiced]
    if not spoken:
        return Speech(duration, 0.0, ())
    first, last = spoken[0], spoken[-1]
    pauses: list[float] = []
    run = 0
    for is_voiced in voiced[first : last + 1]:
        if is_voiced:
            if run * frame_seconds >= PAUSE_MIN_SECONDS:
                pauses.append(round(run * frame_seconds, 1))
            run = 0
        else:
            run += 1
    speaking = round((last - first + 1) * frame_seconds, 1)
    return Speech(duration, speaking, tuple(sorted(pauses, reverse=True)[:SHOWN_PAUSES]))


def words_per_minute(words: int, speaking_seconds: float) -> int | None:
    """The pace of a transcript over the time spoken; None when there is too little to tell."""
    if words < 5 or speaking_seconds < 3:
        return None
    return round(words * 60 / speaking_seconds)


Source = Literal["recording", "timer", "estimate"]


@dataclass(frozen=True)
class Length:
    """How long an answer took, and how that is known: "recording" (the speaking time measured
    from its recording), "timer" (the seconds on the timer) or "estimate" (its words at a calm
    pace). The length on screen and the judgement of it always come from the same one."""

    seconds: float
    source: Source

    def against(self, low: int, high: int) -> str:
        """ "short", "long" or "fits" for a target range in seconds."""
        if self.seconds < low:
            return "short"
        if self.seconds > high:
            return "long"
        return "fits"

    def shown(self, lang: Lang) -> str:
        """The seconds as written on screen: a recording to a tenth ("41,3" in Dutch, as the
        recorder says it), a timer or an estimate in whole seconds."""
        if self.source != "recording":
            return str(round(self.seconds))
        text = f"{self.seconds:.1f}"
        return text.replace(".", ",") if lang == "nl" else text


def answer_length(
    *, estimate: int, timer: int | None = None, spoken: float | None = None
) -> Length:
    """The best-known length of an answer. A recording counts only the speaking (not the silence
    before and after), so it goes before the timer; the estimate from the words is the last resort.
    A zero is no measurement: a recording without voice, a timer never started."""
    if spoken:
        return Length(round(spoken, 1), "recording")
    if timer:
        return Length(float(timer), "timer")
    return Length(float(estimate), "estimate")
