"""What the preparation app shows and what other apps may read of it: how far the six-step plan of
a round is (R2), computed for many rounds in a constant number of queries so the dashboard can show
every application without a query per row; the coach's text analysis shaped for the pages; the pitch,
the strongest examples and the user's own salary numbers for the interview sheet and the offers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol, TypedDict

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from secondround.applications.selectors import (
    Application,
    Interviewer,
    Round,
    notes_of,
    previous_round,
    round_address,
)
from secondround.coach import competencies as lexicon
from secondround.coach.analysis import STARR_PARTS, Analysis, analyze, part_hint, part_label
from secondround.coach.assignments import checklist
from secondround.coach.evidence import completeness, is_evidence
from secondround.coach.lang import Lang, as_lang
from secondround.coach.plan import PlanStep, Progress, days_left, plan_progress, plan_steps
from secondround.coach.round_notes import Asker, ExampleInfo, NotePoint, read_notes
from secondround.coach.short_notice import ChecklistDue, OpenStep, PlanDay, short_plan
from secondround.urlmaker import url_maker

from .models import TEXT_LIMIT, AskedCompetency, Example, Pitch, RoundPlan, Terms

# Steps the app can check by itself; the others are done when the user ticks them.
AUTO_STEPS = {"star_examples", "pitch", "topics_answer", "salary_terms"}


class RoundLike(Protocol):
    """A round, or a plain row with what the plan status reads of it (the dashboard's rows)."""

    @property
    def pk(self) -> Any: ...
    @property
    def application_id(self) -> Any: ...
    @property
    def number(self) -> Any: ...
    @property
    def starts_at(self) -> datetime | None: ...


@dataclass(frozen=True)
class StepStatus:
    step: PlanStep
    done: bool
    ticked: bool
    auto: bool  # done because the app saw the work itself


@dataclass(frozen=True)
class PlanStatus:
    round: Any  # the Round (or the RoundLike row) it was computed for
    plan: RoundPlan | None
    steps: list[StepStatus]
    progress: Progress
    days_left: int | None

    @property
    def next_step(self) -> StepStatus | None:
        return next((s for s in self.steps if s.step.key == self.progress.next_step_key), None)


@dataclass(frozen=True)
class Backing:
    """How well the asked competencies of one application are backed by examples."""

    asked: list[str]
    backed: list[str]  # with at least one example that is evidence (coach.evidence)
    complete: list[str]  # with at least one example that has every STARR part

    @property
    def all_complete(self) -> bool:
        return bool(self.asked) and len(self.complete) == len(self.asked)


def backing(asked: list[str], examples: list[tuple[list[str], list[str]]]) -> Backing:
    """`examples` as (competency ids, missing parts) pairs. A claim without an action and a result
    backs nothing (coach.evidence)."""
    return _backing(asked, *_proven(examples))


def _proven(examples: list[tuple[list[str], list[str]]]) -> tuple[set[str], set[str]]:
    """The competencies with an example that is evidence, and those with an example that has every
    STARR part."""
    proven = {c for ids, missing in examples if is_evidence(missing) for c in ids}
    complete = {c for ids, missing in examples if not missing for c in ids}
    return proven, complete


def _backing(asked: list[str], proven: set[str], complete: set[str]) -> Backing:
    return Backing(
        asked=asked,
        backed=[c for c in asked if c in proven],
        complete=[c for c in asked if c in complete],
    )


def _asked_by_application(scope: Q) -> dict[int, list[str]]:
    asked: dict[int, list[str]] = defaultdict(list)
    rows = AskedCompetency.objects.filter(scope, removed=False)
    for application_id, competency_id in rows.values_list("application_id", "competency_id"):
        asked[application_id].append(competency_id)
    return asked


def _examples(user: Any) -> list[tuple[list[str], list[str]]]:
    rows = Example.objects.for_user(user).values_list("competencies", "missing_parts")
    return [(list(ids or []), list(missing or [])) for ids, missing in rows]


def backing_for(
    application_ids: set[int], user: Any, *, scope: Q | None = None
) -> dict[int, Backing]:
    """`scope`: which asked competencies to read, by default those of `application_ids`."""
    if scope is None:
        scope = Q(application_id__in=application_ids)
    asked = _asked_by_application(scope)
    proven, complete = _proven(_examples(user))  # once, not once per application
    return {pk: _backing(asked.get(pk, []), proven, complete) for pk in application_ids}


def plan_statuses(rounds: Sequence[RoundLike], *, user: Any, lang: Lang) -> dict[int, PlanStatus]:
    """The plan status of each round, keyed by round id (six queries, whatever the number)."""
    if not rounds:
        return {}
    facts = _plan_facts(rounds, user=user)
    today = timezone.localdate()
    steps = plan_steps(lang)
    return {r.pk: _status(r, *facts[r.pk], steps, today=today) for r in rounds}


def _plan_facts(
    rounds: Sequence[RoundLike], *, user: Any, all_of_user: bool = False
) -> dict[int, tuple[RoundPlan | None, set[str], set[str]]]:
    """Per round id: its plan, the steps the user ticked and the steps the app saw done by itself
    (AUTO_STEPS), in six queries whatever the number of rounds. With `all_of_user` (the dashboard,
    which asks for a round of nearly every application) the queries read the user's rows instead
    of naming each id: every id in a list is one more parameter for the ORM to prepare."""
    application_ids = {r.application_id for r in rounds}
    if all_of_user:
        by_round, by_application = Q(round__application__user=user), Q(application__user=user)
    else:
        by_round = Q(round_id__in=[r.pk for r in rounds])
        by_application = Q(application_id__in=application_ids)
    plans = {p.round_id: p for p in RoundPlan.objects.filter(by_round)}
    backings = backing_for(application_ids, user, scope=by_application)
    pitches = Pitch.objects.filter(by_application).prefetch_related("rehearsals")
    rehearsed = {p.application_id for p in pitches if any(r.fits for r in p.rehearsals.all())}
    terms_set = {t.application_id for t in Terms.objects.filter(by_application) if t.is_set}
    facts = {}
    for r in rounds:
        plan = plans.get(r.pk)
        auto = {
            "star_examples": backings[r.application_id].all_complete,
            "pitch": r.application_id in rehearsed,
            "salary_terms": r.application_id in terms_set,
            "topics_answer": bool(plan and plan.topics_answer.strip()),
        }
        ticked = set(plan.ticked if plan else [])
        facts[r.pk] = (plan, ticked, {key for key, done in auto.items() if done})
    return facts


def _status(
    round: RoundLike,
    plan: RoundPlan | None,
    ticked: set[str],
    auto: set[str],
    all_steps: list[PlanStep],
    *,
    today: date,
) -> PlanStatus:
    steps = [
        StepStatus(
            step=step,
            ticked=step.key in ticked,
            auto=step.key in auto,
            done=step.key in ticked or step.key in auto,
        )
        for step in all_steps
    ]
    return PlanStatus(
        round=round,
        plan=plan,
        steps=steps,
        progress=plan_progress(ticked | auto),
        days_left=_days_left(round, today),
    )


def _days_left(round: RoundLike, today: date) -> int | None:
    when = timezone.localtime(round.starts_at).date() if round.starts_at else None
    return days_left(when, today)


def _open_checklist(round: Round, interview_day: date, lang: Lang) -> list[ChecklistDue]:
    """Open checklist items of the round's assignments, each on the day it was meant for."""
    items = []
    for assignment in round.assignments.all():
        base = assignment.due_on or interview_day
        for item in checklist(assignment.type, assignment.subtype or None, lang):
            if item.key not in assignment.ticked:
                items.append(ChecklistDue(item.text, base - timedelta(days=item.days_before)))
    return items


def day_plan(status: PlanStatus, *, lang: Lang, today: date | None = None) -> list[PlanDay]:
    """The dated plan per day when the round is close (the SECONDROUND_SHORT_NOTICE_DAYS setting),
    else [] and the six steps stand as they are."""
    round = status.round
    if round.starts_at is None:
        return []
    today = today or timezone.localdate()
    interview_day = timezone.localtime(round.starts_at).date()
    return short_plan(
        today=today,
        interview_day=interview_day,
        open_steps=[OpenStep(s.step.key, s.step.title) for s in status.steps if not s.done],
        checklist=_open_checklist(round, interview_day, lang),
        lang=lang,
        threshold=settings.SECONDROUND_SHORT_NOTICE_DAYS,
    )


# The coach's text analysis, shaped for the pages: sentences with the STARR parts they show,
# missing parts, claims without evidence, fillers and the speaking time.

# The page already lists missing parts (with hints) and claims; a pitch is no STARR story.
EXAMPLE_NOTES = {
    "complete_starr",
    "no_example",
    "no_numbers_in_result",
    "many_fillers",
    "mostly_we",
}
PITCH_NOTES = {"many_fillers", "too_long", "too_short"}


@dataclass(frozen=True)
class Part:
    key: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class Sentence:
    text: str
    parts: list[Part]
    claim: bool = False


@dataclass(frozen=True)
class Reading:
    empty: bool = False
    too_long: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    missing_parts: list[Part] = field(default_factory=list)
    present_parts: list[Part] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    fillers: list[tuple[str, int]] = field(default_factory=list)
    observations: list[str] = field(default_factory=list)
    competencies: list[tuple[str, str]] = field(default_factory=list)
    words: int = 0
    speaking_seconds: int = 0
    target_seconds: int | None = None

    @property
    def difference(self) -> int:
        return self.speaking_seconds - (self.target_seconds or 0)

    @property
    def difference_abs(self) -> int:
        return abs(self.difference)

    @property
    def fits(self) -> bool:
        target = self.target_seconds or 0
        return abs(self.difference) <= target * 0.15


def read_text(text: str, *, lang: str = "nl", target_seconds: int | None = None) -> Reading:
    """Analyse `text`; `lang` is the language of the page (the text's own language is detected).
    With `target_seconds` the text is read as a pitch, otherwise as a STARR example."""
    ui = as_lang(lang)
    if not text.strip():
        return Reading(empty=True, missing=list(STARR_PARTS), target_seconds=target_seconds)
    if len(text) > TEXT_LIMIT:
        return Reading(too_long=True, target_seconds=target_seconds)
    analysis = analyze(text, target_seconds=target_seconds, ui_lang=ui)
    return Reading(
        sentences=_sentences(analysis, ui),
        missing=list(analysis.missing),
        missing_parts=[_part(p, ui) for p in analysis.missing],
        present_parts=[_part(p, ui) for p in STARR_PARTS if p not in analysis.missing],
        claims=list(dict.fromkeys(claim.text for claim in analysis.unbacked_claims)),
        fillers=[(f.word, f.count) for f in analysis.fillers],
        observations=[
            o.text
            for o in analysis.observations
            if o.code in (PITCH_NOTES if target_seconds else EXAMPLE_NOTES)
        ],
        competencies=[(m.id, lexicon.name(m.id, ui)) for m in lexicon.find_competencies(text)],
        words=analysis.words,
        speaking_seconds=round(analysis.speaking_seconds),
        target_seconds=target_seconds,
    )


def _part(key: str, lang: Lang) -> Part:
    return Part(key=key, label=part_label(key, lang), hint=part_hint(key, lang))


def _sentences(analysis: Analysis, lang: Lang) -> list[Sentence]:
    claimed = {claim.sentence for claim in analysis.unbacked_claims}
    return [
        Sentence(
            text=text,
            claim=index in claimed,
            parts=[_part(key, lang) for key in analysis.sentence_parts(index)],
        )
        for index, text in enumerate(analysis.sentences)
    ]


def part_labels(parts: list[str], lang: str) -> list[str]:
    """The names of STARR parts ("result" -> "Resultaat") in the page's language."""
    code = as_lang(lang)
    return [part_label(part, code) for part in parts if part in STARR_PARTS]


def competency_names(ids: list[str], lang: str) -> list[str]:
    """The names of known competency ids; ids the lexicon no longer has are left out."""
    code = as_lang(lang)
    known = {c.id for c in lexicon.all_competencies()}
    return [lexicon.name(i, code) for i in ids if i in known]


# What the interview sheet (interview day) and the offer pages read


def pitch_lines(round: Round) -> list[str]:
    """The personal pitch (R4) for this application, else the user's general one, as its lines."""
    pitches = Pitch.objects.filter(user_id=round.application.user_id).order_by("-updated", "-pk")
    pitch = (
        pitches.filter(application_id=round.application_id).first()
        or pitches.filter(application=None).first()
    )
    text = pitch.text if pitch else ""
    return [line.strip() for line in text.splitlines() if line.strip()]


@dataclass(frozen=True)
class ExampleLine:
    competency: str
    text: str


def _strength(example: Example) -> tuple[int, int]:
    """The most complete STARR example is the strongest; a fuller telling breaks ties."""
    return completeness(example.missing_parts or []), len(example.telling.strip())


def best_examples(round: Round, *, lang: Lang) -> list[ExampleLine]:
    """For each competency the vacancy asks for (and the user kept): the most complete STARR example
    of the bank that proves it, as one line (its title). A claim without an action and a result
    proves nothing, so it never shows here (coach.evidence)."""
    asked = AskedCompetency.objects.filter(application_id=round.application_id, removed=False)
    asked_ids = list(asked.order_by("pk").values_list("competency_id", flat=True))
    by_competency: dict[str, list[Example]] = {}
    for example in Example.objects.filter(user_id=round.application.user_id):
        if not is_evidence(example.missing_parts or []):
            continue
        for key in example.competencies or []:
            by_competency.setdefault(str(key), []).append(example)
    known = {c.id for c in lexicon.all_competencies()}
    lines = []
    for key in asked_ids:
        if candidates := by_competency.get(key):
            best = max(candidates, key=_strength)
            text = best.title.strip() or best.telling.strip() or str(best)
            label = lexicon.name(key, lang) if key in known else key
            lines.append(ExampleLine(competency=label, text=text))
    return lines


@dataclass(frozen=True)
class SalaryNumbers:
    target_monthly: Decimal | None
    minimum_monthly: Decimal | None
    wishes: str

    @property
    def wish_list(self) -> list[str]:
        return [w.strip(" -•\t") for w in self.wishes.splitlines() if w.strip(" -•\t")]


def salary_numbers(application: Application) -> SalaryNumbers | None:
    """The candidate's own numbers (S4): target and minimum monthly salary and wished-for terms;
    None when none of them is filled in."""
    terms = Terms.objects.filter(application=application).first()
    if terms is None:
        return None
    numbers = SalaryNumbers(
        target_monthly=terms.target_monthly,
        minimum_monthly=terms.minimum_monthly,
        wishes=terms.wishes.strip(),
    )
    empty = (
        numbers.target_monthly is None and numbers.minimum_monthly is None and not numbers.wishes
    )
    return None if empty else numbers


# The previous round's notes read as preparation for this round (R1 -> R3, D7): one reading that
# the plan, the mock, the round page and the sheet all use.


def known_askers(round: Round) -> list[Asker]:
    """The people at this table who were also at an earlier round, each with their je or u."""
    earlier = set(
        Interviewer.objects.filter(
            rounds__application_id=round.application_id, rounds__number__lt=round.number
        ).values_list("pk", flat=True)
    )
    people = round.interviewers.select_related("application")
    return [Asker(name=i.name, address=i.address) for i in people if i.pk in earlier]


def example_infos(user: object) -> list[ExampleInfo]:
    return [
        ExampleInfo(
            id=e.pk,
            title=e.title,
            text=e.telling,
            competencies=tuple(e.competencies or ()),
            missing_parts=tuple(e.missing_parts or ()),
        )
        for e in Example.objects.for_user(user).order_by("pk")
    ]


def notes_reading(round: Round, *, lang: Lang) -> list[NotePoint]:
    """Doubts and topics of the previous round's notes, as points to prepare for this round."""
    return notes_reading_after(round, previous_round(round), lang=lang)


def notes_reading_after(round: Round, previous: Round | None, *, lang: Lang) -> list[NotePoint]:
    """`notes_reading` for a page that already has the previous round (`previous_round`)."""
    notes = notes_of(previous)
    if notes is None:
        return []
    return read_notes(
        doubts=notes.doubts,
        topics=notes.topics,
        askers=known_askers(round),
        examples=example_infos(round.application.user),
        lang=lang,
        table=round_address(round),
    )


@dataclass(frozen=True)
class UpcomingRound:
    """A round as the dashboard has it (plain values, no model instance to build)."""

    pk: int
    application_id: int
    number: int
    starts_at: datetime | None
    role: str
    company: str


class PlanLine(TypedDict):
    """One line of the dashboard's "Preparing" card, every text ready to print. A dict rather than
    a dataclass: the template engine tries a key before an attribute, so a dict spares it a raised
    and caught exception for every field of every line."""

    url: str
    title: str  # "role — company, round 2": numbers as text, so the template localizes none
    days: str
    percent: str
    progress: str
    next_step: str


def dashboard_plans(rounds: list[UpcomingRound], *, user: Any, lang: Lang) -> list[PlanLine]:
    """The plan progress of each given round, in a constant number of queries. Only the progress
    and the next step's title: no StepStatus per step, as the plan page needs."""
    if not rounds:
        return []
    facts = _plan_facts(rounds, user=user, all_of_user=True)
    titles = {step.key: step.title for step in plan_steps(lang)}
    today = timezone.localdate()
    plan_url = url_maker("preparation:plan")
    # Translated once for the whole list, not once per line.
    round_word = _("round")
    progress_text = _("%(done)s of %(total)s steps done (%(percent)s%%)")
    lines = []
    for round in rounds:
        _plan, ticked, auto = facts[round.pk]
        progress = plan_progress(ticked | auto)
        numbers = {"done": progress.done_count, "total": progress.total}
        lines.append(
            PlanLine(
                url=plan_url(round.pk),
                title=f"{round.role} — {round.company}, {round_word} {round.number}",
                days=_days(_days_left(round, today), round.number),
                percent=str(progress.percent),
                progress=progress_text % {**numbers, "percent": progress.percent},
                next_step=titles.get(progress.next_step_key or "", ""),
            )
        )
    return lines


def _days(days_left: int | None, number: int) -> str:
    """The same words as preparation/_plan_progress.html."""
    if days_left is None:
        return _("No date for this round yet.")
    if days_left > 1:
        # The same plural entry as preparation/_plan_progress.html, so both read the same in Dutch.
        return ngettext(
            "%(days)s day left until round %(number)s.",
            "%(days)s days left until round %(number)s.",
            days_left,
        ) % {"days": days_left, "number": number}
    if days_left == 1:
        return _("Tomorrow is the day.")
    if days_left == 0:
        return _("Today is the day.")
    return _("This round has passed.")
