"""A goal for every round (METHOD G1) and the one next thing to do for an application."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .lang import Lang, load, pick, pick_count

STAGES: tuple[str, ...] = (
    "letter",
    "round_one",
    "round_two",
    "further",
    "offer",
    "accepted",
    "declined",
    "rejected",
    "withdrawn",
)
# Stages after which there is nothing left to prepare.
CLOSED_STAGES = frozenset({"accepted", "declined", "rejected", "withdrawn"})


@dataclass(frozen=True)
class Goal:
    stage: str
    next_step: str
    text: str


def stage_goal(stage: str, lang: Lang) -> Goal:
    """The goal of the step that comes after `stage`: a letter must win an invitation, round one a
    second round, round two an offer."""
    entry = load("goals.json")["goals"].get(stage) or load("goals.json")["goals"]["letter"]
    return Goal(stage=stage, next_step=pick(entry["next_step"], lang), text=pick(entry, lang))


@dataclass(frozen=True)
class ApplicationState:
    """What the dashboard knows of one application, as plain data."""

    stage: str
    has_own_goal: bool = False
    round_count: int = 0
    next_round_number: int | None = None
    next_round_date: date | None = None
    undebriefed_round_number: int | None = None
    panel_size_next_round: int = 0
    next_round_started: bool = False  # its start time has passed, and it is still "planned"


@dataclass(frozen=True)
class NextAction:
    code: str
    text: str


def next_action(state: ApplicationState, *, today: date, lang: Lang) -> NextAction:
    """The single most useful next thing to do, in the order a coach would ask for it."""
    texts = load("goals.json")["next_actions"]

    def make(code: str, **values: object) -> NextAction:
        return NextAction(code=code, text=pick(texts[code], lang).format(**values))

    if state.stage in CLOSED_STAGES:
        return make("closed")
    if state.undebriefed_round_number is not None:
        return make("write_notes", number=state.undebriefed_round_number)
    if state.next_round_started and state.next_round_number is not None:
        return make("talk_done", number=state.next_round_number)
    if not state.has_own_goal:
        return make("write_goal")
    if state.next_round_number is None:
        return make("offer" if state.stage == "offer" else "plan_round")
    if state.panel_size_next_round == 0:
        return make("add_panel", number=state.next_round_number)
    if state.next_round_date is not None:
        days = max((state.next_round_date - today).days, 0)
        text = pick_count(texts["prepare"], days, lang)
        return NextAction("prepare", text.format(number=state.next_round_number, days=days))
    return make("set_date", number=state.next_round_number)


def round_goal(round_number: int, lang: Lang) -> Goal:
    """The goal of one round (G1), whatever stage the application has reached since: round one must
    get a second round and teach you about the job; round two an offer and a fit check; later rounds
    bring you closer to an offer."""
    key = str(round_number) if round_number in (1, 2) else "further"
    entry = load("goals.json")["round_goals"][key]
    return Goal(stage=key, next_step=pick(entry["next_step"], lang), text=pick(entry, lang))
