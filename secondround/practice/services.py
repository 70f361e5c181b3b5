"""Writes of the practice app, and the questions a candidate wants to ask at a round."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from secondround.applications.selectors import (
    INTERVIEWER_TEXTS,
    Application,
    Debrief,
    Interviewer,
    Round,
    asked_question_counts,
    round_address,
    round_panel,
)
from secondround.applications.services import debrief_find_out_tick
from secondround.coach.address import Address
from secondround.coach.analysis import analyze
from secondround.coach.analysis.text import words
from secondround.coach.answer_kinds import ANSWER_TYPES
from secondround.coach.drills import check_drill
from secondround.coach.follow_up_answers import Exchange, heard_in_follow_up
from secondround.coach.followups import Asker, Doubt, doubts_from_notes, read_answer
from secondround.coach.lang import as_lang
from secondround.coach.mock import MockPick, NoteQuestion, compose_mock, single_pick
from secondround.coach.notes import is_lookup
from secondround.coach.panel import who_asks
from secondround.coach.questions import Question, context_of, get_question
from secondround.coach.round_notes import find_out_key, find_out_question, split_points
from secondround.coach.speech import words_per_minute
from secondround.preparation.selectors import notes_reading
from secondround.preparation.services import competencies_ensure
from secondround.talk.selectors import recording_for_answer
from secondround.talk.services import ai_follow_ups

from .models import (
    ATTEMPT_FIELDS,
    QUESTION_LIMIT,
    DrillAttempt,
    EarlierAttempt,
    MockAnswer,
    MockSession,
    OwnQuestion,
    RoundQuestion,
)
from .selectors import questions_for_round, stored_spoken

# Own questions in the bank


@transaction.atomic
def own_question_save(*, question: OwnQuestion, user: Any | None = None) -> OwnQuestion:
    if user is not None:
        question.user = user
    question.full_clean()
    question.save()
    return question


@transaction.atomic
def own_question_delete(*, question: OwnQuestion) -> None:
    question.delete()


# Questions to ask at a round (D5, D7)


def _renumber(round: Round) -> None:
    for index, question in enumerate(questions_for_round(round), start=1):
        if question.position != index:
            question.position = index
            question.save(update_fields=["position"])


@transaction.atomic
def round_question_add(
    *, round: Round, text: str, source_id: str = "", interviewer: Interviewer | None = None
) -> RoundQuestion:
    highest = RoundQuestion.objects.filter(round=round).aggregate(m=Max("position"))["m"] or 0
    question = RoundQuestion(
        round=round,
        text=text.strip(),
        source_id=source_id,
        position=highest + 1,
        interviewer=interviewer,
    )
    question.full_clean()
    question.save()
    return question


@transaction.atomic
def round_question_save(*, question: RoundQuestion) -> RoundQuestion:
    question.text = question.text.strip()
    question.full_clean()
    question.save()
    return question


@transaction.atomic
def round_question_move(*, question: RoundQuestion, direction: str) -> None:
    """Swap the question with its neighbour above ("up") or below ("down"); positions stay 1..n."""
    ordered = questions_for_round(question.round)
    index = next(i for i, q in enumerate(ordered) if q.pk == question.pk)
    other = index - 1 if direction == "up" else index + 1
    if 0 <= other < len(ordered):
        ordered[index], ordered[other] = ordered[other], ordered[index]
    for position, item in enumerate(ordered, start=1):
        if item.position != position:
            item.position = position
            item.save(update_fields=["position"])


@transaction.atomic
def find_out_settle(
    *, round: Round, notes: Debrief, point: str, action: str, lang: str
) -> Literal["ticked", "added", "already", "lookup"]:
    """What the candidate does with a point she wanted to find out after the previous round
    (`notes`): "done" ticks it off, "open" opens it again ("ticked" either way), "ask" adds it to
    this round's questions to ask ("added"), worded as a question she can change there; "already"
    when it was among them, "lookup" when it is a point she looks up herself ("opzoeken …").
    ValidationError when the point is too long to be a question."""
    if action != "ask":
        debrief_find_out_tick(debrief=notes, point=point, done=action == "done")
        return "ticked"
    key = find_out_key(point)
    if RoundQuestion.objects.filter(round=round, source_id=key).exists():
        return "already"
    if is_lookup(point):  # the candidate looks it up herself: no question for them
        return "lookup"
    index = notes.find_out_points.index(point) if point in notes.find_out_points else 0
    text = find_out_question(point, round_address(round), as_lang(lang), index)
    if len(text) > QUESTION_LIMIT:  # full_clean leaves a TextField's length to the form
        raise ValidationError({"text": "longer than a question may be"})
    round_question_add(round=round, text=text, source_id=key)
    return "added"


@transaction.atomic
def round_question_delete(*, question: RoundQuestion) -> None:
    round = question.round
    question.delete()
    _renumber(round)


# Mock interviews


def _competencies_for(application: Application) -> list[str]:
    """The competency ids the application asks for, as the user edited them in preparation."""
    competencies_ensure(application=application)
    return [row.competency_id for row in application.asked_competencies.shown()]


def _compose(
    round: Round, *, lang: str, size: int, seed: int, exclude: frozenset[str]
) -> list[Any]:
    came_back = asked_question_counts(round.application.user)
    notes = [
        NoteQuestion(key=p.key, text=p.question, asker=p.asker, reason=p.reason)
        for p in notes_reading(round, lang=as_lang(lang))  # asked in every session: the point
    ]
    return compose_mock(
        round_panel(round),
        round_number=round.number,
        competencies=_competencies_for(round.application),
        lang=as_lang(lang),
        size=size,
        seed=seed,
        exclude=exclude - set(came_back),
        asked_before=came_back,
        notes=notes,
    )


@transaction.atomic
def mock_start(*, round: Round, lang: str, size: int = 5) -> MockSession:
    """Compose a practice interview from the panel of this round and store its questions. Questions
    of the previous session are left out when the bank has enough others."""
    earlier = MockSession.objects.filter(round=round).interviews()
    seed = earlier.count()
    last = earlier.order_by("-started", "-pk").first()
    asked = frozenset(last.answers.values_list("question_id", flat=True)) if last else frozenset()
    picks = _compose(round, lang=lang, size=size, seed=seed, exclude=asked)
    if len(picks) < size and asked:
        picks = _compose(round, lang=lang, size=size, seed=seed, exclude=frozenset())
    session = MockSession.objects.create(
        user=round.application.user, round=round, seed=seed, lang=lang
    )
    for position, pick in enumerate(picks, start=1):
        _question_add(session=session, position=position, pick=pick)
    return session


def _question_add(*, session: MockSession, position: int, pick: MockPick) -> MockAnswer:
    low, high = pick.target_seconds
    answer = MockAnswer(
        session=session,
        position=position,
        question_id=pick.question_id,
        question_text=pick.text,
        reasons=list(pick.reasons),
        asker=pick.asker,
        target_min=low,
        target_max=high,
        answer_type=pick.answer_type,
    )
    answer.full_clean()
    answer.save()
    return answer


@transaction.atomic
def single_start(*, user: Any, question: Question, round: Round | None, lang: str) -> MockSession:
    """Practise one bank question on its own, as a practice of one question for `round` (the
    panel there asks it, in their je or u) or for no round at all. A practice of this question
    for the same round that is still waiting for its answer is taken up again, so starting twice
    (a double click, the back button) makes no second one."""
    waiting = (
        MockSession.objects.for_user(user)
        .singles()
        .filter(round=round, lang=lang, finished__isnull=True)
        .filter(answers__question_id=question.id, answers__answered_at__isnull=True)
        .order_by("-started", "-pk")
        .first()
    )
    if waiting is not None:
        return waiting
    panel = round_panel(round) if round is not None else []
    session = MockSession(user=user, round=round, single=True, lang=lang)
    session.full_clean()
    session.save()
    _question_add(
        session=session, position=1, pick=single_pick(question, panel, lang=as_lang(lang))
    )
    return session


@transaction.atomic
def answer_save_draft(*, answer: MockAnswer, text: str, seconds: int | None = None) -> MockAnswer:
    """Keep what was typed so far (autosave). An answered question keeps its answer, time and
    analysis as they are: the better answer in progress waits apart until it is submitted."""
    if answer.is_answered:
        answer.draft_text = text
        answer.full_clean()
        answer.save(update_fields=["draft_text"])
        return answer
    answer.answer_text = text
    if seconds is not None:
        answer.seconds_taken = seconds
    answer.full_clean()
    answer.save(update_fields=["answer_text", "seconds_taken"])
    return answer


def analyse_answer(*, text: str, lang: str) -> dict[str, Any]:
    """The coach's analysis as JSON. The time is judged against the target range on screen, not
    against the single target the analysis knows, so the two never contradict each other."""
    return analyze(text, ui_lang=as_lang(lang)).to_dict()


def _asker(table: list[tuple[Any, Asker]], answer: MockAnswer) -> tuple[Any, Asker]:
    """Who at the table asks this question: the same person the mock worded it for (the one it
    chose, else someone of a kind that asks it, a known face first). (None, Asker()) when nobody
    sits at the table yet."""
    try:
        kinds: tuple[str, ...] = get_question(answer.question_id).kinds
    except KeyError:
        kinds = ()
    index = who_asks([asker for _, asker in table], asker=answer.asker, kinds=kinds)
    return (None, Asker()) if index is None else table[index]


def _table(round: Round | None) -> list[tuple[Any, Asker]]:
    """The people at this round, each with the coach's Asker (with their je/u); nobody for a
    question practised without a round."""
    if round is None:
        return []
    people = list(round.interviewers.all())
    return [
        (person, Asker(member.name, member.kind, member.known, person.address))
        for person, member in zip(people, round_panel(round), strict=True)
    ]


def _previous_notes(round: Round | None) -> Any:
    if round is None:
        return None
    earlier = round.application.rounds.filter(number__lt=round.number).order_by("-number").first()
    return getattr(earlier, "debrief", None) if earlier is not None else None


def round_doubts(round: Round | None, table: list[tuple[Any, Asker]] | None = None) -> list[Doubt]:
    """The doubts written down after the previous round, one per line; pressed by someone at this
    table who was there last time (or by nobody in particular)."""
    notes = _previous_notes(round)
    if notes is None or not notes.doubts.strip():
        return []
    known = [asker for _, asker in (table or _table(round)) if asker.known]
    if not known:
        return doubts_from_notes(notes.doubts)
    return doubts_from_notes(notes.doubts, known[0].name, known[0].address)


def read_mock_answer(
    *, answer: MockAnswer, text: str, lang: str, wpm: int | None = None,
    table: list[tuple[Any, Asker]] | None = None, timer: int | None = None,
    spoken: dict[str, Any] | None = None,
) -> Any:  # fmt: skip
    """The coach's reading of an answer to this mock question: analysis, tips for its kind of
    answer, and the rule follow-ups by the person who asked it. `wpm`: the pace measured from a
    recording, so speaking time comes from real speech. `timer` and `spoken` (what the recording
    showed): the length tips judge the time really taken, as the feedback shows it."""
    round = answer.session.round
    table = _table(round) if table is None else table
    kind = answer.answer_type if answer.answer_type in ANSWER_TYPES else "star"
    return read_answer(
        text,
        question=answer.question_text,
        answer_type=kind,
        context=context_of(answer.question_id, as_lang(answer.session.lang)),
        ui_lang=as_lang(lang),
        wpm=wpm,
        target=(answer.target_min, answer.target_max),
        timer=timer,
        spoken_seconds=float(spoken["speaking_seconds"]) if spoken else None,
        asker=_asker(table, answer)[1],
        doubts=_unpressed_doubts(answer, round_doubts(round, table)),
        subject=_note_subject(round, answer.question_id),
    )


def _note_subject(round: Round | None, question_id: str) -> str:
    """The point of the previous round's notes that a question from the notes ("notes:doubt:2")
    is about; "" for any other question, or a point no longer in the notes."""
    kind, _, number = question_id.removeprefix("notes:").partition(":")
    notes = _previous_notes(round) if question_id.startswith("notes:") else None
    if notes is None or kind not in ("doubt", "topic") or not number.isdigit():
        return ""
    points = split_points(notes.doubts if kind == "doubt" else notes.topics)
    return points[int(number) - 1] if 0 < int(number) <= len(points) else ""


def _unpressed_doubts(answer: MockAnswer, doubts: list[Doubt]) -> list[Doubt]:
    """The doubts a follow-up to this answer may still press. A doubt is raised once in a mock:
    not after a question from the notes (that one raises its own), not when the mock asks it as a
    question of its own, and no more once another answer was followed up on a doubt."""
    if not doubts or answer.question_id.startswith("notes:"):
        return []
    others = [other for other in answer.session.answers.all() if other.pk != answer.pk]
    if any("doubt" in f.get("targets", ()) for other in others for f in other.follow_ups):
        return []
    asked = {other.question_id for other in others}
    return [d for n, d in enumerate(doubts, 1) if f"notes:doubt:{n}" not in asked]


def spoken_answer(*, answer: MockAnswer, recording_id: str | None) -> dict[str, Any] | None:
    """What the recording of this answer showed (speaking time, longest pauses), or None when
    the answer was typed or the recording is not this answer's."""
    recording = recording_for_answer(answer=answer, recording_id=recording_id)
    if recording is None:
        return None
    return {
        "recording": recording.pk,
        "duration_seconds": recording.duration_seconds,
        "speaking_seconds": recording.speaking_seconds,
        "pauses": list(recording.pauses),
    }


def spoken_pace(text: str, spoken: dict[str, Any] | None) -> int | None:
    """Words per minute of a spoken answer: the answer's words over the time spoken."""
    if not spoken:
        return None
    return words_per_minute(len(words(text)), float(spoken["speaking_seconds"]))


def _member(person: Any, asker: Asker) -> dict[str, Any]:
    """What the AI interviewer is told about the person it plays."""
    role = getattr(person, "role_title", "") or ""
    return {"role": role, "kind": asker.kind, "known": asker.known, "address": asker.address}


def _notes_text(round: Round | None) -> str:
    """The round-one notes as the AI interviewer may read them: without what the candidate still
    wants to find out, which is theirs to ask and never the interviewer's."""
    notes = _previous_notes(round)
    if notes is None:
        return ""
    return " / ".join(
        getattr(notes, name).strip() for name in INTERVIEWER_TEXTS if getattr(notes, name).strip()
    )


def answer_submit(
    *, answer: MockAnswer, text: str, seconds: int | None, lang: str, wpm: int | None = None,
    spoken: dict[str, Any] | None = None,
) -> MockAnswer:  # fmt: skip
    """Judge the answer and let the interviewer choose the follow-ups (asked in the same screen).
    With the AI interviewer on, it words them in the interviewer's voice; the rules stay the judge,
    and on any failure the rule follow-ups stay, with a one-line note. The call to the AI happens
    before the write, so no database transaction waits on it."""
    table = _table(answer.session.round)
    reading = read_mock_answer(
        answer=answer, text=text, lang=lang, wpm=wpm, table=table, timer=seconds, spoken=spoken
    )
    rules = [
        {**f.to_dict(), "source": "rules", "answer": "", "answered": False}
        for f in reading.follow_ups
    ]
    person, asker = _asker(table, answer)
    earlier = _earlier_attempt(answer)
    follow_ups, note = ai_follow_ups(
        user=answer.session.user, question=answer.question_text, answer=text,
        member=_member(person, asker), follow_ups=rules, lang=as_lang(lang),
        notes=_notes_text(answer.session.round),
    )  # fmt: skip
    answer.answer_text = text
    answer.seconds_taken = seconds
    analysis = reading.to_dict()
    answer.analysis = {**analysis, "spoken": {**spoken, "wpm": wpm}} if spoken else analysis
    answer.follow_ups = follow_ups
    answer.follow_up_note = note[:300]
    answer.answered_at = timezone.now()
    answer.draft_text = ""
    return _answer_store(answer=answer, earlier=earlier)


def readings_in_language(answers: Iterable[MockAnswer], *, lang: str) -> None:
    """Read again, in the language on screen, the answers (and their earlier attempts) that were
    read in the other one, so tips and observations never show Dutch on an English page or the
    other way round. What was asked stays as it was asked: the follow-ups are not chosen again."""
    ui = as_lang(lang)
    for answer in answers:
        stale = [answer, *answer.earlier_attempts.all()] if answer.is_answered else []
        for attempt in stale:
            if attempt.analysis and attempt.analysis.get("ui_lang", ui) != ui:
                _read_again(answer, attempt, lang=ui)


def _read_again(answer: MockAnswer, attempt: MockAnswer | EarlierAttempt, *, lang: str) -> None:
    spoken = stored_spoken(attempt.analysis)
    reading = read_mock_answer(
        answer=answer, text=attempt.answer_text, lang=lang,
        wpm=spoken.get("wpm") if spoken else None, timer=attempt.seconds_taken, spoken=spoken,
    )  # fmt: skip
    analysis = reading.to_dict()
    attempt.analysis = {**analysis, "spoken": spoken} if spoken else analysis
    attempt.save(update_fields=["analysis"])


def _earlier_attempt(answer: MockAnswer) -> EarlierAttempt | None:
    """The answer as it stands, to keep when an improved one replaces it; None when unanswered."""
    if not answer.is_answered:
        return None
    return EarlierAttempt(answer=answer, **{name: getattr(answer, name) for name in ATTEMPT_FIELDS})


@transaction.atomic
def _answer_store(*, answer: MockAnswer, earlier: EarlierAttempt | None) -> MockAnswer:
    if earlier is not None:
        earlier.full_clean()
        earlier.save()
    answer.full_clean()
    answer.save()
    return answer


@transaction.atomic
def follow_up_answer(*, answer: MockAnswer, index: int, text: str, lang: str) -> MockAnswer:
    """Keep the candidate's answer to follow-up `index` (an empty text: skipped), with whether it
    now holds what the follow-up asked for (`heard`, in the language `lang` of the screen)."""
    if not 0 <= index < len(answer.follow_ups):
        raise IndexError(index)
    follow_ups = [dict(item) for item in answer.follow_ups]
    round = answer.session.round
    exchange = Exchange(
        question=answer.question_text,
        answer=answer.answer_text,
        follow_up=str(follow_ups[index].get("text", "")),
        answer_type=answer.answer_type if answer.answer_type in ANSWER_TYPES else "star",
        context=context_of(answer.question_id, as_lang(answer.session.lang)),
        subject=_note_subject(round, answer.question_id),
    )
    heard = heard_in_follow_up(
        follow_ups[index].get("targets", ()), text, ui_lang=as_lang(lang), exchange=exchange
    )
    follow_ups[index].update(
        answer=text.strip(), answered=True, heard=heard.to_dict() if heard else None
    )
    follow_ups[index].pop("draft", None)
    answer.follow_ups = follow_ups
    answer.full_clean()
    answer.save(update_fields=["follow_ups"])
    return answer


@transaction.atomic
def follow_up_save_draft(*, answer: MockAnswer, index: int, text: str) -> MockAnswer:
    """Keep what was typed so far in answer to follow-up `index` (autosave), until it is answered."""
    if not 0 <= index < len(answer.follow_ups):
        raise IndexError(index)
    follow_ups = [dict(item) for item in answer.follow_ups]
    if not follow_ups[index].get("answered"):
        follow_ups[index]["draft"] = text
        answer.follow_ups = follow_ups
        answer.full_clean()
        answer.save(update_fields=["follow_ups"])
    return answer


@transaction.atomic
def session_finish(*, session: MockSession) -> MockSession:
    if session.finished is None:
        session.finished = timezone.now()
        session.save(update_fields=["finished"])
    return session


def next_open_answer(session: MockSession) -> MockAnswer | None:
    return session.answers.filter(answered_at__isnull=True).order_by("position").first()


# Drills (D2, D7)


@transaction.atomic
def drill_attempt_save(
    *, user: Any, drill_id: str, answer: str, lang: str, address: Address = "je"
) -> DrillAttempt:
    result = check_drill(drill_id, answer, as_lang(lang), address)
    attempt = DrillAttempt(
        user=user,
        drill_id=drill_id,
        answer=answer,
        passed=result.passed,
        found=[{"code": o.code, "text": o.text} for o in result.found],
        missing=[{"code": o.code, "text": o.text} for o in result.missing],
    )
    attempt.full_clean()
    attempt.save()
    return attempt
