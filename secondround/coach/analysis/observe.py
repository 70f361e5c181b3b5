"""Turn what was found into short observations in the user's language: each names what was seen."""

from __future__ import annotations

from typing import Any

from ..lang import Lang, load, pick
from .model import Claim, FillerCount, Observation, PartEvidence

MANY_FILLERS_MIN = 3  # at least this many fillers ...
MANY_FILLERS_PER_100 = 3.0  # ... and at least this many per 100 words
MOSTLY_WE_MIN = 3  # 'we' at least this often and more than twice as often as 'ik'
TIME_MARGIN = 0.10  # within 10 % of the target (and at least 5 seconds) counts as on time


def _say(code: str, lang: Lang, **values: Any) -> Observation:
    entry = load("analysis.json")["observations"][code]
    return Observation(code=code, point=entry["point"], text=pick(entry, lang).format(**values))


def empty(lang: Lang) -> Observation:
    return _say("empty", lang)


def _starr(parts: tuple[PartEvidence, ...], has_number: bool, lang: Lang) -> list[Observation]:
    present = {p.part for p in parts if p.present}
    if len(present) == len(parts):
        notes = [_say("complete_starr", lang)]
    elif not present & {"situation", "action", "result"}:
        return [_say("no_example", lang)]
    else:
        notes = [_say(f"missing_{p.part}", lang) for p in parts if not p.present]
    if "result" in present and not has_number:
        notes.append(_say("no_numbers_in_result", lang))
    return notes


def _time(seconds: int, target: int | None, lang: Lang) -> list[Observation]:
    if target is None or target <= 0:
        return []
    margin = max(5, round(target * TIME_MARGIN))
    diff = abs(seconds - target)
    code = "fits_time"
    if seconds > target + margin:
        code = "too_long"
    elif seconds < target - margin:
        code = "too_short"
    return [_say(code, lang, seconds=seconds, target=target, diff=diff)]


def observe(
    *,
    lang: Lang,
    parts: tuple[PartEvidence, ...],
    result_has_number: bool,
    claims: tuple[Claim, ...],
    fillers: tuple[FillerCount, ...],
    filler_total: int,
    words: int,
    i_count: int,
    we_count: int,
    seconds: int,
    target: int | None,
) -> tuple[Observation, ...]:
    notes = _starr(parts, result_has_number, lang)
    for claim in claims:
        if not claim.backed:
            notes.append(_say("claim_without_example", lang, quality=claim.quality))
    if filler_total >= MANY_FILLERS_MIN and filler_total * 100 >= MANY_FILLERS_PER_100 * words:
        top = ", ".join(f"{f.word} ({f.count}×)" for f in fillers[:3])
        notes.append(_say("many_fillers", lang, total=filler_total, top=top))
    if we_count >= MOSTLY_WE_MIN and we_count > 2 * i_count:
        notes.append(_say("mostly_we", lang, we=we_count, i=i_count))
    notes.extend(_time(seconds, target, lang))
    return tuple(notes)
