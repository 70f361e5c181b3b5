"""Writes of the practice app, and the questions a candidate wants to ask at a round."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from secondround.applications.models import Application, Interviewer, Round
from secondround.applications.services import round_panel
from secondround.coach.address import Address
from secondround.coach.analysis import analyze
from secondround.coach.drills import check_drill
from secondround.coach.lang import as_lang
from secondround.coach.mock import NoteQuestion, compose_mock

from .models import DrillAttempt, MockAnswer, MockSession, OwnQuestion, RoundQuestion

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


def questions_for_round(round: Round) -> list[RoundQuestion]:
    """The questions the candidate wants to ask at this round, in the order they will ask them."""
    return list(RoundQuestion.objects.filter(round=round).order_by("position", "pk"))


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
def round_question_delete(*, question: RoundQuestion) -> None:
    round = question.round
    question.delete()
    _renumber(round)


# Mock interviews


def _competencies_for(application: Application) -> list[str]:
    """The competency ids the application asks for, as the user edited them in preparation."""
    from secondround.preparation.services import competencies_ensure

    competencies_ensure(application=application)
    return [row.competency_id for row in application.asked_competencies.shown()]


def _compose(
    round: Round, *, lang: str, size: int, seed: int, exclude: frozenset[str]
) -> list[Any]:
    from secondround.interviewday.day import asked_question_counts
    from secondround.preparation.notes import notes_reading

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
    earlier = MockSession.objects.filter(round=round)
    seed = earlier.count()
    last = earlier.order_by("-started", "-pk").first()
    asked = frozenset(last.answers.values_list("question_id", flat=True)) if last else frozenset()
    picks = _compose(round, lang=lang, size=size, seed=seed, exclude=asked)
    if len(picks) < size and asked:
        picks = _compose(round, lang=lang, size=size, seed=seed, exclude=frozenset())
    session = MockSession.objects.create(round=round, seed=seed, lang=lang)
    for position, pick in enumerate(picks, start=1):
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
        )
        answer.full_clean()
        answer.save()
    return session


@transaction.atomic
def answer_save_draft(*, answer: MockAnswer, text: str, seconds: int | None = None) -> MockAnswer:
    """Keep what was typed so far (autosave); an answered question keeps its analysis."""
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


@transaction.atomic
def answer_submit(*, answer: MockAnswer, text: str, seconds: int | None, lang: str) -> MockAnswer:
    answer.answer_text = text
    answer.seconds_taken = seconds
    answer.analysis = analyse_answer(text=text, lang=lang)
    answer.answered_at = timezone.now()
    answer.full_clean()
    answer.save()
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
