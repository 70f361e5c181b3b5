"""Fitting text on the one-page day sheet: shorten at a word boundary, or keep whole sentences."""

from __future__ import annotations

import re

ELLIPSIS = "…"
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s")


def _collapse(text: str) -> str:
    return " ".join(text.split())


def shorten(text: str, max_chars: int) -> str:
    """Collapse whitespace; if the text is still longer than `max_chars`, cut it at the last word
    boundary that fits and end it with "…". A single word too long to fit is cut, with the mark."""
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    flat = _collapse(text)
    if len(flat) <= max_chars:
        return flat
    room = max_chars - len(ELLIPSIS)
    cut = flat[:room]
    in_a_word = room > 0 and flat[room - 1].isalnum() and flat[room].isalnum()
    if in_a_word and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-–") + ELLIPSIS


def first_sentences(text: str, max_chars: int) -> str:
    """As many whole sentences from the start as fit in `max_chars`; when not even the first one
    fits, the shortened text. (A sentence ends at . ! ? or … followed by a space, so "bijv. een"
    splits there too: good enough for a sheet.)"""
    flat = _collapse(text)
    if len(flat) <= max_chars:
        return flat
    kept = ""
    for sentence in _SENTENCE_END.split(flat):
        candidate = f"{kept} {sentence}" if kept else sentence
        if len(candidate) > max_chars:
            break
        kept = candidate
    return kept or shorten(flat, max_chars)
