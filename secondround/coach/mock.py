"""A mock interview composed from the panel (METHOD P1, P2, P3, G2, G3): who sits at the table
decides which questions come, and every pick says why it is there."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import competencies
from .address import Address, for_everyone
from .lang import Lang, load, pick
from .names import role_in_sentence
from .panel import PanelMember, who_asks
from .questions import ASKER_KINDS, COMPETENCY_IDS, Question, questions_they_ask

TARGET_SECONDS: dict[str, tuple[int, int]] = {
    "star": (60, 120),
    "short": (20, 45),
    "pitch": (30, 90),
    "opinion": (30, 60),
}
# The order a real talk tends to follow: introduction first, terms and closing last.
TALK_ORDER: tuple[str, ...] = (
    "intro", "notes", "motivation", "signal", "role_depth", "competency", "team_fit", "difficult",
    "salary_terms", "closing",
)  # fmt: skip


@dataclass(frozen=True)
class MockPick:
    question_id: str
    text: str
    category: str
    answer_type: str
    target_seconds: tuple[int, int]
    reasons: tuple[str, ...]
    asker: str = ""  # who at the table asks it, when the coach knows


@dataclass(frozen=True)
class NoteQuestion:
    """A question from the previous round's notes (a doubt or a topic), with who asks it."""

    key: str
    text: str
    asker: str
    reason: str


MAX_NOTE_QUESTIONS = 3  # the rest of the mock still needs room for the panel's own questions


@dataclass
class _Draft:
    """The mock being built: picks in the order they were chosen, each with its reasons."""

    size: int
    lang: Lang
    available: list[Question]
    tiebreak: dict[str, float]
    wanted: tuple[str, ...]
    panel: Sequence[PanelMember] = ()
    reasons: dict[str, list[str]] = field(default_factory=dict)
    askers: dict[str, str] = field(default_factory=dict)
    notes: dict[str, NoteQuestion] = field(default_factory=dict)

    @property
    def full(self) -> bool:
        return len(self.reasons) >= self.size

    def best(self, score: Callable[[Question], float | None]) -> Question | None:
        """The best question not yet chosen; `score` returns None for questions that do not fit.
        Equal scores are broken by the seeded tiebreak, so a seed gives a stable, varied mock."""
        if self.full:
            return None
        scored = [(s, q) for q in self.available if q.id not in self.reasons for s in [score(q)]]
        fitting = [(s, q) for s, q in scored if s is not None]
        if not fitting:
            return None
        return min(fitting, key=lambda pair: (-pair[0], self.tiebreak[pair[1].id]))[1]

    def add(self, score: Callable[[Question], float | None], reason: str) -> Question | None:
        chosen = self.best(score)
        if chosen is not None:
            self.reasons[chosen.id] = [reason]
        return chosen


def competency_name(competency: str, lang: Lang) -> str:
    """The competency's name from the lexicon, lower-cased to sit inside a sentence (an id the
    lexicon does not know, e.g. from an export of a newer version, is shown as words)."""
    try:
        name = competencies.name(competency, lang)
    except KeyError:
        name = competency.replace("_", " ")
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def _texts() -> dict[str, Any]:
    data: dict[str, Any] = load("mock.json")
    return data


def _reason(code: str, lang: Lang, **values: str) -> str:
    return pick(_texts()["reasons"][code], lang).format(**values)


def _join(parts: list[str], lang: Lang) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {pick(_texts()['and'], lang)} {parts[-1]}"


def _kind(kind: str) -> str:
    return kind if kind in ASKER_KINDS else "other"


def _who(member: PanelMember, lang: Lang) -> str:
    """ "Sanne (recruiter)" when the user named the person and their role: the kind alone would
    call a recruiter "de HR-adviseur"; else "de HR-adviseur (Sanne)", or the kind alone."""
    if member.name and member.role_title.strip():
        return f"{member.name} ({role_in_sentence(member.role_title, lang)})"
    article = pick(_texts()["kind_with_article"][_kind(member.kind)], lang)
    return f"{article} ({member.name})" if member.name else article


def _asking_labels() -> dict[str, Any]:
    """Who often asks a question, said of a kind in general: "HR", not "de HR-adviseur", since
    HR at the table is as often a recruiter."""
    return {**_texts()["kind_with_article"], **_texts()["kind_asking"]}


def _member_kinds(member: PanelMember) -> set[str]:
    """Kinds whose questions this person may ask; someone of another kind may ask anything."""
    return {member.kind} if member.kind in ASKER_KINDS else set(ASKER_KINDS)


def _overlap(question: Question, kinds: Iterable[str]) -> int:
    return len(set(question.kinds) & set(kinds))


def _round_fit(question: Question, round_number: int) -> float:
    if question.round == "both":
        return 1.0
    return 1.5 if (question.round == "first") == (round_number <= 1) else 0.0


def compose_mock(
    panel: list[PanelMember],
    *,
    round_number: int,
    competencies: list[str],
    lang: Lang,
    size: int = 8,
    seed: int = 0,
    exclude: set[str] | frozenset[str] = frozenset(),
    asked_before: Mapping[str, int] | None = None,
    notes: Sequence[NoteQuestion] = (),
) -> list[MockPick]:
    """Compose a mock interview of at most `size` questions for this panel and round. Always opens
    with a pitch, always holds a difficult question; new faces bring back round-one questions, known
    faces go deeper with STARR questions, and each competency the vacancy asks for is in a reason.
    Questions the candidate was really asked before (`asked_before`: id → times, from reflections)
    come back first after the panel's own questions (A1: practise what comes back). Doubts and
    topics from the previous round's notes (`notes`) come right after the opening, asked by
    someone who was there last time (R1, P2). A bank question is worded in the form of address of
    the person who asks it ("Wat is uw grootste zwakte?" from someone who says "u").
    """
    if size < 1:
        return []
    bank = questions_they_ask()
    rng = random.Random(seed)
    tiebreak = {q.id: rng.random() for q in bank}
    wanted = tuple(dict.fromkeys(c for c in competencies if c in COMPETENCY_IDS))
    available = [q for q in bank if q.id not in exclude]
    draft = _Draft(
        size=size, lang=lang, available=available, tiebreak=tiebreak, wanted=wanted, panel=panel
    )
    table = set().union(*(_member_kinds(m) for m in panel)) if panel else set(ASKER_KINDS)
    _add_intro(draft, panel, table, round_number)
    for note in list(notes)[:MAX_NOTE_QUESTIONS]:
        if not draft.full:
            draft.notes[note.key] = note
            draft.reasons[note.key] = [note.reason]
            draft.askers[note.key] = note.asker
    _add_difficult(draft, table, round_number)
    if round_number >= 2:
        _add_salary(draft, panel)
    _add_team_fit(draft, panel, round_number)
    for member in panel:
        _add_for_member(draft, member, round_number)
    _add_asked_before(draft, asked_before or {})
    _add_competencies(draft, table, round_number)
    if round_number >= 2:
        _add_kind_slot(draft, "role_depth", table, round_number, _reason("role_depth", lang))
    _fill(draft, table, round_number)
    return _ordered(draft)


def _bonus(draft: _Draft, question: Question) -> float:
    """A small preference for questions that also probe a competency the vacancy asks for."""
    return 0.5 * len(set(question.competencies) & set(draft.wanted))


def _add_intro(draft: _Draft, panel: list[PanelMember], table: set[str], rnd: int) -> None:
    new_faces = rnd >= 2 and any(not m.known for m in panel)

    def score(q: Question) -> float | None:
        if q.category != "intro" or not _overlap(q, table):
            return None
        newcomer = "G3" in q.method_points  # "I wasn't there last time": only from a new face
        if newcomer and not new_faces:
            return None
        pitch = 3.0 * (q.answer_type == "pitch")
        return pitch + newcomer + _round_fit(q, rnd) + 0.1 * _overlap(q, table)

    chosen = draft.add(score, _reason("intro", draft.lang))
    if chosen and not panel:
        draft.reasons[chosen.id].append(_reason("panel_unknown", draft.lang))
    if chosen and "G3" in chosen.method_points:
        # "I wasn't there last time" is said by a new face, not by whoever sat there before.
        new = [m for m in panel if not m.known and m.name and _overlap(chosen, _member_kinds(m))]
        if new:
            draft.askers[chosen.id] = new[0].name


def _add_difficult(draft: _Draft, table: set[str], rnd: int) -> None:
    def score(q: Question) -> float | None:
        if q.category != "difficult" or not _overlap(q, table):
            return None
        return _round_fit(q, rnd) + 0.3 * _overlap(q, table) + _bonus(draft, q)

    draft.add(score, _reason("difficult", draft.lang))


def _add_salary(draft: _Draft, panel: list[PanelMember]) -> None:
    deciders = [m for m in panel if m.kind in ("hr", "manager")]
    if panel and not deciders:
        return
    kinds = {m.kind for m in deciders} or {"hr", "manager"}
    if deciders:
        who = _join([_who(m, draft.lang) for m in deciders], draft.lang)
    else:
        labels = _asking_labels()
        who = _join(
            [pick(labels["hr"], draft.lang), pick(labels["manager"], draft.lang)], draft.lang
        )

    def score(q: Question) -> float | None:
        if q.category != "salary_terms" or not _overlap(q, kinds):
            return None
        return _round_fit(q, 2) + _overlap(q, kinds)

    chosen = draft.add(score, _reason("salary", draft.lang, who=who))
    if chosen is not None and deciders:
        draft.askers[chosen.id] = deciders[0].name


def _add_team_fit(draft: _Draft, panel: list[PanelMember], rnd: int) -> None:
    colleagues = [m for m in panel if m.kind == "colleague"]
    if not colleagues:
        return
    names = _join([m.name for m in colleagues if m.name], draft.lang) or _kind_short(
        "colleague", draft.lang
    )

    def score(q: Question) -> float | None:
        if q.category != "team_fit" or "colleague" not in q.kinds:
            return None
        return _round_fit(q, rnd) + _bonus(draft, q)

    chosen = draft.add(score, _reason("team_fit", draft.lang, names=names))
    if chosen is not None:
        draft.askers[chosen.id] = colleagues[0].name


def _kind_short(kind: str, lang: Lang) -> str:
    return pick(_texts()["kind_short"][_kind(kind)], lang)


def _add_for_member(draft: _Draft, member: PanelMember, rnd: int) -> None:
    kinds = _member_kinds(member)
    if rnd <= 1 or not member.known:
        _add_round_one(draft, member, kinds, rnd)
        return
    reason = _reason(
        "known_face", draft.lang, name=member.name or _who(member, draft.lang),
        kind=_kind_short(member.kind, draft.lang),
    )  # fmt: skip

    def deeper(q: Question) -> float | None:
        if q.category != "competency" or q.answer_type != "star" or not _overlap(q, kinds):
            return None
        return 1.0 * (q.round == "second") + 2 * _bonus(draft, q) + 0.2 * q.difficulty

    chosen = draft.add(deeper, reason)
    if chosen is not None:
        draft.askers[chosen.id] = member.name


def _add_round_one(draft: _Draft, member: PanelMember, kinds: set[str], rnd: int) -> None:
    """A new face (or anyone in round one) asks the questions of a first talk (P2, G3)."""
    code = "first_round" if rnd <= 1 else "new_face"
    reason = _reason(code, draft.lang, who=_who(member, draft.lang))
    opening = ("motivation", "team_fit", "signal", "competency", "difficult")

    def score(q: Question) -> float | None:
        if q.round == "second" or q.category not in opening or not _overlap(q, kinds):
            return None
        return (q.round == "first") + 1.0 * (q.category == "motivation") + _bonus(draft, q)

    chosen = draft.add(score, reason)
    if chosen is not None:
        draft.askers[chosen.id] = member.name


def _add_asked_before(draft: _Draft, asked: Mapping[str, int], limit: int = 2) -> None:
    """Up to `limit` questions from real interviews, the most asked first."""
    for question_id, times in sorted(asked.items(), key=lambda item: (-item[1], item[0]))[:limit]:
        reason = _reason("came_back", draft.lang, count=str(times))
        if question_id in draft.reasons:
            draft.reasons[question_id].append(reason)
            continue

        def score(q: Question, question_id: str = question_id) -> float | None:
            return 1.0 if q.id == question_id else None

        draft.add(score, reason)


def _add_competencies(draft: _Draft, table: set[str], rnd: int) -> None:
    for competency in draft.wanted:
        reason = _reason(
            "competency", draft.lang, competency=competency_name(competency, draft.lang)
        )
        covering = [
            qid
            for qid in draft.reasons
            if qid not in draft.notes and competency in _by_id(draft, qid).competencies
        ]
        if covering:
            draft.reasons[covering[0]].append(reason)
            continue

        def score(q: Question, competency: str = competency) -> float | None:
            if competency not in q.competencies:
                return None
            return 2.0 * (q.answer_type == "star") + _overlap(q, table) + _round_fit(q, rnd)

        draft.add(score, reason)


def _by_id(draft: _Draft, question_id: str) -> Question:
    return next(q for q in draft.available if q.id == question_id)


def _add_kind_slot(draft: _Draft, category: str, table: set[str], rnd: int, reason: str) -> None:
    def score(q: Question) -> float | None:
        if q.category != category or not _overlap(q, table):
            return None
        return _round_fit(q, rnd) + 0.3 * _overlap(q, table) + _bonus(draft, q)

    draft.add(score, reason)


def _fill(draft: _Draft, table: set[str], rnd: int) -> None:
    """Top up with a varied mix, one category at a time, each saying who usually asks it."""
    rounds = ("motivation", "competency", "team_fit", "role_depth", "signal", "closing")
    while not draft.full:
        before = len(draft.reasons)
        for category in rounds:
            chosen = draft.best(_fill_score(draft, category, table, rnd))
            if chosen is not None:
                labels = _asking_labels()
                kinds = [pick(labels[k], draft.lang) for k in chosen.kinds if k in table]
                reason = _reason("asked_by", draft.lang, kinds=_join(kinds, draft.lang))
                draft.reasons[chosen.id] = [reason]
        if len(draft.reasons) == before:
            return


def _fill_score(
    draft: _Draft, category: str, table: set[str], rnd: int
) -> Callable[[Question], float | None]:
    def score(q: Question) -> float | None:
        if q.category != category or not _overlap(q, table) or _round_fit(q, rnd) == 0.0:
            return None
        return _bonus(draft, q)

    return score


def _ordered(draft: _Draft) -> list[MockPick]:
    order = {qid: index for index, qid in enumerate(draft.reasons)}
    picks = [_note_pick(draft, note) for note in draft.notes.values()] + [
        _bank_pick(draft, _by_id(draft, qid)) for qid in draft.reasons if qid not in draft.notes
    ]
    return sorted(picks, key=lambda p: (TALK_ORDER.index(p.category), order[p.question_id]))


def _note_pick(draft: _Draft, note: NoteQuestion) -> MockPick:
    return MockPick(
        question_id=note.key,
        text=note.text,
        category="notes",
        answer_type="star",
        target_seconds=TARGET_SECONDS["star"],
        reasons=tuple(draft.reasons[note.key]),
        asker=note.asker,
    )


def _address(draft: _Draft, q: Question) -> Address:
    """Je or u from the person named as asking this question; a question nobody is named for is
    asked on behalf of the whole table, in the table's form ("u" as soon as one of them gets "u");
    "je" with nobody at the table."""
    asker = draft.askers.get(q.id, "")
    if not asker:
        return for_everyone(member.address for member in draft.panel)
    index = who_asks(draft.panel, asker=asker, kinds=q.kinds)
    return "je" if index is None else draft.panel[index].address


def _bank_pick(draft: _Draft, q: Question) -> MockPick:
    return MockPick(
        question_id=q.id,
        text=q.text_in(draft.lang, _address(draft, q)),
        category=q.category,
        answer_type=q.answer_type,
        target_seconds=TARGET_SECONDS[q.answer_type],
        reasons=tuple(draft.reasons[q.id]),
        asker=draft.askers.get(q.id, ""),
    )


def single_pick(question: Question, panel: Sequence[PanelMember], *, lang: Lang) -> MockPick:
    """One bank question practised on its own, asked as a mock for this panel would ask it: by the
    person at the table of a kind that asks it (a known face first), in that person's je or u;
    with nobody at the table, by nobody in particular and with "je". The reasons say the candidate
    picked it and who often asks it."""
    index = who_asks(panel, asker="", kinds=question.kinds)
    member = None if index is None else panel[index]
    labels = _asking_labels()
    kinds = [pick(labels[kind], lang) for kind in question.kinds if kind in labels]
    reasons = [_reason("picked", lang)]
    if kinds:
        reasons.append(_reason("asked_by", lang, kinds=_join(kinds, lang)))
    answer_type = question.answer_type if question.answer_type in TARGET_SECONDS else "star"
    return MockPick(
        question_id=question.id,
        text=question.text_in(lang, member.address if member else "je"),
        category=question.category,
        answer_type=answer_type,
        target_seconds=TARGET_SECONDS[answer_type],
        reasons=tuple(reasons),
        asker=member.name if member else "",
    )
