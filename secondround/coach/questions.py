"""The question bank: questions interviewers may ask (with the question behind the question, D3) and
questions the candidate can ask them (D5, D7), plus a check that the bank is complete and sound."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .address import ADDRESSES, Address, address_problems
from .drills import DRILL_KINDS, check_definitions, drill_entries
from .lang import LANGS, Lang, load

COMPETENCY_IDS: tuple[str, ...] = (
    "customer_focus", "flexibility", "collaboration", "planning_organising", "stress_resistance",
    "communication", "analytical", "result_orientation", "leadership", "initiative", "independence",
    "accuracy", "problem_solving", "creativity", "eagerness_to_learn", "responsibility",
    "integrity", "persuasiveness", "negotiation", "presenting", "writing", "listening", "empathy",
    "coaching",
    "decisiveness", "conflict_handling", "adaptability_change", "commercial", "entrepreneurship",
    "innovation", "quality_focus", "proactive", "networking", "organisational_sensitivity",
    "hands_on", "digital_skills", "data_driven", "project_management", "stakeholder_management",
    "perseverance", "self_reflection", "motivation", "cost_awareness", "safety_awareness",
    "discretion", "hospitality", "multitasking",
)  # fmt: skip
ASKER_KINDS: tuple[str, ...] = ("hr", "colleague", "manager", "director")
ROUNDS: tuple[str, ...] = ("first", "second", "both")
CATEGORIES: tuple[str, ...] = (
    "intro", "motivation", "role_depth", "team_fit", "competency", "salary_terms", "difficult",
    "closing", "signal",
)  # fmt: skip
ANSWER_TYPES: tuple[str, ...] = ("star", "short", "pitch", "opinion")
ASK_CATEGORIES: tuple[str, ...] = (
    "work_content", "team", "development", "culture", "procedure_closing", "terms",
)  # fmt: skip
D_POINTS: tuple[str, ...] = ("D1", "D2", "D3", "D4", "D5", "D6", "D7")
METHOD_POINTS: frozenset[str] = frozenset(
    "G1 G2 G3 G4 G5 P1 P2 P3 R1 R2 R3 R4 R5 D1 D2 D3 D4 D5 D6 D7 S1 S2 S3 S4 A1 A2".split()
)
# The round-two questions METHOD D5 names, and the closing of D7: each must exist under this key.
D5_KEYS: tuple[str, ...] = (
    "working_day", "feedback", "priorities", "team_composition", "lunch", "workplace",
    "departments", "development", "reputation", "team_skills",
)  # fmt: skip
D7_KEYS: tuple[str, ...] = ("procedure", "when_hear", "when_start", "thanks")
_PER_CATEGORY = 3
_FORMAL_DUTCH = re.compile(r"\b(u|uw)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Bilingual:
    nl: str
    en: str
    nl_u: str = ""  # the Dutch said to someone addressed with "u", when it differs

    def get(self, lang: Lang, address: Address = "je") -> str:
        if lang == "en":
            return self.en
        return self.nl_u if address == "u" and self.nl_u else self.nl


@dataclass(frozen=True)
class Question:
    """A question an interviewer may ask, with who asks it, when, and what it really tests."""

    id: str
    text: Bilingual
    kinds: tuple[str, ...]
    round: str
    competencies: tuple[str, ...]
    difficulty: int
    category: str
    answer_type: str
    tests: Bilingual
    tip: Bilingual
    method_points: tuple[str, ...] = ()

    def text_in(self, lang: Lang, address: Address = "je") -> str:
        """The question as the interviewer says it: in Dutch with "u" to a candidate they
        address with "u" (`coach/address.py`)."""
        return self.text.get(lang, address)

    def tests_in(self, lang: Lang) -> str:
        return self.tests.get(lang)

    def tip_in(self, lang: Lang) -> str:
        return self.tip.get(lang)


@dataclass(frozen=True)
class AskQuestion:
    """A question the candidate can ask the interviewers, and what it tells them."""

    id: str
    text: Bilingual
    kinds: tuple[str, ...]
    category: str
    why: Bilingual
    method_point: str | None = None
    key: str | None = None

    def text_in(self, lang: Lang, address: Address = "je") -> str:
        return self.text.get(lang, address)

    def why_in(self, lang: Lang) -> str:
        return self.why.get(lang)


@dataclass(frozen=True)
class Suggestion:
    id: str
    text: str
    why: str
    for_kinds: tuple[str, ...]


def _bilingual(texts: dict[str, str]) -> Bilingual:
    return Bilingual(nl=texts.get("nl", ""), en=texts.get("en", ""), nl_u=texts.get("nl_u", ""))


def _question(entry: dict[str, Any]) -> Question:
    return Question(
        id=entry["id"],
        text=_bilingual(entry["text"]),
        kinds=tuple(entry["kinds"]),
        round=entry["round"],
        competencies=tuple(entry["competencies"]),
        difficulty=int(entry["difficulty"]),
        category=entry["category"],
        answer_type=entry["answer_type"],
        tests=_bilingual(entry["tests"]),
        tip=_bilingual(entry["tip"]),
        method_points=tuple(entry.get("method_points", [])),
    )


def _ask(entry: dict[str, Any]) -> AskQuestion:
    return AskQuestion(
        id=entry["id"],
        text=_bilingual(entry["text"]),
        kinds=tuple(entry["kinds"]),
        category=entry["category"],
        why=_bilingual(entry["why"]),
        method_point=entry.get("method_point"),
        key=entry.get("key"),
    )


@cache
def _they_ask() -> tuple[Question, ...]:
    return tuple(_question(entry) for entry in load("questions_they_ask.json"))


@cache
def _to_ask() -> tuple[AskQuestion, ...]:
    return tuple(_ask(entry) for entry in load("questions_to_ask.json"))


def questions_they_ask() -> list[Question]:
    """Every question an interviewer may ask, in file order."""
    return list(_they_ask())


def questions_to_ask() -> list[AskQuestion]:
    """Every question the candidate may ask, in file order."""
    return list(_to_ask())


def worded_for(source_id: str, text: str, *, lang: Lang, address: Address) -> str:
    """A question to ask that came from the bank (`source_id`), worded for `address`: "Wat vindt u
    het leukste aan deze functie?" to someone who gets "u", even when it was picked for a table
    that said "je". A text the user changed stays theirs, word for word."""
    question = next((q for q in _to_ask() if q.id == source_id), None)
    if question is None or text not in {question.text_in(lang, a) for a in ADDRESSES}:
        return text
    return question.text_in(lang, address)


def get_question(question_id: str) -> Question:
    """One question by id; KeyError when it does not exist."""
    for question in _they_ask():
        if question.id == question_id:
            return question
    raise KeyError(f"unknown question: {question_id}")


def typical_answer_type(category: str) -> str:
    """The kind of answer the bank's questions of this category ask for most often (for a
    question of the user's own, which says nothing about it); a STARR example for a category the
    bank does not know, or none."""
    counts = Counter(q.answer_type for q in _they_ask() if q.category == category)
    return counts.most_common(1)[0][0] if counts else "star"


def _plain(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(" ?.!")


@cache
def _context_by_text() -> dict[str, str]:
    table = {}
    for question in _they_ask():
        for lang in LANGS:
            context = f"{question.tests_in(lang)} {question.tip_in(lang)}"
            for address in ADDRESSES:
                table[_plain(question.text_in(lang, address))] = context
    return table


def context_for(text: str) -> str:
    """What a bank question is about (what it tests and its tip), found by its text in either
    language and either form of address; empty for a question that is not in the bank."""
    return _context_by_text().get(_plain(text), "") if text.strip() else ""


def context_of(question_id: str, lang: Lang) -> str:
    """What the bank question with this id is about; empty for an own question."""
    try:
        question = get_question(question_id)
    except KeyError:
        return ""
    return f"{question.tests_in(lang)} {question.tip_in(lang)}"


# ---------------------------------------------------------------- validation


def _text_problems(where: str, field: str, texts: Bilingual) -> list[str]:
    problems = []
    if not texts.nl.strip() or not texts.en.strip():
        problems.append(f"{where}: {field} is empty in one language")
    elif texts.nl.strip() == texts.en.strip():
        problems.append(f"{where}: {field} is the same in Dutch and English")
    if _FORMAL_DUTCH.search(texts.nl):
        problems.append(f"{where}: {field} uses formal 'u' in Dutch; use 'je'")
    return problems


def _tag_problems(
    where: str, name: str, values: Iterable[Any], allowed: Iterable[Any]
) -> list[str]:
    allowed_set = set(allowed)
    return [f"{where}: unknown {name} {value!r}" for value in values if value not in allowed_set]


def _question_problems(question: Question) -> list[str]:
    where = question.id or "<no id>"
    problems = [
        p for f in ("text", "tests", "tip") for p in _text_problems(where, f, getattr(question, f))
    ]
    # The interviewer says the question: to someone they address with "u", in the "u" form.
    problems += address_problems(where, question.text.nl, question.text.nl_u)
    if not question.kinds:
        problems.append(f"{where}: no kinds")
    problems += _tag_problems(where, "kind", question.kinds, ASKER_KINDS)
    problems += _tag_problems(where, "round", [question.round], ROUNDS)
    problems += _tag_problems(where, "competency", question.competencies, COMPETENCY_IDS)
    problems += _tag_problems(where, "difficulty", [question.difficulty], (1, 2, 3))
    problems += _tag_problems(where, "category", [question.category], CATEGORIES)
    problems += _tag_problems(where, "answer type", [question.answer_type], ANSWER_TYPES)
    problems += _tag_problems(where, "method point", question.method_points, METHOD_POINTS)
    return problems


def _ask_problems(ask: AskQuestion) -> list[str]:
    where = ask.id or "<no id>"
    problems = [p for f in ("text", "why") for p in _text_problems(where, f, getattr(ask, f))]
    problems += address_problems(where, ask.text.nl, ask.text.nl_u)
    if not ask.kinds:
        problems.append(f"{where}: no kinds")
    problems += _tag_problems(where, "kind", ask.kinds, ASKER_KINDS)
    problems += _tag_problems(where, "category", [ask.category], ASK_CATEGORIES)
    if ask.method_point is not None:
        problems += _tag_problems(where, "method point", [ask.method_point], METHOD_POINTS)
    return problems


def _drill_problems(entry: dict[str, Any], checks: dict[str, dict[str, Any]]) -> list[str]:
    where = str(entry.get("id", "<no id>"))
    problems = _tag_problems(where, "drill kind", [entry.get("kind")], DRILL_KINDS)
    problems += _tag_problems(where, "method point", entry.get("method_points", []), METHOD_POINTS)
    for field in ("prompt", "instructions"):
        problems += _text_problems(where, field, _bilingual(entry.get(field, {})))
    prompt = _bilingual(entry.get("prompt", {}))  # what the interviewer asks: "je" and "u"
    problems += address_problems(f"{where} prompt", prompt.nl, prompt.nl_u)
    for item in entry.get("checks", []):
        check = checks.get(item.get("code", ""))
        if check is None:
            problems.append(f"{where}: unknown check {item.get('code')!r}")
        elif "min_words" not in check and not all(check["patterns"].get(lg) for lg in LANGS):
            problems.append(f"{where}: check {item['code']} lacks patterns in a language")
    return problems


def _duplicates(where: str, values: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    twice = []
    for value in values:
        norm = " ".join(value.lower().split())
        if norm in seen:
            twice.append(f"{where}: duplicate {value!r}")
        seen.add(norm)
    return twice


def _coverage_problems(
    questions: Sequence[Question], asks: Sequence[AskQuestion], drills: Sequence[dict[str, Any]]
) -> list[str]:
    covered = {c for q in questions for c in q.competencies}
    problems = [
        f"competency {c} is probed by no question" for c in COMPETENCY_IDS if c not in covered
    ]
    for kind in ASKER_KINDS:
        if not any(kind in q.kinds for q in questions):
            problems.append(f"no question is asked by {kind}")
        if not any(kind in a.kinds for a in asks):
            problems.append(f"no question to ask suits {kind}")
    points = {p for q in questions for p in q.method_points}
    points |= {a.method_point for a in asks if a.method_point}
    points |= {p for d in drills for p in d.get("method_points", [])}
    problems += [f"method point {p} appears nowhere" for p in D_POINTS if p not in points]
    keys = {(a.method_point, a.key) for a in asks}
    problems += [f"D5 question {k!r} is missing" for k in D5_KEYS if ("D5", k) not in keys]
    problems += [f"D7 closing {k!r} is missing" for k in D7_KEYS if ("D7", k) not in keys]
    return problems


def validate_bank(
    questions: Sequence[Question] | None = None,
    asks: Sequence[AskQuestion] | None = None,
    drills: Sequence[dict[str, Any]] | None = None,
) -> list[str]:
    """Every problem in the bank (the stored one unless given): empty when all is well."""
    questions = questions_they_ask() if questions is None else questions
    asks = questions_to_ask() if asks is None else asks
    drills = drill_entries() if drills is None else drills
    checks = check_definitions()
    problems = [p for q in questions for p in _question_problems(q)]
    problems += [p for a in asks for p in _ask_problems(a)]
    problems += [p for d in drills for p in _drill_problems(d, checks)]
    ids = [q.id for q in questions] + [a.id for a in asks] + [str(d.get("id")) for d in drills]
    problems += _duplicates("id", ids)
    for lang in LANGS:
        problems += _duplicates(f"question text ({lang})", [q.text.get(lang) for q in questions])
        problems += _duplicates(f"question to ask ({lang})", [a.text.get(lang) for a in asks])
    problems += _duplicates(
        "question text (nl, u)", [q.text.nl_u for q in questions if q.text.nl_u]
    )
    return problems + _coverage_problems(questions, asks, drills)


# ---------------------------------------------------------------- suggestions


def _suggestion_score(ask: AskQuestion, wanted: set[str], round_number: int) -> float:
    """How well a question suits the people at the table; one that suits only them comes first."""
    overlap = len(wanted & set(ask.kinds))
    score = 2.0 * overlap / len(ask.kinds) + 0.25 * overlap
    if round_number >= 2 and ask.method_point == "D5":
        score += 1.5
    return score


def _suggestion(ask: AskQuestion, wanted: set[str], lang: Lang, address: Address) -> Suggestion:
    for_kinds = tuple(kind for kind in ask.kinds if kind in wanted)
    text = ask.text_in(lang, address)
    return Suggestion(id=ask.id, text=text, why=ask.why_in(lang), for_kinds=for_kinds)


def suggest_questions_to_ask(
    kinds: list[str], *, round_number: int, lang: Lang, limit: int = 8, address: Address = "je"
) -> list[Suggestion]:
    """Good questions to ask the people at the table, ending with the D7 question about what happens
    next. Round two and later favours the round-two questions of D5; round one leaves out terms (S1:
    do not open with salary). At most three per category while there is enough to choose from."""
    if limit < 1:
        return []
    wanted = set(kinds) & set(ASKER_KINDS) or set(ASKER_KINDS)
    pool = [
        (index, ask)
        for index, ask in enumerate(_to_ask())
        if ask.category != "procedure_closing" and wanted & set(ask.kinds)
        and not (round_number < 2 and ask.category == "terms")
    ]  # fmt: skip
    pool.sort(key=lambda pair: (-_suggestion_score(pair[1], wanted, round_number), pair[0]))
    chosen: list[AskQuestion] = []
    per_category: dict[str, int] = {}
    for _, ask in pool:
        if len(chosen) < limit - 1 and per_category.get(ask.category, 0) < _PER_CATEGORY:
            chosen.append(ask)
            per_category[ask.category] = per_category.get(ask.category, 0) + 1
    # A small panel may not have enough variety: then top up without the cap.
    chosen += [ask for _, ask in pool if ask not in chosen][: max(0, limit - 1 - len(chosen))]
    closing = next(a for a in _to_ask() if a.method_point == "D7" and a.key == "procedure")
    return [_suggestion(ask, wanted, lang, address) for ask in [*chosen, closing]]
