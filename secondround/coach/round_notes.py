"""The notes of the previous round steer the next one (METHOD R1, P2, R3, D7).

Each doubt ("what they may still doubt or ask") and each topic to come back to becomes four things:
a question the mock asks early, in the mouth of someone who was there last time; a preparation slot
"doubt → my evidence" that shows which STARR example answers it; a line to say or ask at the end to
take the doubt away; and a line on the one-page sheet. All of it from plain data, in nl and en.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .address import Address
from .competencies import find_in_sentence
from .evidence import is_evidence
from .lang import LANGS, Lang, load, pick
from .notes import BULLETS, RESEARCH_LEADS, research_lead
from .plan import clean_topic

FILE = "round_notes.json"
MAX_POINTS = 6  # more than this on one round is a list of worries, not a plan

Kind = Literal["doubt", "topic"]

# First person → second person, for turning "of ik genoeg ervaring heb" into "of je ... hebt".
_PRONOUNS_NL = {
    "ik": {"je": "je", "u": "u"},
    "mij": {"je": "jou", "u": "u"},
    "me": {"je": "je", "u": "u"},
    "mijn": {"je": "je", "u": "uw"},
    "mezelf": {"je": "jezelf", "u": "uzelf"},
    "mijzelf": {"je": "jezelf", "u": "uzelf"},
}
_VERBS_NL = {
    "heb": {"je": "hebt", "u": "heeft"},
    "ben": {"je": "bent", "u": "bent"},
    "kan": {"je": "kunt", "u": "kunt"},
    "wil": {"je": "wilt", "u": "wilt"},
    "zal": {"je": "zult", "u": "zult"},
}
_PRONOUNS_EN = {
    "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "am": "are", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
}  # fmt: skip
_WORD = re.compile(r"[\w']+|[^\w']+")


@dataclass(frozen=True)
class Asker:
    """Someone at this round's table who was also there last time."""

    name: str
    address: Address = "je"


@dataclass(frozen=True)
class ExampleInfo:
    """A STARR example from the bank, as much as the reading needs of it."""

    id: int
    title: str
    text: str = ""
    competencies: tuple[str, ...] = ()
    missing_parts: tuple[str, ...] = ()

    @property
    def is_evidence(self) -> bool:
        return is_evidence(self.missing_parts)


@dataclass(frozen=True)
class NotePoint:
    kind: Kind
    number: int  # 1.. within its kind
    text: str  # the note as written, tidied
    asker: str  # who asks it in the mock ("" when nobody from last time sits at the table)
    question: str  # the mock question
    reason: str  # why the mock asks it
    slot_title: str  # "Twijfel: ..." / "Terugkomen op: ..."
    slot_asks: str  # what the preparation slot asks for
    example: ExampleInfo | None  # the example that answers it best, if any
    closing: str  # what to say or ask near the end to take it away
    sheet_line: str

    @property
    def key(self) -> str:
        return f"notes:{self.kind}:{self.number}"


def _unlabelled(point: str) -> str:
    """ "Twijfel: weinig ervaring met X" → "weinig ervaring met X": the kind of note is known
    already, and a label read out by the interviewer sounds like a form being filled in."""
    label, colon, rest = point.partition(":")
    labels = load(FILE)["note_labels"]
    if colon and rest.strip() and label.strip().lower() in {*labels["nl"], *labels["en"]}:
        return rest.strip()
    return point


def split_points(text: str) -> list[str]:
    """One point per line; a line with semicolons holds several. Bullets, labels ("Twijfel:")
    and empty lines go."""
    points: list[str] = []
    for line in text.splitlines():
        for part in line.split(";"):
            point = _unlabelled(" ".join(part.split()).strip(" -•*\t")).rstrip(" .;")
            if point and point.lower() not in (p.lower() for p in points):
                points.append(point)
    return points


def reveal(question_id: str, lang: Lang) -> tuple[str, str] | None:
    """What a question from the notes ("notes:doubt:2") really tests, and the tip; None for any
    other question."""
    kind = question_id.split(":")[1] if question_id.startswith("notes:") else ""
    entry = load(FILE).get(f"reveal_{kind}")
    return (pick(entry["tests"], lang), pick(entry["tip"], lang)) if entry else None


def _t(key: str, lang: Lang) -> str:
    return pick(load(FILE)[key], lang)


def _by_address(key: str, address: Address | None, lang: Lang) -> str:
    entry = load(FILE)[key]
    return pick(entry[address] if address else entry.get("none", entry["je"]), lang)


def second_person(clause: str, address: Address, lang: Lang) -> str:
    """Turn the candidate's own words about themself into how an interviewer would say them."""
    tokens = _WORD.findall(clause)
    has_ik = any(token.lower() == "ik" for token in tokens)
    out = []
    for token in tokens:
        low = token.lower()
        if lang == "en":
            swapped = _PRONOUNS_EN.get(low)
        else:
            swapped = _PRONOUNS_NL.get(low, {}).get(address)
            if swapped is None and has_ik:
                swapped = _VERBS_NL.get(low, {}).get(address)
        out.append(swapped if swapped is not None else token)
    return "".join(out)


def _whether_clause(text: str, lang: Lang) -> str | None:
    """ "Of ik genoeg ervaring heb met ..." → "ik genoeg ervaring heb met ..."; else None."""
    first, _, rest = text.rstrip(".?!").partition(" ")
    return rest if rest and first.lower() in load(FILE)["whether_words"][lang] else None


def _first_person(text: str, lang: Lang) -> bool:
    words = {w.lower() for w in _WORD.findall(text)}
    mine = {"ik", "mij", "me", "mijn"} if lang == "nl" else {"i", "me", "my", "i'm"}
    return bool(words & mine)


def _inline(text: str) -> str:
    """Lower the first letter to sit inside a sentence, unless it starts a name ("Sanne Jansen")
    or an abbreviation ("ICT")."""
    words = text.split(" ")
    first, second = words[0], (words[1] if len(words) > 1 else "")
    if first[1:].islower() and not second[:1].isupper():
        return first[:1].lower() + text[1:]
    return text


def _phrase(text: str) -> str:
    return _inline(clean_topic(text).rstrip("?"))


def _sentence(text: str) -> str:
    flat = text.rstrip(" .")
    return flat[:1].upper() + flat[1:] + "."


def doubt_question(text: str, asker: Asker | None, lang: Lang) -> str:
    """The mock question for one doubt, said by `asker` when there is one."""
    address: Address = asker.address if asker else "je"
    values = {"name": asker.name if asker else ""}
    who = "named" if asker else "unnamed"
    if (clause := _whether_clause(text, lang)) is not None:
        opening = _t(f"ask_whether_{who}", lang).format(
            clause=second_person(clause, address, lang), **values
        )
    elif _first_person(text, lang):
        sentence = _sentence(second_person(text, address, lang))
        sentence = _inline(sentence) if lang == "nl" else sentence  # Dutch: no capital after ":"
        opening = _t(f"ask_sentence_{who}", lang).format(sentence=sentence, **values)
    else:
        opening = _t(f"ask_about_{who}", lang).format(phrase=_phrase(text), **values)
    return f"{opening} {_by_address('doubt_follow', address, lang)}"


def topic_question(text: str, asker: Asker | None, lang: Lang) -> str:
    """The mock question for one topic. The interviewer says the candidate's "mijn aanpak" as
    "je aanpak" ("uw aanpak" to someone they say u to), as a doubt is said."""
    address: Address = asker.address if asker else "je"
    who = "named" if asker else "unnamed"
    phrase = _phrase(text)
    if _first_person(text, lang):
        phrase = second_person(phrase, address, lang)
    opening = _t(f"topic_{who}", lang).format(name=asker.name if asker else "", phrase=phrase)
    return f"{opening} {_by_address('topic_follow', address, lang)}"


def doubt_closing(text: str, address: Address | None, lang: Lang) -> str:
    """What the candidate can say near the end to take the doubt away (first person: their words)."""
    if (clause := _whether_clause(text, lang)) is not None:
        return _by_address("close_whether", address, lang).format(clause=clause.rstrip(" ."))
    if _first_person(text, lang):
        sentence = _inline(text.rstrip(" .")) + "."
        return _by_address("close_sentence", address, lang).format(sentence=sentence)
    return _by_address("close_about", address, lang).format(phrase=_phrase(text))


def topic_closing(text: str, address: Address | None, lang: Lang) -> str:
    """A question to ask about a topic; a topic that is already a question stays as it is. A topic
    about the candidate ("mijn aanpak van ...") is theirs to tell more about, so they offer that
    instead of asking the other person to tell about it."""
    tidy = clean_topic(text)
    if tidy.endswith("?"):
        return tidy
    key = "offer_topic" if _first_person(text, lang) else "ask_topic"
    return _by_address(key, address, lang).format(phrase=_inline(tidy))


def _words(text: str, lang: Lang) -> set[str]:
    stop = set(load(FILE)["stop_words"][lang])
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) >= 4 and w not in stop}


def best_example(text: str, examples: Sequence[ExampleInfo], lang: Lang) -> ExampleInfo | None:
    """The example that answers a note best: one proving a competency the note names, else one
    sharing the most words with it. Only real evidence (an action and a result) counts."""
    candidates = [e for e in examples if e.is_evidence]
    named = set(find_in_sentence(text))
    words = _words(text, lang)

    def score(example: ExampleInfo) -> tuple[int, int, int]:
        overlap = len(words & _words(f"{example.title} {example.text}", lang))
        named_hits = 3 * len(named & set(example.competencies))
        return (named_hits + overlap, -len(example.missing_parts), -example.id)

    scored = [(score(e), e) for e in candidates]
    fitting = [(s, e) for s, e in scored if s[0] > 0]
    return max(fitting, key=lambda pair: pair[0])[1] if fitting else None


def read_notes(
    *,
    doubts: str,
    topics: str,
    askers: Sequence[Asker],
    examples: Sequence[ExampleInfo],
    lang: Lang,
    table: Address | None = None,
) -> list[NotePoint]:
    """Every doubt, then every topic, of the previous round's notes as preparation for this one.
    The people who were there last time take turns asking (a doubt is theirs to raise). The closing
    lines are said near the end to the whole table, so they take the table's je or u (`table`,
    see `address.for_everyone`); without it, that of the person who raised the point."""
    points: list[NotePoint] = []
    raw = [("doubt", t) for t in split_points(doubts)] + [
        ("topic", t) for t in split_points(topics)
    ]
    counts = {"doubt": 0, "topic": 0}
    for index, (kind, text) in enumerate(raw[:MAX_POINTS]):
        counts[kind] += 1
        asker = askers[index % len(askers)] if askers else None
        address = (table or asker.address) if asker else None
        example = best_example(text, examples, lang)
        if kind == "doubt":
            question, closing = (
                doubt_question(text, asker, lang),
                doubt_closing(text, address, lang),
            )
            sheet = (
                _t("sheet_doubt_example", lang).format(text=text, example=example.title)
                if example
                else _t("sheet_doubt_none", lang).format(text=text)
            )
        else:
            question, closing = (
                topic_question(text, asker, lang),
                topic_closing(text, address, lang),
            )
            sheet = _t("sheet_topic", lang).format(text=text)
        points.append(
            NotePoint(
                kind=kind,  # type: ignore[arg-type]  # one of the two literals above
                number=counts[kind],
                text=text,
                asker=asker.name if asker else "",
                question=question,
                reason=_t(f"reason_{kind}", lang),
                slot_title=_t(f"slot_{kind}", lang).format(text=text),
                slot_asks=_t(f"slot_asks_{kind}", lang),
                example=example,
                closing=closing,
                sheet_line=sheet,
            )
        )
    return points


# What the candidate still wants to find out (a list of its own in the notes): never a question the
# mock asks, but something to look up, or to ask them at the next round.


def find_out_key(text: str) -> str:
    """The id of the question made from a point to find out: the same words give the same id,
    wherever the point stands in the list, so the plan knows the point is on the list of questions."""
    digest = hashlib.sha256(" ".join(text.casefold().split()).encode()).hexdigest()
    return f"find-out:{digest[:16]}"


# Words for them (the organisation) in a point, as said to the people at the table.
_THEM_NL = {"hun": {"je": "jullie", "u": "uw"}, "hen": {"je": "jullie", "u": "u"},
            "ze": {"je": "jullie"}, "zij": {"je": "jullie"}}  # fmt: skip
_THEM_EN = {"they": "you", "their": "your", "them": "you", "theirs": "yours",
            "themselves": "yourselves", "they're": "you're", "they've": "you've"}  # fmt: skip
# A Dutch clause keeps its word order when its last verb may be split ("inwerken") or belongs to
# a cluster ("hebben gemeten"): moving it to the front would break the sentence.
_SPLIT_PREFIXES = ("aan", "af", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit",
                   "voor", "door", "bij", "samen", "vast", "ge", "be", "ver", "her", "ont")  # fmt: skip
_CLUSTER = {"te", "hebben", "heeft", "zijn", "worden", "wordt", "willen", "kunnen", "moeten",
            "gaan", "zullen", "laten", "blijven", "en", "of", "de", "het", "een", "van", "met",
            "voor", "in", "op", "aan", "naar", "bij", "over", "uit", "om", "tot", "dan"}  # fmt: skip
_SHORT_VERBS = {"is", "kan", "wil", "mag", "zal", "ga", "doe", "sta"}


def said_to_them(clause: str, address: Address, lang: Lang) -> str:
    """ "hoe hun NPS wordt gemeten" → "hoe jullie NPS wordt gemeten" ("uw NPS" for u): the point
    is about them, and the question is said to them."""
    out = []
    for token in _WORD.findall(clause):
        low = token.lower()
        swapped = _THEM_EN.get(low) if lang == "en" else _THEM_NL.get(low, {}).get(address)
        out.append(swapped if swapped is not None else token)
    return "".join(out)


def _direct(clause: str) -> str | None:
    """ "hoe jullie de NPS meten" → "Hoe meten jullie de NPS?"; "of er een budget is" → "Is er een
    budget?". None when the order cannot be turned safely."""
    words = clause.split()
    if not 3 <= len(words) <= 8 or any(not w.isalpha() for w in words[-2:]):
        return None
    verb, before = words[-1], words[-2].lower()
    if before in _CLUSTER or verb.lower().startswith(_SPLIT_PREFIXES) or "," in clause:
        return None
    if not (verb.lower().endswith(("en", "t", "d")) or verb.lower() in _SHORT_VERBS):
        return None  # the clause ends in a noun ("… van de app"): its verb is elsewhere
    if words[0].lower() == "of":
        return f"{verb[:1].upper()}{verb[1:]} {' '.join(words[1:-1])}?"
    return f"{words[0][:1].upper()}{words[0][1:]} {verb} {' '.join(words[1:-1])}?"


def find_out_question(text: str, address: Address, lang: Lang, index: int = 0) -> str:
    """A first wording of the question to ask them about a point the candidate wanted to find out:
    "uitzoeken hoe ze de NPS meten" gives "Hoe meten jullie de NPS?". The candidate's own words
    stay, so the question takes their language when the point shows it; they can reword it on
    their list of questions. `index` (the point's place in the list) varies the opening, so five
    questions do not all start alike."""
    point = " ".join(text.strip(BULLETS).split())
    lead = research_lead(point)
    rest = point[len(lead) :].lstrip(" :,.;-").strip() or point
    lang = next((code for code in LANGS if lead.lower() in RESEARCH_LEADS[code]), lang)
    lead_words = lead.lower().split()
    if len(lead_words) > 1 and lead_words[-1] in load(FILE)["whether_words"][lang]:
        rest = f"{lead_words[-1]} {rest}"  # "kijken of …": the "of" belongs to the question
    rest = said_to_them(rest, address, lang)
    if rest.endswith("?"):
        return rest[:1].upper() + rest[1:]
    first = rest.split(" ")[0].lower()
    words = load(FILE)["question_words"]
    if asked_in := next((code for code in (lang, *LANGS) if first in words[code]), None):
        clause = rest[:1].lower() + rest[1:].rstrip(" .!")
        if asked_in == "nl" and (direct := _direct(clause)):
            return direct
        openings: list[str] = load(FILE)["find_out_ask"][address][asked_in]
        return openings[index % len(openings)].format(clause=clause)
    return _by_address("find_out_about", address, lang).format(phrase=clean_topic(rest))
