"""What the practice pages show and other apps may read: the names of the bank's tags, the question
bank as one list, an answer with its feedback, a session summary, progress, and the questions to ask
at a round with suggestions for its panel. Writes are in `services.py`."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from secondround.applications.selectors import (
    InterviewerKind,
    Round,
    notes_of,
    previous_round,
    round_address,
    round_panel,
)
from secondround.coach import questions as coach
from secondround.coach.address import Address
from secondround.coach.answer_kinds import pitch_elements
from secondround.coach.drills import drills
from secondround.coach.follow_up_answers import parts_supplied
from secondround.coach.lang import Lang, as_lang
from secondround.coach.notes import is_lookup, shown_point
from secondround.coach.questions import Suggestion
from secondround.coach.round_notes import find_out_key
from secondround.coach.round_notes import reveal as note_reveal
from secondround.coach.speech import Length, answer_length
from secondround.talk.selectors import ai_wait_seconds

from .models import (
    Direction,
    DrillAttempt,
    EarlierAttempt,
    MockAnswer,
    MockSession,
    OwnQuestion,
    RoundQuestion,
)

# An answer as the user gave it, the last one or one before an improvement: read the same way.
AnyAttempt = MockAnswer | EarlierAttempt

# Names the user sees for the tags of the question bank: interviewer kinds, categories, rounds

CATEGORIES: dict[str, Promise] = {
    "intro": _("Introduction"),
    "motivation": _("Motivation"),
    "competency": _("Skills with an example"),
    "role_depth": _("The role in depth"),
    "team_fit": _("Fit with the team"),
    "difficult": _("Difficult questions"),
    "signal": _("Questions behind the question"),
    "salary_terms": _("Salary and terms"),
    "closing": _("Closing"),
    "work_content": _("The work itself"),
    "team": _("The team"),
    "development": _("Development"),
    "culture": _("Culture and way of working"),
    "terms": _("Terms of employment"),
    "procedure_closing": _("Procedure and closing"),
}

ROUNDS: dict[str, Promise] = {
    "both": _("Any round"),
    "first": _("Mostly round one"),
    "second": _("Mostly round two"),
}

PARTS: dict[str, Promise] = {
    "situation": _("Situation"),
    "task": _("Task"),
    "action": _("Action"),
    "result": _("Result"),
    "reflection": _("Reflection"),
}

DRILL_KINDS: dict[str, Promise] = {
    "buy_time": _("Buy a moment to think"),
    "clarify": _("Ask what they mean"),
    "structure": _("Answer in a clear order"),
    "closing": _("Close the interview well"),
    "salary": _("Talk about salary"),
}


def drill_kind_label(kind: str) -> str:
    return str(DRILL_KINDS.get(kind, kind.replace("_", " ")))


def kind_label(kind: str) -> str:
    return str(dict(InterviewerKind.choices).get(kind, kind))


def category_label(category: str) -> str:
    return str(CATEGORIES.get(category, category.replace("_", " ")))


def round_label(round_fit: str) -> str:
    return str(ROUNDS.get(round_fit, round_fit))


def part_label(part: str) -> str:
    return str(PARTS.get(part, part))


# The question bank as one list: the coach's questions plus the user's own ones, in one shape


@dataclass(frozen=True)
class BankItem:
    id: str
    direction: str
    text: str
    kinds: tuple[str, ...]
    category: str
    round: str
    tests: str
    tip: str
    method_point: str = ""
    own: OwnQuestion | None = None
    practised: MockAnswer | None = None  # the last time it was practised on its own

    @property
    def can_practise(self) -> bool:
        """Questions they may ask can be practised on their own; questions to ask them cannot."""
        return self.direction == Direction.THEY_ASK

    @property
    def kind_labels(self) -> list[str]:
        return [kind_label(kind) for kind in self.kinds]

    @property
    def category_label(self) -> str:
        return category_label(self.category) if self.category else ""

    @property
    def round_label(self) -> str:
        return round_label(self.round)


def _they_ask(question: coach.Question, lang: Lang) -> BankItem:
    return BankItem(
        id=question.id,
        direction=Direction.THEY_ASK,
        text=question.text_in(lang),
        kinds=tuple(question.kinds),
        category=question.category,
        round=question.round or "both",
        tests=question.tests_in(lang),
        tip=question.tip_in(lang),
    )


def _to_ask(question: coach.AskQuestion, lang: Lang) -> BankItem:
    return BankItem(
        id=question.id,
        direction=Direction.TO_ASK,
        text=question.text_in(lang),
        kinds=tuple(question.kinds),
        category=question.category,
        round="both",
        tests=question.why_in(lang),
        tip="",
        method_point=question.method_point or "",
    )


def _own(question: OwnQuestion) -> BankItem:
    return BankItem(
        id=question.bank_id,
        direction=question.direction,
        text=question.text,
        kinds=tuple(question.kinds or ()),
        category=question.category,
        round=question.round,
        tests=question.tests,
        tip=question.tip,
        own=question,
    )


def bank_items(*, user: Any, lang: str) -> list[BankItem]:
    """Every question this user can see: own ones first, then the coach's; each question they may
    ask with the last time the user practised it on its own."""
    own = [_own(q) for q in OwnQuestion.objects.for_user(user)]
    they = [_they_ask(q, as_lang(lang)) for q in coach.questions_they_ask()]
    ask = [_to_ask(q, as_lang(lang)) for q in coach.questions_to_ask()]
    practised = last_singles(user)
    return [replace(item, practised=practised.get(item.id)) for item in own + they] + ask


def last_singles(user: Any) -> dict[str, MockAnswer]:
    """The answer of the latest practice of each bank question practised on its own (answered or
    not yet), by question id."""
    answers = (
        MockAnswer.objects.for_user(user)
        .filter(session__single=True)
        .order_by("session__started", "session__pk")
    )
    return {answer.question_id: answer for answer in answers}


def _own_as_question(own: OwnQuestion) -> coach.Question:
    """A question of the user's own in the shape of the coach's bank: the same wording in both
    languages and forms of address, and the kind of answer its category usually asks for."""

    def same(text: str) -> coach.Bilingual:
        return coach.Bilingual(nl=text, en=text)

    return coach.Question(
        id=own.bank_id,
        text=same(own.text),
        kinds=tuple(own.kinds or ()),
        round=own.round,
        competencies=(),
        difficulty=1,
        category=own.category,
        answer_type=coach.typical_answer_type(own.category),
        tests=same(own.tests),
        tip=same(own.tip),
    )


def _own_question(user: Any, question_id: str) -> OwnQuestion | None:
    """The user's own question with this bank id ("own:12"); None for anything else."""
    pk = question_id.removeprefix(OWN_PREFIX)
    if not question_id.startswith(OWN_PREFIX) or not (pk.isascii() and pk.isdigit()):
        return None
    return OwnQuestion.objects.for_user(user).filter(pk=int(pk[:18])).first()


def practice_question(*, user: Any, question_id: str) -> coach.Question | None:
    """The bank question with this id that the user can practise on its own: one the interviewers
    may ask, from the coach's bank or of the user's own. None for an unknown id, a question to ask
    them, or someone else's question."""
    if question_id.startswith(OWN_PREFIX):
        own = _own_question(user, question_id)
        return _own_as_question(own) if own and own.direction == Direction.THEY_ASK else None
    try:
        return coach.get_question(question_id)
    except KeyError:
        return None


def filter_items(
    items: list[BankItem],
    *,
    direction: str = "",
    kind: str = "",
    category: str = "",
    round_fit: str = "",
) -> list[BankItem]:
    """Keep the items that match every filter given; an empty filter keeps everything. A question
    for "any round" matches a round filter; a question without kinds matches every kind."""
    return [
        item
        for item in items
        if (not direction or item.direction == direction)
        and (not kind or not item.kinds or kind in item.kinds)
        and (not category or item.category == category)
        and (not round_fit or item.round in (round_fit, "both"))
    ]


def categories(*, direction: str = "") -> list[str]:
    """The categories of the coach's bank (for the filter and the form), in a stable order."""
    found: list[str] = []
    sources: list[Any] = []
    if direction in ("", Direction.THEY_ASK):
        sources += coach.questions_they_ask()
    if direction in ("", Direction.TO_ASK):
        sources += coach.questions_to_ask()
    for question in sources:
        if question.category not in found:
            found.append(question.category)
    return found


def reveal(question_id: str, lang: str) -> tuple[str, str]:
    """What a question may really test (D3) and the tip, for a bank question id ("" if unknown:
    a question of the user's own, or one the bank no longer holds). A question from the notes of
    the previous round has its own."""
    if (from_notes := note_reveal(question_id, as_lang(lang))) is not None:
        return from_notes
    try:
        question = coach.get_question(question_id)
    except KeyError:
        return "", ""
    return question.tests_in(as_lang(lang)), question.tip_in(as_lang(lang))


# One answer and its feedback

STARR = ("situation", "task", "action", "result", "reflection")


def _parts(analysis: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "part": part,
            "label": part_label(part),
            "present": bool(analysis.get(part, {}).get("present")),
        }
        for part in STARR
    ]


def _quote(text: str, parts: list[str], *, in_follow_up: bool = False) -> dict[str, Any]:
    labels = [part_label(part) for part in parts]
    return {"text": text, "parts": parts, "labels": labels, "in_follow_up": in_follow_up}


def quotes(analysis: dict[str, Any]) -> list[dict[str, Any]]:
    """Each sentence that shows a STARR part, quoted once with every part it shows (in STARR
    order), in the order of the answer: a sentence that sets the scene and names the task is one
    quote, not two."""
    found: dict[str, list[str]] = {}
    for part in STARR:
        for sentence in (analysis.get(part) or {}).get("sentences", []):
            found.setdefault(sentence, []).append(part)
    order = {text: index for index, text in enumerate(analysis.get("sentences") or [])}
    ranked = sorted(found.items(), key=lambda item: order.get(item[0], len(order)))
    return [_quote(text, parts) for text, parts in ranked]


def _length(attempt: AnyAttempt) -> Length:
    """The length shown and judged: measured (recording, timer) when known, else estimated."""
    data = attempt.analysis or {}
    return answer_length(
        estimate=int(data.get("speaking_seconds") or 0),
        timer=attempt.seconds_taken,
        spoken=(stored_spoken(data) or {}).get("speaking_seconds"),
    )


def feedback(answer: AnyAttempt) -> dict[str, Any] | None:
    """The stored analysis in the shape the templates read; None when not answered yet."""
    data = answer.analysis
    if not answer.is_answered or not data:
        return None
    # What an answer to a follow-up gave since counts on this page too, as in the summary.
    later = given_in_follow_ups(answer)
    # An answer about something else shows no parts: only the answer to the question asked again.
    own = data if answer.answered_on_topic else {}
    parts = [{**p, "later": not p["present"] and p["part"] in later} for p in _parts(own)]
    length = _length(answer)
    tips = data.get("tips")
    if tips is not None:
        tips = [tip for tip in tips if tip.get("about") not in later]
        if not answer.answered_on_topic and answer.is_on_topic:  # answered when asked again
            tips = [tip for tip in tips if tip.get("about") != "relevance"]
    # Answers from before tips existed show the analysis' own observations.
    shown = tips if tips is not None else data.get("observations", [])
    return {
        "starr": answer.answer_type == "star" and answer.is_on_topic,
        "on_topic": answer.is_on_topic,
        "tips": shown,
        # The answer page says the length once, under speaking time: not again among the tips.
        "page_tips": [tip for tip in shown if tip.get("about") != "length"],
        "spoken": _spoken(stored_spoken(data)),
        "parts": parts,
        "quotes": quotes(own),
        # One line per sentence, even when it claims several qualities ("flexibel en klantgericht").
        "claims": list({c["text"]: c for c in own.get("claims_without_evidence", [])}.values()),
        "fillers": sorted((data.get("fillers") or {}).items(), key=lambda kv: -kv[1]),
        "filler_total": data.get("filler_total", 0),
        # The length shown and judged: measured (recording, timer) when known, else estimated.
        "length": {
            "seconds": length.shown(as_lang(translation.get_language())),
            "source": length.source,
        },
        "timing": length.against(answer.target_min, answer.target_max),
        "observations": data.get("observations", []),
        "words": data.get("words", 0),
    }


def _seconds(value: Any) -> float | None:
    """A number of seconds as stored, or None when it is no finite number of zero or more."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and value >= 0 else None


def stored_spoken(analysis: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the recording of an answer showed, as stored with its analysis: speaking time,
    length, the longest pauses and the pace. None when the answer was typed, or when an imported
    file holds something else there: a damaged value is left out, never read as a number."""
    spoken = (analysis or {}).get("spoken") if isinstance(analysis, dict) else None
    if not isinstance(spoken, dict) or _seconds(spoken.get("speaking_seconds")) is None:
        return None
    pauses = spoken.get("pauses")
    wpm = spoken.get("wpm")
    return {
        **spoken,
        "speaking_seconds": _seconds(spoken["speaking_seconds"]),
        "duration_seconds": _seconds(spoken.get("duration_seconds")),
        "pauses": [p for p in pauses if _seconds(p) is not None]
        if isinstance(pauses, list)
        else [],
        "wpm": wpm if isinstance(wpm, int) and not isinstance(wpm, bool) and wpm > 0 else None,
    }


def _spoken(spoken: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the recording showed, with the pauses as text ("2.1 s, 1.4 s")."""
    if not spoken:
        return None
    pauses = ", ".join(f"{number_format(float(p), decimal_pos=1)} s" for p in spoken["pauses"])
    return {**spoken, "pauses_text": pauses}


def follow_up_rows(answer: AnyAttempt) -> list[dict[str, Any]]:
    """The follow-ups asked so far: each answered one with its answer and why it was asked, then
    the one to answer now. Later ones stay hidden, as in a real talk."""
    rows = []
    for index, item in enumerate(answer.follow_ups):
        number = index + 1
        heard = item.get("heard") or {}
        # What an answer to the question asked again gave, as the STARR parts it shows.
        given = parts_supplied(heard) if heard.get("target") == "relevance" else []
        rows.append(
            {
                **item,
                "index": index,
                "number": number,
                "field_id": f"follow-up-{number}-text",
                "given": [part_label(part) for part in given],
            }
        )
        if not item.get("answered"):
            break
    return rows


PITCH: dict[str, Promise] = {
    "who": _("Who you are"),
    "did": _("What you did"),
    "why": _("Why this job"),
    "length": _("A length that fits"),
}


def _pitch_has(attempt: AnyAttempt) -> set[str]:
    """The elements of a pitch this attempt has: who, did, why, and a length in the target."""
    found = pitch_elements(attempt.answer_text, as_lang((attempt.analysis or {}).get("lang")))
    fits = _length(attempt).against(attempt.target_min, attempt.target_max) == "fits"
    return found | {"length"} if fits else found


def changes(answer: MockAnswer, before: EarlierAttempt | None) -> dict[str, Any] | None:
    """What an improved answer gained and lost against the attempt just before it: the STARR
    parts of a STARR example, the elements of a pitch. None when it was not improved or asks for
    another kind of answer."""
    if before is None or answer.answer_type not in ("star", "pitch"):
        return None
    if answer.answer_type == "pitch":
        now, then = _pitch_has(answer), _pitch_has(before)
        return {
            "pitch": True,
            "gained": [str(label) for e, label in PITCH.items() if e in now - then],
            "lost": [str(label) for e, label in PITCH.items() if e in then - now],
        }
    return {
        "pitch": False,
        "gained": [part_label(p) for p in STARR if answer.has_part(p) and not before.has_part(p)],
        "lost": [part_label(p) for p in STARR if before.has_part(p) and not answer.has_part(p)],
    }


def _reveal(session: MockSession, question_id: str, lang: str) -> tuple[str, str]:
    """`reveal`, also for a question of the user's own (what they wrote it may test, their tip)."""
    own = _own_question(session.user, question_id)
    return (own.tests, own.tip) if own is not None else reveal(question_id, lang)


def answer_context(answer: MockAnswer, *, lang: str) -> dict[str, Any]:
    session = answer.session
    siblings = list(session.answers.order_by("position"))
    later = [a for a in siblings if a.position > answer.position]
    tests, tip = _reveal(session, answer.question_id, lang)
    earlier = list(answer.earlier_attempts.all())
    return {
        "answer": answer,
        "session": session,
        "round": session.round,
        "application": session.round.application if session.round else None,
        "total": len(siblings),
        "answered_count": sum(1 for a in siblings if a.is_answered),
        "feedback": feedback(answer),
        "follow_up_rows": follow_up_rows(answer),
        # Attempts before an improvement, newest first, and what the last improvement changed.
        "earlier": [_summary_row(a) for a in reversed(earlier)],
        "changes": changes(answer, earlier[-1] if earlier else None),
        "ai_wait_seconds": ai_wait_seconds(session.user),
        "tests": tests,
        "tip": tip,
        "next_answer": later[0] if later else None,
        # A question of the bank can be practised again on its own, for the same round.
        "can_practise": practice_question(user=session.user, question_id=answer.question_id)
        is not None,
    }


# A session and the list of sessions


@dataclass(frozen=True)
class SessionRow:
    session: MockSession
    total: int
    answered: int
    with_result: int
    with_reflection: int
    off_topic: int = 0
    question: str = ""  # the question of a single question practised on its own

    @property
    def judged(self) -> int:
        """The answers the shares are taken of: an answer to another question is left out."""
        return self.answered - self.off_topic

    @property
    def result_share(self) -> int:
        return round(100 * self.with_result / self.judged) if self.judged else 0

    @property
    def reflection_share(self) -> int:
        return round(100 * self.with_reflection / self.judged) if self.judged else 0

    @property
    def is_open(self) -> bool:
        return self.session.finished is None


def session_row(session: MockSession) -> SessionRow:
    every = list(session.answers.all())
    answers = [a for a in every if a.is_answered]
    return SessionRow(
        session=session,
        total=len(every),
        answered=len(answers),
        with_result=sum(1 for a in answers if a.has_part("result")),
        with_reflection=sum(1 for a in answers if a.has_part("reflection")),
        off_topic=sum(1 for a in answers if not a.is_on_topic),
        question=every[0].question_text if session.single and every else "",
    )


def sessions_with_counts(sessions: QuerySet[MockSession]) -> list[SessionRow]:
    chosen = sessions.select_related("round__application").prefetch_related("answers")
    return [session_row(s) for s in chosen]


def given_in_follow_ups(answer: AnyAttempt) -> set[str]:
    """What answers to follow-ups gave that the answer lacked: a STARR part, the candidate's own
    part, an example. An answer about something else gives nothing."""
    given: set[str] = set()
    for item in answer.follow_ups:
        heard = item.get("heard") or {}
        if item.get("answered") and heard.get("supplied") and heard.get("on_topic") is not False:
            given.add(str(heard.get("target")))
            given.update(parts_supplied(heard))
    return given


def exchange_parts(answer: AnyAttempt) -> dict[str, Any]:
    """The STARR parts of the whole exchange: the answer and the answers to its follow-ups. A part
    a follow-up asked for and its answer supplied counts as given (as in the session's counts),
    quoted from that answer. Each sentence is quoted once, with every part it shows."""
    told = (answer.analysis or {}) if answer.answered_on_topic else {}
    own = [part for part in STARR if (told.get(part) or {}).get("present")]
    found = quotes(told)
    later: list[str] = []
    for item in answer.follow_ups:
        heard = item.get("heard") or {}
        new = (
            [p for p in parts_supplied(heard) if p not in own + later]
            if item.get("answered")
            else []
        )
        if not new:
            continue
        later += new
        if heard.get("target") == "relevance":  # the question answered after all: by sentence
            shown = {p: {"sentences": heard["parts"][p]} for p in new}
            found += [{**q, "in_follow_up": True} for q in quotes(shown)]
            continue
        sentences = heard.get("sentences") or [item.get("answer", "")]
        found += [_quote(text, new, in_follow_up=True) for text in sentences if text]
    given = [part for part in STARR if answer.has_part(part)]
    return {
        "present": [{"label": part_label(p), "in_follow_up": p in later} for p in given],
        "missing": [part_label(part) for part in STARR if part not in given],
        "quotes": found,
    }


def _summary_row(answer: AnyAttempt) -> dict[str, Any]:
    found = feedback(answer)
    parts = exchange_parts(answer) if found and found["starr"] else None
    return {
        "answer": answer,
        "feedback": found,
        "parts": parts,
        # A tip that asks for what an answer to a follow-up gave has been acted on (`feedback`).
        "tips": found["tips"] if found else [],
        "follow_ups": follow_up_rows(answer),
    }


def summary_context(session: MockSession, *, lang: str) -> dict[str, Any]:
    answers = list(session.answers.order_by("position"))
    question_id = answers[0].question_id if session.single and answers else ""
    return {
        "session": session,
        "round": session.round,
        "application": session.round.application if session.round else None,
        "can_practise": bool(question_id)
        and practice_question(user=session.user, question_id=question_id) is not None,
        "question_id": question_id,
        "rows": [_summary_row(a) for a in answers],
        "row": session_row(session),
        "open_answer": next((a for a in answers if not a.is_answered), None),
        # Questions whose interviewer still waits for an answer to a follow-up.
        "open_follow_ups": [a for a in answers if a.is_answered and a.open_follow_up is not None],
    }


# Drills


def find_drill(drill_id: str, *, lang: Lang, address: Address = "je") -> Any | None:
    return next((d for d in drills(lang, address) if d.id == drill_id), None)


def next_drill(drill_id: str, *, lang: Lang) -> Any | None:
    all_drills = drills(lang)
    ids = [d.id for d in all_drills]
    if drill_id not in ids:
        return None
    index = ids.index(drill_id)
    return all_drills[index + 1] if index + 1 < len(all_drills) else None


def drill_overview(user: Any, *, lang: Lang) -> list[dict[str, Any]]:
    """The drills grouped by kind, each with how often this user tried and passed it; each
    question worded as on the drill's own page (je or u, `next_table_address`)."""
    attempts = list(DrillAttempt.objects.for_user(user).values_list("drill_id", "passed"))
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in drills(lang, next_table_address(user)):
        tried = [passed for drill_id, passed in attempts if drill_id == item.id]
        groups.setdefault(item.kind, []).append(
            {"drill": item, "tried": len(tried), "passed": sum(tried)}
        )
    return [
        {"kind": kind, "label": drill_kind_label(kind), "items": items}
        for kind, items in groups.items()
    ]


# Progress over time

SINGLES_SHOWN = 20


def chart(rows: list[SessionRow]) -> dict[str, Any]:
    """Bars for the share of answers with a result and with a reflection, per session (oldest
    first). Geometry is computed here so the SVG needs no script."""
    height, bar, gap, left = 160, 14, 18, 40
    bars = []
    for index, row in enumerate(rows):
        x = left + index * (2 * bar + gap)
        bars.append(
            {
                "row": row,
                "number": index + 1,
                "x_result": x,
                "x_reflection": x + bar,
                "h_result": round(height * row.result_share / 100),
                "h_reflection": round(height * row.reflection_share / 100),
                "y_result": 10 + height - round(height * row.result_share / 100),
                "y_reflection": 10 + height - round(height * row.reflection_share / 100),
                "x_label": x + bar,
            }
        )
    width = left + max(len(rows), 1) * (2 * bar + gap) + 10
    return {
        "bars": bars,
        "width": width,
        "height": height + 40,
        "base": 10 + height,
        "grid": [{"y": 10 + height - round(height * p / 100), "label": p} for p in (0, 50, 100)],
        "bar": bar,
    }


def progress_context(user: Any, *, lang: Lang) -> dict[str, Any]:
    sessions = MockSession.objects.for_user(user).interviews().order_by("started", "pk")
    rows = sessions_with_counts(sessions)
    singles = MockSession.objects.for_user(user).singles().order_by("-started", "-pk")
    answered = [r for r in rows if r.answered]
    attempts = DrillAttempt.objects.for_user(user)
    return {
        "rows": rows,
        "chart": chart(answered[-12:]),
        "charted": answered[-12:],
        "open_rows": [r for r in rows if r.is_open and r.answered < r.total],
        # Single questions practised on their own: a list of their own, newest first, not
        # in the chart (one answer makes a share of 0 or 100 %).
        "singles": sessions_with_counts(singles[:SINGLES_SHOWN]),
        "single_count": singles.count(),
        "drills": drill_overview(user, lang=lang),
        "attempt_count": attempts.count(),
        "passed_count": attempts.filter(passed=True).count(),
    }


# Questions to ask at a round (D5, D7), and suggestions from the people at its table

OWN_PREFIX = "own:"


def _kinds_at_table(round: Round) -> list[str]:
    kinds: list[str] = []
    for member in round_panel(round):
        if member.kind not in kinds:
            kinds.append(member.kind)
    return kinds


def _own_suggestions(user: Any, kinds: list[str]) -> list[Suggestion]:
    own = OwnQuestion.objects.for_user(user).filter(direction=Direction.TO_ASK)
    return [
        Suggestion(id=q.bank_id, text=q.text, why=q.tests, for_kinds=tuple(q.kinds or ()))
        for q in own
        if not q.kinds or not kinds or set(q.kinds) & set(kinds)
    ]


def questions_for_round(round: Round) -> list[RoundQuestion]:
    """The questions the candidate wants to ask at this round, in the order they will ask them."""
    return list(RoundQuestion.objects.filter(round=round).order_by("position", "pk"))


def questions_to_ask(round: Round, *, lang: Lang) -> list[str]:
    """The candidate's own questions for this round (D5): those for everyone first, in their chosen
    order, then per person at the table ("Vraag aan Lotte: ..."), with the question noted on that
    person's research. A question from the bank says je or u as the table does, or as the one
    person it is for does."""
    rows = list(
        RoundQuestion.objects.filter(round=round)
        .select_related("interviewer")
        .order_by("position", "pk")
    )
    table = round_address(round)
    lines = [
        _worded(row, lang, table) for row in rows if not row.interviewer_id and row.text.strip()
    ]
    with translation.override(lang):
        for person in round.interviewers.select_related("application"):
            own = [
                _worded(row, lang, person.address)
                for row in rows
                if row.interviewer_id == person.pk
            ]
            if person.question_for.strip():
                own.append(" ".join(person.question_for.split()))
            label = gettext("Question for %(name)s:") % {"name": person.name}
            lines += [f"{label} {text}" for text in dict.fromkeys(own) if text]
    return lines


@dataclass(frozen=True)
class FindOut:
    """A point the candidate wanted to find out after the previous round, as the next round's
    plan shows it: found out (ticked off), among the questions to ask them, or still open."""

    text: str
    done: bool
    question: RoundQuestion | None = None  # the question to ask them made of it

    @property
    def is_open(self) -> bool:
        return not self.done and self.question is None

    @property
    def shown(self) -> str:
        """The point under its heading: a capital, without a lead the heading already says."""
        return shown_point(self.text)

    @property
    def askable(self) -> bool:
        """Whether it can become a question to ask them: not a point she looks up herself."""
        return not is_lookup(self.text)


def find_out_reading(round: Round) -> list[FindOut]:
    """What the candidate still wanted to find out after the round before this one. These are never
    questions for the mock: she looks them up, or asks them herself at this round."""
    notes = notes_of(previous_round(round))
    if notes is None or not notes.find_out.strip():
        return []
    made = RoundQuestion.objects.filter(round=round, source_id__startswith="find-out:")
    asked = {question.source_id: question for question in made}
    done = set(notes.found_out)
    return [
        FindOut(text=point, done=point in done, question=asked.get(find_out_key(point)))
        for point in notes.find_out_points
    ]


def still_to_find_out(round: Round) -> list[str]:
    """The points neither found out nor among the questions to ask: the sheet's "still to check"."""
    return [point.shown for point in find_out_reading(round) if point.is_open]


def _worded(row: RoundQuestion, lang: Lang, address: Address) -> str:
    """A question to ask in the je or u of whom it is asked; the user's own words as they are."""
    return coach.worded_for(row.source_id, row.text.strip(), lang=lang, address=address)


def practised_question_ids(round: Round) -> list[str]:
    """Bank questions of this round's practice interviews, most recent session first."""
    rows = (
        MockAnswer.objects.filter(session__round=round)
        .order_by("-session__started", "position")
        .values_list("question_id", flat=True)
    )
    return list(dict.fromkeys(rows))


def for_round(round: Round, *, lang: str, limit: int = 8) -> list[Suggestion]:
    """Suggestions for this panel that are not on the list yet: the user's own first."""
    kinds = _kinds_at_table(round)
    taken = set(RoundQuestion.objects.filter(round=round).values_list("source_id", flat=True))
    found = coach.suggest_questions_to_ask(
        kinds,
        round_number=round.number,
        lang=as_lang(lang),
        limit=limit + len(taken),
        address=round_address(round),
    )
    everything = _own_suggestions(round.application.user, kinds) + list(found)
    return [s for s in everything if s.id not in taken][: limit + 4]


def next_round(user: Any) -> Round | None:
    """The round the user meets next (the latest round when none is planned), of an application
    that is not archived; None before there is any round."""
    rounds = Round.objects.filter(application__user=user, application__archived=False)
    upcoming = rounds.filter(starts_at__gte=timezone.now()).order_by("starts_at").first()
    return upcoming or rounds.order_by("-starts_at", "-pk").first()


def next_table_address(user: Any) -> Address:
    """Je or u for the drills: the form of the table the user meets next (`next_round`), "je"
    before there is any round."""
    round = next_round(user)
    return round_address(round) if round else "je"


def text_for(source_id: str, *, round: Round, lang: str) -> str:
    """The wording of a suggestion the user picked ("" when the id is unknown or not theirs)."""
    if not source_id:
        return ""
    if source_id.startswith(OWN_PREFIX):
        pk = source_id.removeprefix(OWN_PREFIX)
        mine = OwnQuestion.objects.for_user(round.application.user)
        own = mine.filter(pk=pk if pk.isdigit() else 0).first()
        return own.text if own else ""
    for question in coach.questions_to_ask():
        if question.id == source_id:
            return question.text_in(as_lang(lang), round_address(round))
    return ""
