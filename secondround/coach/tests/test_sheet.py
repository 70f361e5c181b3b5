"""The day sheet helpers: text is shortened at word boundaries and marked, never cut silently."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from secondround.coach.sheet import first_sentences, shorten

texts = st.text(alphabet=st.sampled_from("ab éZ.,!?\n\t-"), max_size=120) | st.text(max_size=80)
sizes = st.integers(min_value=1, max_value=130)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("text", "max_chars", "expected"),
    [
        ("Korte tekst", 40, "Korte tekst"),
        ("  Korte \n\n tekst  ", 40, "Korte tekst"),
        ("Vraag hoe de procedure verder gaat", 20, "Vraag hoe de…"),
        ("Ask how the procedure continues", 14, "Ask how the…"),
        ("Eén, twee, drie", 10, "Eén, twee…"),
        ("Arbeidsongeschiktheidsverzekering", 10, "Arbeidson…"),
        ("Hallo wereld", 1, "…"),
        ("Hallo wereld", 12, "Hallo wereld"),
        ("Hallo wereld", 11, "Hallo…"),
        ("Hallo wereld", 7, "Hallo…"),
        ("Hallo wereld", 6, "Hallo…"),
        ("Hallo wereld", 5, "Hall…"),
        ("Bel Sanne (HR) op", 14, "Bel Sanne (HR…"),
        ("", 5, ""),
    ],
)
def test_shorten_cuts_at_a_word_boundary_and_marks_it(text, max_chars, expected) -> None:
    assert shorten(text, max_chars) == expected


@pytest.mark.parametrize(
    ("text", "max_chars", "expected"),
    [
        ("Eerste zin. Tweede zin! Derde zin?", 100, "Eerste zin. Tweede zin! Derde zin?"),
        ("Eerste zin. Tweede zin! Derde zin?", 25, "Eerste zin. Tweede zin!"),
        ("First sentence. Second one.", 20, "First sentence."),
        ("Een hele lange eerste zin zonder einde", 20, "Een hele lange…"),
        ("Thank everyone.\n\nAsk when you will hear.", 30, "Thank everyone."),
    ],
)
def test_first_sentences_keeps_whole_sentences(text, max_chars, expected) -> None:
    assert first_sentences(text, max_chars) == expected


def test_a_size_below_one_is_refused() -> None:
    with pytest.raises(ValueError):
        shorten("tekst", 0)


@given(texts, sizes)
def test_shorten_fits_and_never_cuts_a_word_silently(text: str, max_chars: int) -> None:
    result = shorten(text, max_chars)
    flat = _flat(text)
    assert len(result) <= max_chars
    if result.endswith("…") and result != flat:
        assert flat.startswith(result[:-1])
    else:
        assert result == flat


@given(texts, sizes)
def test_shorten_is_idempotent(text: str, max_chars: int) -> None:
    once = shorten(text, max_chars)
    assert shorten(once, max_chars) == once


@given(texts, sizes)
def test_short_text_comes_back_as_it_is(text: str, max_chars: int) -> None:
    flat = _flat(text)
    if len(flat) <= max_chars:
        assert shorten(flat, max_chars) == flat == first_sentences(flat, max_chars)


@given(texts, sizes)
def test_first_sentences_fits_and_ends_at_a_sentence_or_a_mark(text: str, max_chars: int) -> None:
    result = first_sentences(text, max_chars)
    flat = _flat(text)
    assert len(result) <= max_chars
    assert first_sentences(result, max_chars) == result
    if result != flat and not result.endswith("…"):
        assert flat.startswith(result) and result[-1] in ".!?…" and flat[len(result)] == " "
