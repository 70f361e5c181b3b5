"""Join regular-expression fragments into one alternation that Python's `re` tries quickly.

`re` tries the branches of "a|b|c" one by one at every position of the text. With hundreds of cue
fragments per pattern that dominates the analysis. Fragments that start with the same letters are
merged into a prefix tree ("ik heb|ik had|ik ging" becomes "ik (?:h(?:eb|ad)|ging)"), so at each
position only the branches whose first letter fits are tried. A fragment that opens with a group
of choices is spelled out first ("(?:ik|we) belden" is "ik belden|we belden").

Merging keeps where the expression matches: two branches that start with different letters can
never match at the same place, and a merged branch matches exactly the texts its fragments
matched. Only which text is reported may differ where several fragments match at one place: a
longer word ("team player" over "team") is tried first, whatever the order of the list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_META = frozenset("\\.^$*+?{}[]|()")
_QUANTIFIERS = frozenset("*+?{")
_MAX_CHOICES = 16


def _structure(fragment: str) -> Iterator[tuple[int, str, int]]:
    """The characters of the fragment that shape it: neither escaped nor inside a character
    class, each with its place and the depth of groups it sits in."""
    depth, i, in_class = 0, 0, False
    while i < len(fragment):
        char = fragment[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if fragment[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a literal bracket first
        else:
            depth -= char == ")"
            yield i, char, depth
            depth += char == "("
        i += 1


def choices(fragment: str) -> list[str]:
    """The fragment split at its top-level bars: "a|b(?:c|d)" gives ["a", "b(?:c|d)"]."""
    bars = [i for i, char, depth in _structure(fragment) if char == "|" and depth == 0]
    starts, ends = [0] + [i + 1 for i in bars], [*bars, len(fragment)]
    return [fragment[start:end] for start, end in zip(starts, ends, strict=True)]


ANY_LETTER = "any letter"
_LETTER_CLASSES = ("\\w", "\\d", "[0-9]")


def first_letters(fragments: list[str]) -> frozenset[str] | str | None:
    """What a match of any fragment starts with: a set of letters; ANY_LETTER when a fragment
    starts with "\\w" or a digit; None when one may start with a sign or space."""
    firsts: set[str] = set()
    for fragment in fragments:
        for spelled in _expanded_all(fragment):
            for start in _expanded_all(_zero_width_cut(spelled)):
                head = _literal_head(start)
                if head is not None and head[0].isalnum():
                    firsts.add(head[0])
                elif start.startswith(_LETTER_CLASSES):
                    return ANY_LETTER
                else:
                    return None
    return frozenset(firsts)


def _zero_width_cut(fragment: str) -> str:
    """The fragment without the looks around and the "^" it opens with: "(?<!dat )ik ..." starts
    with "ik"."""
    while fragment.startswith(("(?<!", "(?<=", "(?!", "(?=", "^")):
        fragment = fragment[1:] if fragment[0] == "^" else fragment[_group_end(fragment) :]
    return fragment


def behind_a_space(body: str) -> str:
    """The expression as it runs one place further, behind a space: "^" (the start of the
    sentence) becomes "right after that first space"."""
    carets = [i for i, char, _depth in _structure(body) if char == "^"]
    for place in reversed(carets):
        body = f"{body[:place]}(?<=^ ){body[place + 1 :]}"
    return body


def _expanded_all(fragment: str) -> list[str]:
    return [spelled for choice in choices(fragment) for spelled in _expanded(choice)]


def _literal_head(fragment: str) -> tuple[str, str] | None:
    """The first character of the fragment when it is a plain literal (not quantified), and the
    rest; None when the fragment starts with anything else."""
    if not fragment:
        return None
    if fragment[0] == "\\":
        if len(fragment) < 2 or fragment[1].isalnum():
            return None  # \w, \d, \b ...
        char, rest = fragment[1], fragment[2:]
    elif fragment[0] in _META:
        return None
    else:
        char, rest = fragment[0], fragment[1:]
    if rest[:1] in _QUANTIFIERS and rest:
        return None  # "e?" quantifies this character
    return char, rest


def _group_end(fragment: str) -> int:
    """The index just after the group that opens the fragment."""
    closing = (i for i, char, depth in _structure(fragment) if char == ")" and depth == 0)
    return next(closing, len(fragment) - 1) + 1


def _expanded(fragment: str) -> list[str]:
    """A fragment that opens with a plain group of choices, spelled out per choice, so that the
    tree can merge them: "(?:ik|we) belden" gives ["ik belden", "we belden"], and an optional
    one with and without it: "(?:het )?was" gives ["het was", "was"]."""
    if not fragment.startswith("(?:"):
        return [fragment]
    end = _group_end(fragment)
    rest = fragment[end:]
    optional = rest[:1] == "?" and rest[1:2] not in _QUANTIFIERS
    if optional:
        rest = rest[1:]
    elif rest[:1] in _QUANTIFIERS and rest:
        return [fragment]
    options = choices(fragment[3 : end - 1]) + ([""] if optional else [])
    spelled = [each for option in options for each in _expanded(option + rest)]
    return [fragment] if len(spelled) > _MAX_CHOICES else spelled


def _join(fragments: list[str]) -> str:
    heads: dict[str, list[str]] = {}
    others: list[str] = []
    ends = False
    for fragment in fragments:
        if not fragment:
            ends = True
            continue
        head = _literal_head(fragment)
        if head is None:
            others.append(fragment)
        else:
            heads.setdefault(head[0], []).append(head[1])
    branches = [re.escape(char) + _join(rests) for char, rests in heads.items()]
    branches += others
    if ends:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def alternation(fragments: list[str]) -> str:
    """One expression matching exactly what any of the fragments matches."""
    flat = [spelled for fragment in fragments for spelled in _expanded_all(fragment)]
    return _join(list(dict.fromkeys(flat)))
