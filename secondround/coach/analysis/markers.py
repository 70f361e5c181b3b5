"""The marker lists of one language, compiled once into regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from ..lang import Lang, load
from .alternation import ANY_LETTER, alternation, behind_a_space, choices, first_letters

Pattern = re.Pattern[str]
CASED = "(?-i:"
NUM = "{num}"  # in a cue fragment: any number, in digits or written out ("45", "forty-five")


# A word right after a sign inside the sentence: "i'm", "zo'n", "e-mail", "'ik", "(zie".
_AFTER_SIGN = re.compile(r"(?<=[^\w\s])\w")


@lru_cache(maxsize=256)
def _prepared(lower: str) -> tuple[str, tuple[int, ...]]:
    """The sentence behind one space, and the places of words that follow a sign instead of a
    space. One sentence is searched for dozens of lists in a row: this is worked out once."""
    return " " + lower, tuple(found.start() for found in _AFTER_SIGN.finditer(lower))


class Words:
    """A list of words and phrases as one expression, matched as whole words in lower-cased text.

    `re` tries an expression at every place in a text; one that starts with a plain character
    skips ahead to where that character is. So the list is searched as " (...)" in the text behind
    a space, which is about twice as fast as the exact "(?<!\\w)(...)"; the few words that follow
    a sign ("i'm", "e-mail") are tried one by one with the exact form, so the result is the same.
    A list that may start with a sign or a space is always searched exactly.
    `search(...).start()` is where the words start in `lower` and `group(1)` the words;
    `finditer`, `fullmatch` and `pattern` are the exact form. (Matching lower-cased text is about
    three times faster than using re.IGNORECASE.)"""

    __slots__ = ("_exact", "_fast", "pattern")
    # The expression behind a space, with the letters a match can start with; None: exact only.
    _fast: tuple[Pattern, frozenset[str] | str] | None

    def __init__(self, fragments: list[str]) -> None:
        body = alternation(fragments)
        self._exact = re.compile(rf"(?<!\w)({body})(?!\w)")
        firsts = first_letters(fragments)
        self._fast = None
        if firsts is not None:
            self._fast = (re.compile(rf" ({behind_a_space(body)})(?!\w)"), firsts)
        self.pattern = self._exact.pattern

    def search(self, lower: str) -> re.Match[str] | None:
        if self._fast is None:
            return self._exact.search(lower)
        fast, firsts = self._fast
        padded, after_signs = _prepared(lower)
        found = fast.search(padded)
        for place in after_signs:
            if found is not None and place >= found.start():
                break
            letter = firsts == ANY_LETTER or lower[place] in firsts
            if letter and (early := self._exact.match(lower, place)):
                return early
        return found

    def finditer(self, lower: str) -> Iterator[re.Match[str]]:
        return self._exact.finditer(lower)

    def fullmatch(self, lower: str) -> re.Match[str] | None:
        return self._exact.fullmatch(lower)


def _any(fragments: list[str] | str) -> Words:
    """One expression matching any fragment as whole words in lower-cased text."""
    items = [fragments] if isinstance(fragments, str) else fragments
    return Words([item for item in items if CASED not in item])


def _cased(fragments: list[str]) -> Pattern | None:
    """The fragments that look at capitals ("in Tilburg"), matched against the original text."""
    items = [item for item in fragments if CASED in item]
    body = "|".join(items)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if items else None


def _words(items: list[str]) -> str:
    # Longest first, so "weet je wel" wins over "weet je".
    return alternation([re.escape(item) for item in sorted(items, key=len, reverse=True)])


@dataclass(frozen=True)
class Markers:
    """Everything the analysis looks for in one language. All patterns but `cased` expect
    lower-cased text."""

    labels: dict[str, Pattern]
    career_summary: Words
    cues: dict[str, Words]
    cased: dict[str, Pattern]
    perfect: Words | None
    participle: Words | None
    perfect_not: Words | None
    story_straight: Pattern
    story_inverted: Pattern | None
    story_joins: frozenset[str]
    story_singular: frozenset[str]
    subordinators: frozenset[str]
    relatives: frozenset[str]
    result_not: Words
    result_hope: Words
    result_vague: Words
    hedge: Words
    result_shift: Words
    situation_place: Words
    situation_role: Words
    perception: Words
    claim_addon: Pattern
    empty_words: frozenset[str]
    result_late: Words
    result_weak: Words
    scene_not: Words
    episode_anchor: Words
    introduction: Pattern
    reflection_habit: Words
    reflection_not: Words
    reflection_generic: Pattern
    habit_opener: Pattern
    habit_word: Words
    habit_now: Words
    habit_present: Words
    habit_strong: Pattern
    perception_result_not: Words
    action_not: Words
    belief: Words
    story_v2: Pattern | None
    reflection_opener: Pattern
    scene_clause: Pattern
    task_impersonal: Words
    task_request: Words
    terse_deed: Words
    task_present: Words
    we_subject: Pattern
    claim_frame: Words
    quality: Words
    self_claim: Words
    example: Words
    filler: Pattern
    fillers_not_after: dict[str, frozenset[str]]
    fillers_kept: frozenset[str]
    i_words: frozenset[str]
    we_words: frozenset[str]
    quantity: Pattern
    money: Pattern
    percent: Pattern
    duration: Pattern


def spelled_numbers(data: dict[str, list[str]]) -> str:
    """Numbers written out: the listed words, and compounds built from units and tens
    ("forty-five", "vijfenveertig", "driehonderd"); compounds first so they win over their parts."""
    compounds = "|".join(data["number_compounds"])
    return f"{compounds}|{_words(data['number_words'])}"


def any_number(data: dict[str, list[str]]) -> str:
    return rf"(?:[0-9][0-9.,]*\s?%?|{spelled_numbers(data)})"


def _fill(fragments: list[str], number: str) -> list[str]:
    return [item.replace(NUM, number) for item in fragments]


def _number_patterns(data: dict[str, list[str]]) -> tuple[Pattern, Pattern, Pattern, Pattern]:
    number = r"\d+(?:[.,]\d+)*"
    spelled = spelled_numbers(data)
    units = _words(data["duration_units"])
    money = re.compile(
        rf"[€$£]\s?{number}(?:\s?(?:k|mln|miljoen|million|duizend|thousand|bn|billion)(?!\w))?"
        rf"|(?<!\w){number}\s?(?:{_words(data['money_words'])})(?!\w)"
        # Written out: "eighteen thousand euros", "twaalfduizend euro".
        rf"|(?<!\w)(?:{spelled})(?:[ -]?(?:hundred|thousand|million|honderd|duizend|miljoen))*"
        rf" (?:{_words(data['money_words'])})(?!\w)",
    )
    percent = re.compile(rf"(?<![\w.,]){number}\s?(?:{_words(data['percent_words'])})")
    duration = re.compile(
        rf"(?<!\w)(?:{number}|{spelled}|een|één|a|an|one|a few|several)\s(?:{units})(?!\w)"
    )
    # Any count: digits that are not a bare year (2019), or a number written out.
    quantity = re.compile(
        rf"(?<![\w.,])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)*|(?<!\w)(?:{spelled})(?!\w)"
    )
    return quantity, money, percent, duration


def _story_action(data: dict[str, list[str]]) -> tuple[Pattern, Pattern | None, Pattern | None]:
    """A first-person clause in any tense: 'ik/we/I' (after a few adverbs or fillers) and then a
    finite verb that is not a modal, copula, state or career verb ("ik bel", "I blow", "we gave");
    and the Dutch inversion ("daarna bel ik"). Each match must open a clause (see `story_joins`);
    the caller only uses them inside a story."""
    subject = _words(data["story_subjects"])
    adverbs = _words(data["story_adverbs"])
    not_verbs = _words(data["story_not_verbs"])
    verb = rf"(?!(?:{not_verbs}|{adverbs}|{subject})(?!\w))[a-z\u00e0-\u00ff]{{2,}}(?![\w'’])"
    straight = re.compile(rf"(?<![\w'’])(?:{subject})(?:[ ,]+(?:{adverbs})){{0,3}}[ ,]+{verb}")
    openers = data["story_inversion_openers"]
    inverted = (
        re.compile(rf"(?<![\w'’])(?:{_words(openers)}) {verb} (?:{subject})(?!\w)")
        if openers
        else None
    )
    # Dutch puts the verb second, whatever comes first: "In de machinekamer zet ik de lift stil".
    v2 = re.compile(rf"^(?:[\w'’-]+,? ){{1,5}}{verb} (?:{subject})(?!\w)") if openers else None
    return straight, inverted, v2


def _opening(pattern: Words, joins: list[str]) -> Pattern:
    """`pattern` at the start of a sentence, perhaps after one joining word ("En achteraf ...")."""
    return re.compile(rf"^[ ,]*(?:(?:{_words(joins)})[ ,]+)?{pattern.pattern}")


@cache
def markers(lang: Lang) -> Markers:
    data = load(f"analysis_{lang}.json")
    quantity, money, percent, duration = _number_patterns(data)
    number = any_number(data)
    straight, inverted, v2 = _story_action(data)
    parts = ("situation", "task", "action", "result", "reflection")
    cues = {part: _any(_fill(data[part], number)) for part in parts}
    cased = {part: found for part in parts if (found := _cased(data[part])) is not None}
    labels = {
        part: re.compile(rf"^\s*(?:{body})\s*[:–—-]") for part, body in data["labels"].items()
    }
    return Markers(
        labels=labels,
        career_summary=_any(data["career_summary"]),
        cues=cues,
        cased=cased,
        perfect=_any(data["action_perfect"]) if "action_perfect" in data else None,
        participle=_any(data["action_participle"]) if "action_participle" in data else None,
        perfect_not=_any(data["action_perfect_not"]) if "action_perfect_not" in data else None,
        result_weak=_any(_fill(data["result_weak"], number)),
        story_straight=straight,
        story_inverted=inverted,
        story_joins=frozenset(data["story_joins"]),
        story_singular=frozenset(data["story_subjects"]) - frozenset(data["we_subjects"]),
        subordinators=frozenset(data["subordinators"]),
        relatives=frozenset(data["relatives"]),
        result_not=_any(data["result_not"]),
        result_hope=_any(data["result_hope"]),
        result_vague=_any(data["result_vague"]),
        hedge=_any(data["hedges"]),
        result_shift=_any(data["result_shift"]),
        situation_place=_any(data["situation_place"]),
        situation_role=_any(data["situation_role"]),
        perception=_any(data["perception"]),
        claim_addon=re.compile(rf"^(?:{_words(data['claim_addons'])})(?!\w)"),
        empty_words=frozenset(data["empty_words"]),
        result_late=_any(_fill(data["result_late"], number)),
        scene_not=_any(data["scene_not"]),
        reflection_habit=_any(data["reflection_habit"]),
        reflection_not=_any(data["reflection_not"]),
        # A lesson that names nothing ("ik heb er veel van geleerd") is not a reflection.
        reflection_generic=re.compile(rf"^(?:{'|'.join(data['reflection_generic'])})[\s.!,]*$"),
        habit_opener=_opening(_any(data["habit_openers"]), data["story_joins"]),
        habit_word=_any(data["habit_openers"]),
        habit_now=_any(data["habit_now"]),
        habit_present=_any(data["habit_present"]),
        habit_strong=_opening(_any(data["habit_openers_strong"]), data["story_joins"]),
        perception_result_not=_any(data["perception_result_not"]),
        action_not=_any(data["action_not"]),
        belief=_any(data["belief"]),
        story_v2=v2,
        reflection_opener=_opening(cues["reflection"], data["story_joins"]),
        # A sentence that opens with a time clause ending in a comma: "Toen de printer kapotging, ...".
        episode_anchor=_any(data["episode_anchors"]),
        # "Ik werk bij een fietsenwinkel.": like a career line, it may introduce a story.
        introduction=re.compile(rf"^(?:{'|'.join(data['introductions'])})(?!\w)"),
        scene_clause=re.compile(
            rf"^(?:(?:{_words(data['story_joins'])}),? )?(?:{_words(data['scene_conjunctions'])}) "
            r"[^,.;:!?]{3,120},"
        ),
        task_impersonal=_any(data["task_impersonal"]),
        task_request=_any(data["task_request"]),
        terse_deed=_any(data["terse_deeds"]),
        task_present=_any(data["task_present"]),
        we_subject=re.compile(
            rf"^(?:(?:{_words(data['story_joins'])}),? )?(?:{_any(data['we_subjects']).pattern})"
        ),
        claim_frame=_any(data["claim_frames"]),
        quality=_any(
            [rf"{q}e?" for item in data["qualities"] for q in choices(item)]
        ),  # "rustig(e)"
        self_claim=_any(data["self_claims"]),
        example=_any(data["example_markers"]),
        filler=re.compile(rf"(?<![\w'’])(?:{_words(data['fillers'])})(?![\w'’])"),
        fillers_not_after={k: frozenset(v) for k, v in data["fillers_not_after"].items()},
        fillers_kept=frozenset(data["fillers_kept"]),
        i_words=frozenset(data["i_words"]),
        we_words=frozenset(data["we_words"]),
        quantity=quantity,
        money=money,
        percent=percent,
        duration=duration,
    )
