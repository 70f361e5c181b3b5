"""Text basics for the analysis: words, sentences (with their place in the text), language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang import Lang, load

WORD = re.compile(r"\w+(?:['’]\w+)*")
_LINE = re.compile(r"[^\n\r]+")
_BULLET = re.compile(r"\s*(?:[-*•·–—>]+|\(?\d{1,2}[.)])\s+")
# A run of end punctuation, with closing quotes or brackets, before white space or line end.
_END = re.compile(r"[.!?…]+[\"'’”)\]]*(?=\s|$)")
# Tokens ending in a dot that do not end a sentence ("bijv.", "o.a.", "e.g.", "dhr.").
ABBREVIATIONS = frozenset(
    "bijv bv o.a e.g i.e m.a.w d.w.z ca dhr mevr mw mr mrs ms dr drs ir ing prof nr blz vs jl a.s "
    "t.o.v m.b.t i.p.v o.b.v evt incl excl max min resp jr sr st vgl tel e.d z.s.m a.u.b approx "
    "inc ltd co dept est fig jan feb mrt apr jun jul aug sep sept okt oct nov dec u.s u.k a.m p.m "
    "cf al".split()
)
# These may end a sentence: only when the next word starts with a capital.
_LIST_ENDINGS = frozenset({"etc", "enz", "enzovoort"})


@dataclass(frozen=True)
class Span:
    """One sentence and where it sits in the original text."""

    start: int
    end: int
    text: str
    lower: str


def words(text: str) -> list[str]:
    """The words of a text, lower-cased, with curly apostrophes made straight ("I’m" -> "i'm")."""
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def _is_abbreviation(line: str, dot_end: int, match: re.Match[str]) -> bool:
    if match.group(0) != ".":
        return False
    start = line.rfind(" ", 0, match.start()) + 1
    token = line[start : match.start()].lstrip("(\"'‘“").lower()
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "J. de Vries"
    if token in _LIST_ENDINGS:
        rest = line[dot_end:].lstrip()
        return not (rest[:1].isupper())
    return token in ABBREVIATIONS


def split_sentences(text: str) -> list[Span]:
    """Split into sentences. Line breaks and bullets always end a sentence; a dot ends one unless it
    closes an abbreviation ("bijv.", "e.g.") or sits inside a number ("2.5", "€ 2.000")."""
    spans: list[Span] = []
    for line_match in _LINE.finditer(text):
        line = line_match.group(0)
        offset = line_match.start()
        bullet = _BULLET.match(line)
        begin = bullet.end() if bullet else 0
        for end_match in _END.finditer(line, begin):
            if _is_abbreviation(line, end_match.end(), end_match):
                continue
            _add(spans, line, offset, begin, end_match.end())
            begin = end_match.end()
        _add(spans, line, offset, begin, len(line))
    return spans


def _add(spans: list[Span], line: str, offset: int, begin: int, end: int) -> None:
    piece = line[begin:end]
    stripped = piece.strip()
    if not WORD.search(stripped):
        return  # punctuation or a bare bullet is not a sentence
    lead = len(piece) - len(piece.lstrip())
    start = offset + begin + lead
    spans.append(Span(start, start + len(stripped), stripped, stripped.lower()))


def detect_language(text: str) -> Lang:
    """Dutch or English, by counting common words of each language in the first 3,000 words.
    A tie (or no text) counts as Dutch, the product's first language."""
    return language_of(words(text[:30000]))


def language_of(tokens: list[str]) -> Lang:
    """`detect_language` for text already split into lower-cased words."""
    sample = tokens[:3000]
    nl_stop = frozenset(load("analysis_nl.json")["stop_words"])
    en_stop = frozenset(load("analysis_en.json")["stop_words"])
    nl = sum(1 for w in sample if w in nl_stop)
    en = sum(1 for w in sample if w in en_stop)
    return "en" if en > nl else "nl"
