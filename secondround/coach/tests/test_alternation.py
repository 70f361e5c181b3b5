"""The prefix tree that joins cue fragments must match exactly where the plain "a|b|c" matched."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secondround.coach.analysis.alternation import alternation


def _starts(body: str, text: str) -> list[int]:
    pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    return [found.start() for found in pattern.finditer(text)]


def _found(body: str, text: str) -> str | None:
    found = re.search(rf"(?<!\w)(?:{body})(?!\w)", text)
    return found.group(0) if found else None


@pytest.mark.parametrize(
    ("fragments", "expected"),
    [
        (["ik heb", "ik had", "ik ging"], r"ik\ (?:h(?:eb|ad)|ging)"),
        (["(?:ik|we) belden"], r"(?:ik\ belden|we\ belden)"),
        (["rustige?"], "rustige?"),
        (["a?b", "ab"], "(?:ab|a?b)"),
        (["mail|email"], "(?:mail|email)"),
        (["ik", "ik"], "ik"),
    ],
)
def test_fragments_are_merged_by_their_first_letters(fragments: list[str], expected: str) -> None:
    assert alternation(fragments) == expected


@pytest.mark.parametrize(
    ("fragments", "text", "found"),
    [
        (["team", "team player"], "i am a team player", "team player"),
        (["weet je", "weet je wel"], "eh weet je wel", "weet je wel"),
        ([r"verantwoordelijk\w*"], "ik was verantwoordelijker", "verantwoordelijker"),
        ([r"(?:ik|we) (?:\w+ ){0,2}belden"], "toen we snel belden", "we snel belden"),
        ([r"\.net", r"c\+\+"], "in c++ en .net", "c++"),
        ([r"1\.5 keer"], "1.5 keer zo snel", "1.5 keer"),
    ],
)
def test_the_longest_fragment_wins_and_escapes_stay_escaped(
    fragments: list[str], text: str, found: str | None
) -> None:
    assert _found(alternation(fragments), text) == found


_word = st.text(alphabet="abeikn", min_size=1, max_size=4)
_fragment = st.lists(_word, min_size=1, max_size=3).map(" ".join)


@given(
    fragments=st.lists(
        st.one_of(
            _fragment.map(re.escape),
            _fragment.map(lambda words: rf"{re.escape(words)}\w*"),
            st.tuples(_fragment, _fragment).map(lambda pair: f"(?:{pair[0]}|{pair[1]}) ik"),
            st.tuples(_fragment, _fragment).map(lambda pair: f"{pair[0]}|{pair[1]}e?"),
        ),
        min_size=1,
        max_size=12,
    ),
    text=st.lists(_word, max_size=12).map(" ".join),
)
def test_the_tree_matches_at_the_same_places_as_the_plain_alternation(
    fragments: list[str], text: str
) -> None:
    assert _starts(alternation(fragments), text) == _starts("|".join(fragments), text)
