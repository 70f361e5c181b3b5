"""What the practice pages show: an answer with its feedback, a session summary, progress."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils.formats import number_format

from secondround.coach.address import Address
from secondround.coach.drills import drills
from secondround.coach.lang import as_lang
from secondround.talk.selectors import ai_wait_seconds

from .bank import reveal
from .labels import drill_kind_label, part_label
from .models import DrillAttempt, MockAnswer, MockSession

STARR = ("situation", "task", "action", "result", "reflection")


# One answer and its feedback


def _parts(analysis: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "part": part,
            "label": part_label(part),
            "present": bool(analysis.get(part, {}).get("present")),
            "sentences": analysis.get(part, {}).get("sentences", []),
        }
        for part in STARR
    ]


def feedback(answer: MockAnswer) -> dict[str, Any] | None:
    """The stored analysis in the shape the templates read; None when not answered yet."""
    data = answer.analysis
    if not answer.is_answered or not data:
        return None
    parts = _parts(data)
    speaking = int(data.get("speaking_seconds") or 0)
    tips = data.get("tips")
    return {
        "starr": answer.answer_type == "star" and answer.is_on_topic,
        "on_topic": answer.is_on_topic,
        "answer_type": answer.get_answer_type_display(),
        # Answers from before tips existed show the analysis' own observations.
        "tips": tips if tips is not None else data.get("observations", []),
        "spoken": _spoken(data.get("spoken")),
        "parts": parts,
        "present": [p["label"] for p in parts if p["present"]],
        "missing": [p["label"] for p in parts if not p["present"]],
        # One line per sentence, even when it claims several qualities ("flexibel en klantgericht").
        "claims": list({c["text"]: c for c in data.get("claims_without_evidence", [])}.values()),
        "fillers": sorted((data.get("fillers") or {}).items(), key=lambda kv: -kv[1]),
        "filler_total": data.get("filler_total", 0),
        "speaking_seconds": speaking,
        "timing": _timing(speaking, answer.target_min, answer.target_max),
        "observations": data.get("observations", []),
        "words": data.get("words", 0),
    }


def _spoken(spoken: dict[str, Any] | None) -> dict[str, Any] | None:
    """What the recording showed, with the pauses as text ("2.1 s, 1.4 s")."""
    if not spoken:
        return None
    pauses = ", ".join(
        f"{number_format(float(p), decimal_pos=1)} s" for p in spoken.get("pauses") or []
    )
    return {**spoken, "pauses_text": pauses}


def _timing(seconds: int, low: int, high: int) -> str:
    if seconds < low:
        return "short"
    if seconds > high:
        return "long"
    return "fits"


def follow_up_rows(answer: MockAnswer) -> list[dict[str, Any]]:
    """The follow-ups asked so far: each answered one with its answer and why it was asked, then
    the one to answer now. Later ones stay hidden, as in a real talk."""
    rows = []
    for index, item in enumerate(answer.follow_ups):
        number = index + 1
        rows.append(
            {**item, "index": index, "number": number, "field_id": f"follow-up-{number}-text"}
        )
        if not item.get("answered"):
            break
    return rows


def answer_context(answer: MockAnswer, *, lang: str) -> dict[str, Any]:
    session = answer.session
    siblings = list(session.answers.order_by("position"))
    later = [a for a in siblings if a.position > answer.position]
    tests, tip = reveal(answer.question_id, lang)
    return {
        "answer": answer,
        "session": session,
        "round": session.round,
        "application": session.round.application,
        "total": len(siblings),
        "answered_count": sum(1 for a in siblings if a.is_answered),
        "feedback": feedback(answer),
        "follow_up_rows": follow_up_rows(answer),
        "ai_wait_seconds": ai_wait_seconds(session.round.application.user),
        "tests": tests,
        "tip": tip,
        "next_answer": later[0] if later else None,
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

    @property
    def result_share(self) -> int:
        return round(100 * self.with_result / self.answered) if self.answered else 0

    @property
    def reflection_share(self) -> int:
        return round(100 * self.with_reflection / self.answered) if self.answered else 0

    @property
    def is_open(self) -> bool:
        return self.session.finished is None


def session_row(session: MockSession) -> SessionRow:
    answers = [a for a in session.answers.all() if a.is_answered]
    return SessionRow(
        session=session,
        total=len(session.answers.all()),
        answered=len(answers),
        with_result=sum(1 for a in answers if a.has_part("result")),
        with_reflection=sum(1 for a in answers if a.has_part("reflection")),
        off_topic=sum(1 for a in answers if not a.is_on_topic),
    )


def sessions_with_counts(sessions: QuerySet[MockSession]) -> list[SessionRow]:
    chosen = sessions.select_related("round__application").prefetch_related("answers")
    return [session_row(s) for s in chosen]


def summary_context(session: MockSession, *, lang: str) -> dict[str, Any]:
    answers = list(session.answers.order_by("position"))
    rows = [{"answer": a, "feedback": feedback(a)} for a in answers]
    return {
        "session": session,
        "round": session.round,
        "application": session.round.application,
        "rows": rows,
        "row": session_row(session),
        "open_answer": next((a for a in answers if not a.is_answered), None),
    }


# Drills


def find_drill(drill_id: str, *, lang: str, address: Address = "je") -> Any | None:
    found = drills(as_lang(lang), address)
    return next((d for d in found if d.id == drill_id), None)


def next_drill(drill_id: str, *, lang: str) -> Any | None:
    all_drills = drills(lang)  # type: ignore[arg-type]
    ids = [d.id for d in all_drills]
    if drill_id not in ids:
        return None
    index = ids.index(drill_id)
    return all_drills[index + 1] if index + 1 < len(all_drills) else None


def drill_overview(user: Any, *, lang: str) -> list[dict[str, Any]]:
    """The drills grouped by kind, each with how often this user tried and passed it."""
    attempts = list(DrillAttempt.objects.for_user(user).values_list("drill_id", "passed"))
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in drills(lang):  # type: ignore[arg-type]
        tried = [passed for drill_id, passed in attempts if drill_id == item.id]
        groups.setdefault(item.kind, []).append(
            {"drill": item, "tried": len(tried), "passed": sum(tried)}
        )
    return [
        {"kind": kind, "label": drill_kind_label(kind), "items": items}
        for kind, items in groups.items()
    ]


# Progress over time


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


def progress_context(user: Any, *, lang: str) -> dict[str, Any]:
    sessions = MockSession.objects.for_user(user).order_by("started", "pk")
    rows = sessions_with_counts(sessions)
    answered = [r for r in rows if r.answered]
    attempts = DrillAttempt.objects.for_user(user)
    return {
        "rows": rows,
        "chart": chart(answered[-12:]),
        "charted": answered[-12:],
        "open_rows": [r for r in rows if r.is_open and r.answered < r.total],
        "drills": drill_overview(user, lang=lang),
        "attempt_count": attempts.count(),
        "passed_count": attempts.filter(passed=True).count(),
    }
