"""Speaking time, pauses and pace from a recording's loudness envelope."""

from __future__ import annotations

import pytest

from secondround.coach.speech import Length, answer_length, measure, voiced_frames, words_per_minute

FRAME = 0.05  # 50 ms


def _envelope(*pieces: tuple[str, float]) -> list[float]:
    """("speech", 2.0), ("silence", 1.0) … as RMS levels per 50 ms frame."""
    levels = []
    for kind, seconds in pieces:
        frames = round(seconds / FRAME)
        levels += [0.2 if kind == "speech" else 0.001] * frames
    return levels


@pytest.mark.parametrize(
    ("pieces", "speaking", "pauses"),
    [
        ([("silence", 1), ("speech", 3), ("silence", 1)], 3.0, ()),
        ([("speech", 2), ("silence", 1.5), ("speech", 2), ("silence", 0.6), ("speech", 1)], 7.1, (1.5, 0.6)),
        ([("speech", 2), ("silence", 0.3), ("speech", 2)], 4.3, ()),  # breathing, not a pause
        ([("speech", 1), ("silence", 2), ("speech", 1), ("silence", 3), ("speech", 1),
          ("silence", 1), ("speech", 1), ("silence", 4), ("speech", 1)], 15.0, (4.0, 3.0, 2.0)),
        ([("silence", 3)], 0.0, ()),
    ],
)  # fmt: skip
def test_speaking_time_runs_from_first_to_last_word_and_names_the_longest_pauses(
    pieces, speaking, pauses
) -> None:
    speech = measure(_envelope(*pieces), FRAME)
    assert speech.speaking_seconds == pytest.approx(speaking, abs=0.06)
    assert speech.pauses == pytest.approx(pauses, abs=0.06)
    assert speech.duration_seconds == pytest.approx(sum(s for _, s in pieces), abs=0.06)


def test_a_soft_voice_on_a_noisy_line_is_still_found() -> None:
    levels = [0.02] * 20 + [0.05] * 40 + [0.02] * 20
    voiced = voiced_frames(levels)
    assert voiced[20:60] == [True] * 40 and not any(voiced[:20] + voiced[60:])


def test_an_empty_recording_has_no_speech() -> None:
    assert measure([], FRAME).speaking_seconds == 0.0


@pytest.mark.parametrize(
    ("words", "seconds", "pace"), [(130, 60, 130), (75, 30, 150), (3, 10, None), (40, 2, None)]
)
def test_pace_is_words_per_minute_spoken(words, seconds, pace) -> None:
    assert words_per_minute(words, seconds) == pace


@pytest.mark.parametrize(
    ("timer", "spoken", "expected"),
    [
        (None, None, Length(28.0, "estimate")),
        (60, None, Length(60.0, "timer")),
        (60, 41.34, Length(41.3, "recording")),  # the recording counts only the speaking
        (None, 41.3, Length(41.3, "recording")),
        (0, 0.0, Length(28.0, "estimate")),  # a timer never started, a recording without voice
        (75, 0.0, Length(75.0, "timer")),
    ],
)
def test_the_length_of_an_answer_is_measured_when_it_can_be(timer, spoken, expected) -> None:
    assert answer_length(estimate=28, timer=timer, spoken=spoken) == expected


@pytest.mark.parametrize(
    ("length", "verdict", "nl", "en"),
    [
        (Length(28.0, "estimate"), "short", "28", "28"),
        (Length(60.0, "timer"), "fits", "60", "60"),
        (Length(59.6, "recording"), "short", "59,6", "59.6"),  # judged on the figure shown
        (Length(120.4, "recording"), "long", "120,4", "120.4"),
    ],
)
def test_a_length_is_judged_on_the_figure_it_shows(length, verdict, nl, en) -> None:
    assert length.against(60, 120) == verdict
    assert (length.shown("nl"), length.shown("en")) == (nl, en)
