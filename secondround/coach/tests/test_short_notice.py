"""R2, R5: with the interview close, a dated plan per day; past checklist items move and are marked."""

from datetime import date, timedelta

import pytest

from secondround.coach.short_notice import (
    ChecklistDue,
    OpenStep,
    is_short_notice,
    short_plan,
)

TODAY = date(2026, 12, 2)  # a Wednesday
STEPS = [OpenStep(key=k, title=k) for k in ("examples", "notes", "pitch", "topics", "salary")]
LABELS = {
    "nl": {
        0: ["Vandaag: de dag zelf"],
        1: ["Vandaag", "Op de dag zelf"],
        2: ["Vandaag", "Morgen", "Op de dag zelf"],
        3: ["Vandaag", "Morgen", "Vrijdag", "Op de dag zelf"],
        10: [],
    },
    "en": {
        0: ["Today: the day itself"],
        1: ["Today", "On the day"],
        2: ["Today", "Tomorrow", "On the day"],
        3: ["Today", "Tomorrow", "Friday", "On the day"],
        10: [],
    },
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("days", [0, 1, 2, 3, 10])
def test_a_dated_plan_for_the_days_that_remain(lang, days) -> None:
    interview = TODAY + timedelta(days=days)
    checklist = [
        ChecklistDue(text="ask the brief", due=interview - timedelta(days=7)),
        ChecklistDue(text="bring it", due=interview),
    ]
    plan = short_plan(
        today=TODAY, interview_day=interview, open_steps=STEPS, checklist=checklist, lang=lang
    )
    assert [d.label for d in plan] == LABELS[lang][days]
    if days == 10:
        assert not is_short_notice(days)
        return
    assert is_short_notice(days)
    assert [d.day for d in plan] == [TODAY + timedelta(days=n) for n in range(days + 1)]
    moved = [t for d in plan for t in d.tasks if t.moved_from]
    assert [(t.text, t.moved_from) for t in moved] == [("ask the brief", interview - timedelta(7))]
    assert moved[0] in plan[0].tasks and moved[0].moved_note  # moved into today, and marked
    assert "bring it" in [t.text for t in plan[-1].tasks]
    steps_planned = [t.step_key for d in plan for t in d.tasks if t.step_key]
    if days == 0:
        assert steps_planned == []
        assert sum(t.minutes or 0 for t in plan[0].tasks) == 30  # a plan of thirty minutes
    else:
        assert steps_planned == [s.key for s in STEPS]  # every open step, in order, before the day
        assert all(not t.step_key for t in plan[-1].tasks)


def test_the_threshold_is_a_setting_and_past_interviews_get_no_plan() -> None:
    assert is_short_notice(5, threshold=5) and not is_short_notice(5)
    assert not is_short_notice(-1) and not is_short_notice(None)
    assert (
        short_plan(today=TODAY, interview_day=TODAY - timedelta(1), open_steps=STEPS, lang="nl")
        == []
    )
