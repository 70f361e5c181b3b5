"""Print the question bank's counts per tag, and time the mock composition.

Run: .venv/bin/python bench/question_bank_counts.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from secondround.coach.drills import drills  # noqa: E402
from secondround.coach.mock import compose_mock  # noqa: E402
from secondround.coach.panel import PanelMember  # noqa: E402
from secondround.coach.questions import (  # noqa: E402
    ASK_CATEGORIES,
    ASKER_KINDS,
    CATEGORIES,
    COMPETENCY_IDS,
    ROUNDS,
    questions_they_ask,
    questions_to_ask,
    validate_bank,
)


def _table(title: str, counts: Counter[str], order: Iterable[str]) -> None:
    print(f"\n{title}")
    for key in order:
        print(f"  {key:<28} {counts.get(key, 0):>4}")


def _time_mock(runs: int = 200) -> float:
    panel = [PanelMember("Sanne", "hr", known=True), PanelMember("Joost", "manager")]
    start = time.perf_counter()
    for seed in range(runs):
        compose_mock(panel, round_number=2, competencies=["collaboration"], lang="nl", seed=seed)
    return (time.perf_counter() - start) / runs * 1000


def main() -> int:
    questions = questions_they_ask()
    asks = questions_to_ask()
    print(f"questions they ask: {len(questions)}")
    print(f"questions to ask:   {len(asks)}  (closing: "
          f"{sum(a.category == 'procedure_closing' for a in asks)})")  # fmt: skip
    print(f"drills:             {len(drills('nl'))}")
    print(f"bank problems:      {len(validate_bank())}")
    _table("per interviewer kind", Counter(k for q in questions for k in q.kinds), ASKER_KINDS)
    _table("per round", Counter(q.round for q in questions), ROUNDS)
    _table("per difficulty", Counter(str(q.difficulty) for q in questions), ("1", "2", "3"))
    _table("per category", Counter(q.category for q in questions), CATEGORIES)
    _table("per answer type", Counter(q.answer_type for q in questions),
           ("star", "short", "pitch", "opinion"))  # fmt: skip
    _table("per competency", Counter(c for q in questions for c in q.competencies), COMPETENCY_IDS)
    _table("questions to ask, per kind", Counter(k for a in asks for k in a.kinds), ASKER_KINDS)
    _table("questions to ask, per category", Counter(a.category for a in asks), ASK_CATEGORIES)
    points = Counter(p for q in questions for p in q.method_points)
    points.update(a.method_point for a in asks if a.method_point)
    points.update(p for d in drills("nl") for p in d.method_points)
    _table("per method point (items and drills)", points, sorted(points))
    print(f"\ncompose_mock: {_time_mock():.2f} ms per mock (mean of 200)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
