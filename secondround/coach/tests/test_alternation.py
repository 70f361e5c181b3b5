"""The prefix tree that joins cue fragments must match exactly where the plain "a|b|c" matched."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secondround.coach.analysis.alternation import alternation
from secondround.coach.analysis.markers import Words


def _starts(body: str, text: str) -> list[int]:
    """Every place where a match can start (not only those finditer reaches: a longer match may
    hide a shorter one after it)."""
    pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    return [place for place in range(len(text) + 1) if pattern.match(text, place)]


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


# --- Words: the fast search behind a space finds what the exact one finds -------------------


@pytest.mark.parametrize(
    ("fragments", "text", "start", "words"),
    [
        (["ik belde"], "toen ik belde", 5, "ik belde"),
        (["ik belde"], "ik belde", 0, "ik belde"),
        (["belde"], "opbelde", None, None),
        (["mail"], "een e-mail", 6, "mail"),  # a word after a sign: searched exactly
        (["^nu doe ik"], "nu doe ik het anders", 0, "nu doe ik"),  # tied to the start
        (["^nu doe ik"], "en nu doe ik het", None, None),
        (["probeer jij"], "zei: 'probeer jij eens'", 6, "probeer jij"),
    ],
)
def test_words_report_where_the_words_start_in_the_sentence(
    fragments: list[str], text: str, start: int | None, words: str | None
) -> None:
    found = Words(fragments).search(text)
    assert (found.start(), found.group(1)) == (start, words) if found else start is None


_contracted = st.tuples(_word, _word).map(lambda pair: f"{pair[0]}'{pair[1]}")  # "ik'n"
_signed_text = st.lists(
    st.tuples(st.sampled_from(["", "", "", "'", "(", "-", "€"]), st.one_of(_word, _contracted)),
    max_size=12,
).map(lambda pairs: " ".join(sign + word for sign, word in pairs))


@given(
    fragments=st.lists(
        st.one_of(
            _fragment.map(re.escape),
            _fragment.map(lambda words: rf"(?:{re.escape(words)} )?ik"),
            _fragment.map(lambda words: rf"{re.escape(words)}\w*"),
            _fragment.map(lambda words: rf"^{re.escape(words)}"),
            _fragment.map(lambda words: rf"\w+ {re.escape(words)}"),
            _fragment.map(lambda words: rf"(?<!a ){re.escape(words)}"),
        ),
        min_size=1,
        max_size=8,
    ),
    text=_signed_text,
)
def test_words_find_the_same_as_the_exact_expression(fragments: list[str], text: str) -> None:
    body = alternation(fragments)
    exact = re.search(rf"(?<!\w)({body})(?!\w)", text)
    found = Words(fragments).search(text)
    assert (found and (found.start(), found.group(1))) == (
        exact and (exact.start(), exact.group(1))
    )
