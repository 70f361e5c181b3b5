"""Which sentences show which STARR part (METHOD R3), from cue words per language.

Rules, in order, per sentence:
1. An explicit label ("Taak: ...", "Result: ...") decides alone.
2. A career summary ("ik werk al acht jaar als ...", "for the past ten years ...") is a pitch line,
   not an episode: it never counts as situation, task or action.
3. Otherwise every part whose cues match is marked; action also counts the Dutch perfect
   ("ik heb ... gemaakt"), unless the participle is about learning or career ("geleerd", "gewerkt").
4. After the first action sentence, a sentence that shows no part yet but holds an outcome word
   (a number, "later", "again", "fewer", "on time" ...) is the result: a STARR story runs in
   that order.
"""

from __future__ import annotations

from .markers import Markers
from .text import Span

_EPISODE = ("situation", "task", "action")


def _perfect_action(lower: str, m: Markers) -> bool:
    if m.perfect is None or m.participle is None or m.perfect_not is None:
        return False
    return bool(
        m.perfect.search(lower) and m.participle.search(lower) and not m.perfect_not.search(lower)
    )


def _matches(part: str, span: Span, m: Markers) -> bool:
    if m.cues[part].search(span.lower):
        return True
    cased = m.cased.get(part)
    return bool(cased and cased.search(span.text))


def _direct(span: Span, m: Markers) -> set[str]:
    for part, label in m.labels.items():
        if label.match(span.lower):
            return {part}
    career = bool(m.career_summary.search(span.lower))
    tags = {
        part for part in m.cues if not (career and part in _EPISODE) and _matches(part, span, m)
    }
    if not career and "action" not in tags and _perfect_action(span.lower, m):
        tags.add("action")
    return tags


def tag_sentences(spans: list[Span], m: Markers) -> list[set[str]]:
    """For each sentence, the set of STARR parts it is evidence for."""
    tags = [_direct(span, m) for span in spans]
    first_action = next((i for i, found in enumerate(tags) if "action" in found), None)
    if first_action is None:
        return tags
    for i in range(first_action + 1, len(tags)):
        if tags[i] & {"task", "action", "result", "reflection"}:
            continue
        lower = spans[i].lower
        if m.result_weak.search(lower) or m.quantity.search(lower):
            tags[i].add("result")
    return tags
