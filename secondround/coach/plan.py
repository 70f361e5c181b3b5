"""The six preparation steps (METHOD R2) as a plan with progress, and the draft answer of step 5."""

from __future__ import annotations

import re
from collections.abc import Mapping, Set
from dataclasses import dataclass
from datetime import date
from typing import Any

from .lang import Lang, load, pick
from .names import join_names, role_in_sentence

FILE = "plan.json"


@dataclass(frozen=True)
class PlanStep:
    key: str
    number: int
    title: str
    instruction: str


@dataclass(frozen=True)
class Progress:
    done_count: int
    total: int
    percent: int
    next_step_key: str | None  # None when every step is done


def _steps() -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = load(FILE)["steps"]
    return steps


STEP_KEYS: tuple[str, ...] = tuple(step["key"] for step in _steps())


def plan_steps(lang: Lang) -> list[PlanStep]:
    """The six steps in their order, numbered from 1."""
    return [
        PlanStep(
            key=step["key"],
            number=number,
            title=pick(step["title"], lang),
            instruction=pick(step["instruction"], lang),
        )
        for number, step in enumerate(_steps(), start=1)
    ]


def plan_progress(done: Set[str] | Mapping[str, bool]) -> Progress:
    """How far the plan is: unknown keys are ignored, a dict counts only the keys marked True."""
    finished = {key for key, value in done.items() if value} if isinstance(done, Mapping) else done
    done_keys = [key for key in STEP_KEYS if key in finished]
    open_keys = [key for key in STEP_KEYS if key not in finished]
    total = len(STEP_KEYS)
    return Progress(
        done_count=len(done_keys),
        total=total,
        percent=round(100 * len(done_keys) / total),
        next_step_key=open_keys[0] if open_keys else None,
    )


def days_left(interview_date: date | None, today: date) -> int | None:
    """Days until the interview: 0 on the day itself, negative once it has passed, None when no
    date is known yet."""
    return None if interview_date is None else (interview_date - today).days


def _text(key: str, lang: Lang) -> str:
    return pick(load(FILE)["topics"][key], lang)


def _lower_known_first_word(topic: str) -> str:
    """Lower "De planning" to "de planning" inside a sentence; a name like "Sanne" stays."""
    first, _, rest = topic.partition(" ")
    if first.lower() in load(FILE)["topics"]["lower_first_words"]:
        return " ".join(part for part in (first.lower(), rest) if part)
    return topic


LONG_WORD = 8  # first names are short; the nouns a note opens with are mostly long compounds


def _lower_list_capital(topic: str) -> str:
    """A note written as a list item ("Inwerkperiode en begeleiding") loses its capital inside a
    sentence; a name or an abbreviation keeps it ("Sanne haar idee", "Microsoft Teams", "HR-beleid",
    "KPN"). Without knowing every name, a short first word counts as a possible name."""
    words = topic.split()
    first = words[0] if words else ""
    if not first[:1].isupper() or first[1:] != first[1:].lower() or len(first) < LONG_WORD:
        return topic
    if any(word[:1].isupper() for word in words[1:]):
        return topic
    return first[:1].lower() + topic[1:]


def clean_topic(line: str) -> str:
    """One free-text topic line as a phrase to put inside a sentence (questions keep their "?")."""
    topic = " ".join(line.split()).strip(" -•*")
    if topic.endswith("?"):
        return topic[:1].upper() + topic[1:]
    return _lower_list_capital(_lower_known_first_word(topic.rstrip(".,;:!")))


# A note that is a whole sentence cannot sit in "ons gesprek over ...": a subject pronoun or a
# finite verb gives it away ("mijn voorbeeld viel goed", "we hadden een klik", "ik was te snel").
CLAUSE = re.compile(
    r"\b(ik|we|wij|ze|zij|hij|i|they|he|she|it|"
    r"is|was|waren|zijn|viel|vielen|ging|gingen|ga|gaat|had|hadden|heb|hebben|heeft|werd|kon|"
    r"wil|wilde|moet|moest|vond|vonden|vind|liep|kwam|went|were|did|had|felt|liked|got)\b",
    re.IGNORECASE,
)
MAX_TOPIC_WORDS = 8
INDIRECT_QUESTION = re.compile(
    r"(hoe|wat|wie|waarom|wanneer|welke|waar|how|what|who|why|when|which|where)\b", re.IGNORECASE
)


def topic_phrase(text: str) -> str:
    """A topic that fits "our talk about ...": a short noun phrase from a note ("de nieuwe
    planning") or an indirect question ("hoe het team werkt"); "" when the note is a sentence of its
    own or too long (then the letter simply leaves the line out)."""
    phrase = clean_topic(" ".join(text.split()).strip().rstrip("?!."))
    if not phrase or len(phrase.split()) > MAX_TOPIC_WORDS:
        return ""
    if INDIRECT_QUESTION.match(phrase):  # "hoe het team is opgebouwd" fits "over ..." as it is
        return phrase[:1].lower() + phrase[1:]
    return "" if CLAUSE.search(phrase) else phrase


def draft_topics_answer(topics: list[str], *, role: str, company: str, lang: Lang) -> str:
    """Draft the answer to "which topics would you like to discuss after our first talk?" from the
    round-one topics to come back to. Topics ending in "?" become questions; the rest are named.
    Without topics it gives a general draft that still shows interest in the work."""
    role, company = role_in_sentence(role, lang), " ".join(company.split())
    values = {
        "as_role": _text("as_role", lang).format(role=role)
        if role
        else _text("as_role_unknown", lang),
        "company": company or _text("company_unknown", lang),
    }
    lines = [line for topic in topics for line in topic.splitlines()]
    cleaned = list(dict.fromkeys(topic for topic in map(clean_topic, lines) if topic))
    # A note that is a sentence of its own cannot follow "terugkomen op": it is left out.
    statements = [topic_phrase(topic) for topic in cleaned if not topic.endswith("?")]
    statements = [topic for topic in statements if topic]
    questions = [topic for topic in cleaned if topic.endswith("?")]
    if not statements and not questions:
        return _text("empty", lang).format(**values)
    parts = [_text("opening", lang)]
    if statements:
        parts.append(_text("statements", lang).format(items=join_names(statements, lang)))
        focus = "focus_one" if len(statements) == 1 else "focus_many"
        parts.append(_text(focus, lang).format(**values))
    if questions:
        if len(questions) == 1 and lang == "nl":
            questions = [_lower_known_first_word(questions[0])]  # Dutch: no capital after a colon
        ask = "question_one" if len(questions) == 1 else "question_many"
        parts.append(_text(ask, lang).format(questions=" ".join(questions)))
    parts.append(_text("closing", lang).format(**values))
    return " ".join(parts)
