"""Claims without examples (METHOD R3), filler words, 'ik' versus 'we', and result markers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from .markers import Markers
from .model import Claim, FillerCount, ResultMarker
from .text import Span

_PREVIOUS_WORD = re.compile(r"([\w'’]+)[^\w'’]*$")
# "like" is a verb or a preposition after these words ("I would like", "feel like"), never a filler.
_LIKE_NOT_AFTER = frozenset(
    "i you we they he she would 'd i'd you'd we'd do don't didn't does doesn't did to really also "
    "people who not feel feels felt look looks looked sound sounds seem seems just much something "
    "anything nothing things more most exactly".split()
)
# After these, a bare "like" is a filler ("it was like really busy").
_LIKE_FILLER_AFTER = frozenset("was is it's 's were are 'm i'm been and so but um uh".split())


def find_claims(spans: list[Span], m: Markers, *, story_from: int | None) -> list[Claim]:
    """Sentences that claim a quality: a claim frame ("ik ben", "I'm") with a quality word, or a
    self-praising phrase on its own ("in my blood", "a born salesman"). A claim is backed when the
    text tells a concrete story (a situation and an action were found; `story_from` is the first
    action) and the claim is not tacked on after it ("Verder ben ik ..."), or when the claim
    sentence itself gives an example ("bijvoorbeeld toen ...", "for example when ...")."""
    claims: list[Claim] = []
    for index, span in enumerate(spans):
        framed = m.claim_frame.search(span.lower)
        # Every quality of a list is its own claim: "flexibel en klantgericht" is two.
        qualities = (
            list(dict.fromkeys(q.group(1) for q in m.quality.finditer(span.lower)))
            if framed
            else []
        )
        if not qualities:
            # A claim that needs no listed quality word: "verkopen zit in mijn bloed".
            found = m.self_claim.search(span.lower)
            qualities = [found.group(1)] if found else []
        # After the story, "Verder ben ik ..." / "On top of that, I'm ..." adds a new claim.
        added = story_from is not None and index > story_from and m.claim_addon.search(span.lower)
        backed = (story_from is not None and not added) or bool(m.example.search(span.lower))
        claims.extend(Claim(index, span.text, quality, backed) for quality in qualities)
    return claims


def _previous_word(text: str, start: int) -> str:
    found = _PREVIOUS_WORD.search(text[max(0, start - 40) : start])
    return found.group(1).lower().replace("’", "'") if found else ""


def _like_is_filler(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start].rstrip()
    previous = _previous_word(text, start)
    if before.endswith(",") and text[end : end + 1] == ",":
        return True  # "now I, like, save": set off by commas
    if previous in _LIKE_NOT_AFTER or previous.endswith("'d"):
        return False
    if not before or before[-1] in ",.!?;:" or text[end : end + 2].lstrip().startswith(","):
        return True
    return previous in _LIKE_FILLER_AFTER


def filler_matches(lower: str, m: Markers) -> Iterator[re.Match[str]]:
    """The filler and hedge words in lower-cased text: not "like" in "I'd like", not "kind of"
    in "what kind of"."""
    for match in m.filler.finditer(lower):
        word = match.group(0)
        if word == "like" and not _like_is_filler(lower, match.start(), match.end()):
            continue
        if _previous_word(lower, match.start()) in m.fillers_not_after.get(word, frozenset()):
            continue
        yield match


def count_fillers(found: Iterable[re.Match[str]]) -> tuple[tuple[FillerCount, ...], int]:
    """The filler and hedge words found (see `filler_matches`), most frequent first, and the
    total."""
    counts: Counter[str] = Counter(match.group(0) for match in found)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(FillerCount(word, count) for word, count in ordered), sum(counts.values())


def count_i_we(tokens: list[str], m: Markers) -> tuple[int, int]:
    """How often the speaker says 'ik/I' (me, my ...) and how often 'we' (us, our ...)."""
    i_count = we_count = 0
    for word in tokens:
        if word in m.i_words:
            i_count += 1
        elif word in m.we_words:
            we_count += 1
    return i_count, we_count


def result_markers(spans: list[Span], indices: tuple[int, ...], m: Markers) -> list[ResultMarker]:
    """Concrete things inside the result sentences: money, percentages, durations, other numbers,
    and result phrases. Each piece of text is reported once, under its most specific kind."""
    found: list[ResultMarker] = []
    for index in indices:
        span = spans[index]
        # Report the words as written; lower() keeps the length for all but a few rare letters.
        shown = span.text if len(span.text) == len(span.lower) else span.lower
        text = span.lower
        taken: list[tuple[int, int]] = []
        hits: list[tuple[int, str, str]] = []
        kinds = (("money", m.money), ("percent", m.percent), ("duration", m.duration))
        for kind, pattern in (*kinds, ("number", m.quantity), ("phrase", m.cues["result"])):
            for match in pattern.finditer(text):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                taken.append(match.span())
                hits.append((match.start(), shown[match.start() : match.end()], kind))
        found.extend(ResultMarker(index, hit, kind) for _, hit, kind in sorted(hits))
    return found


def has_number(lower: str, m: Markers) -> bool:
    return bool(m.quantity.search(lower) or m.money.search(lower) or m.percent.search(lower))
