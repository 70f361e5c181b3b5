"""Which sentences show which STARR part (METHOD R3), from cue words per language.

Rules, in order, per sentence:
1. An explicit label ("Taak: ...", "Result: ...") decides alone.
2. A career summary ("ik werk al acht jaar als ...", "for the past ten years ...") is a pitch line,
   not an episode: it never counts as situation, task or action.
3. Otherwise every part whose cues match is marked; action also counts the Dutch perfect
   ("ik heb ... gemaakt"), unless the participle is about learning or career ("geleerd", "gewerkt").
   A bare place ("in ons lab", "at our office") is a situation only when the sentence is not a task.
4. Inside a story (after a situation or task sentence), a first-person clause with a finite verb in
   any tense is an action: "Ik zet de bus stil", "I blow the whistle", "daarna bel ik".
5. A result is an outcome, not a target or a guess: a task sentence before the first action and a
   sentence with "zou/would/will" are no result.
6. After the first action sentence, a sentence that shows no part yet but holds an outcome word
   (a number, "later", "again", "fewer", "on time" ...) is the result, and any later sentence with a
   strong outcome (a percentage, a record, money) is a result too: a STARR story runs in that order.
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


def _opens_clause(lower: str, start: int, joins: frozenset[str]) -> bool:
    """Whether a match at `start` opens a clause: at the start of the sentence, after a comma or
    colon, or after one or two joining words ("and so I ...", "en toen ik"). Looks back only a few
    words, so a very long sentence stays linear."""
    end = start
    for _ in range(3):
        while end > 0 and lower[end - 1] in " ,":
            end -= 1
        if end == 0 or lower[end - 1] in ",;:":
            return True
        begin = end
        while begin > 0 and lower[begin - 1] not in " ,;:" and end - begin <= 12:
            begin -= 1
        if lower[begin:end] not in joins:
            return False
        end = begin
    return False


def _story_action(lower: str, m: Markers) -> bool:
    for pattern in (m.story_straight, m.story_inverted):
        if pattern is None:
            continue
        for match in pattern.finditer(lower):
            if _opens_clause(lower, match.start(), m.story_joins):
                return True
    return False


def _matches(part: str, span: Span, m: Markers) -> bool:
    if m.cues[part].search(span.lower):
        return True
    cased = m.cased.get(part)
    return bool(cased and cased.search(span.text))


def _direct(span: Span, m: Markers) -> tuple[set[str], bool]:
    """The parts a sentence shows on its own, and whether it is a career summary."""
    for part, label in m.labels.items():
        if label.match(span.lower):
            return {part}, False
    career = bool(m.career_summary.search(span.lower))
    tags = {
        part for part in m.cues if not (career and part in _EPISODE) and _matches(part, span, m)
    }
    if not career and "action" not in tags and _perfect_action(span.lower, m):
        tags.add("action")
    if not career and "task" not in tags and m.situation_place.search(span.lower):
        tags.add("situation")
    return tags, career


def tag_sentences(spans: list[Span], m: Markers) -> list[set[str]]:
    """For each sentence, the set of STARR parts it is evidence for."""
    direct = [_direct(span, m) for span in spans]
    tags = [found for found, _ in direct]
    story = False
    for i, span in enumerate(spans):
        if story and not direct[i][1] and "action" not in tags[i]:
            if _story_action(span.lower, m):
                tags[i].add("action")
        story = story or bool(tags[i] & {"situation", "task"})
    first_action = next((i for i, found in enumerate(tags) if "action" in found), None)
    for i, found in enumerate(tags):
        task_first = "task" in found and (first_action is None or i < first_action)
        if "result" in found and (task_first or m.result_not.search(spans[i].lower)):
            found.discard("result")
    if first_action is None:
        return tags
    for i in range(first_action + 1, len(tags)):
        lower = spans[i].lower
        if "reflection" not in tags[i] and m.result_late.search(lower):
            tags[i].add("result")
        if tags[i] & {"task", "action", "result", "reflection"}:
            continue
        if m.result_weak.search(lower) or m.quantity.search(lower):
            tags[i].add("result")
    return tags
