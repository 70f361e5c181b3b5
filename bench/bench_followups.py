"""Measure the rule follow-ups (coach/followups.py) on the labelled answers of
bench/data/answers.jsonl, per language and per half:

- first follow-up on target: of the answers whose labels miss a STARR part, the share whose first
  follow-up asks for a part the labels say is missing (target >= 95 %);
- never asks for a found part: of all follow-ups asked, the share that asks for no part the
  labels say is there (target >= 98 %). This is stricter than the issue's wording ("a part the
  analysis found"): it also counts the analysis missing a part that is there. The share that asks
  for no part the analysis itself found is printed beside it, as a check that the selection never
  contradicts the analysis (it must stay 100 %).

Where a batch labels `own_part` (blind9 and later), a story whose every action is told with "we"
misses the candidate's own part: "what did you do yourself?" addresses it. Older batches do not
say whether the candidate's own part is missing, so an answer whose first follow-up is "what did
you do yourself?" cannot be judged there: it is left out of the first figure (the count is printed).

Every answer is read as an answer to a STARR question asked by a known face (someone from the
last round, who digs deeper and also asks for the reflection), without round-one doubts: the
doubt follow-up depends on notes the data set does not have.

The follow-up rules were written without looking at these figures. The held-out half is the
batches named by NOT_TUNED in bench/bench_analysis.py (never tuned against).

Run: .venv/bin/python bench/bench_followups.py [--split NAME] [--errors]
No Django needed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_analysis import NOT_TUNED, SPLITS, load_answers  # noqa: E402
from secondround.coach.analysis import STARR_PARTS  # noqa: E402
from secondround.coach.followups import Asker, read_answer  # noqa: E402

KNOWN_FACE = Asker(name="Eva", kind="manager", known=True)


def _follow_ups(row: dict[str, Any]) -> tuple[list[tuple[str, ...]], set[str]]:
    """The targets of each follow-up, and the STARR parts the analysis found."""
    reading = read_answer(row["text"], lang=row["lang"], asker=KNOWN_FACE)
    found = {p.part for p in reading.analysis.parts if p.present}
    return [f.targets for f in reading.follow_ups], found


def figures(
    rows: list[dict[str, Any]], errors: bool = False
) -> tuple[int, int, int, int, int, int]:
    """(first on target, answers missing a part, follow-ups asking no found part, follow-ups,
    answers left out because their own part is not labelled, follow-ups asking no part the
    analysis found)."""
    first_right = missing_rows = clean = asked = unjudged = consistent = 0
    for row in rows:
        labelled_missing = {p for p in STARR_PARTS if not row["parts"][p]}
        if row.get("own_part") is False and row["parts"]["action"]:
            labelled_missing.add("own_part")  # blind9 and later: every action told with "we"
        labelled_present = set(STARR_PARTS) - labelled_missing
        targets, found = _follow_ups(row)
        if labelled_missing and targets[:1] == [("own_part",)] and "own_part" not in row:
            unjudged += 1
        elif labelled_missing:
            missing_rows += 1
            hit = bool(targets) and bool(set(targets[0]) & labelled_missing)
            first_right += hit
            if errors and not hit:
                print(f"    {row['id']} first {targets[:1]} but missing {sorted(labelled_missing)}")
        for target in targets:
            asked += 1
            consistent += not set(target) & found
            wrong = set(target) & labelled_present
            clean += not wrong
            if errors and wrong:
                print(f"    {row['id']} asks for {sorted(wrong)}, labelled present")
    return first_right, missing_rows, clean, asked, unjudged, consistent


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} % ({part}/{whole})" if whole else "   - (0/0)"


def print_figures(name: str, rows: list[dict[str, Any]], errors: bool) -> None:
    for lang in ("nl", "en"):
        subset = [r for r in rows if r["lang"] == lang]
        first, missing, clean, asked, unjudged, consistent = figures(subset, errors)
        print(
            f"{name:<44} {lang}  first follow-up on a missing part {_share(first, missing)};"
            f"  asks no found part {_share(clean, asked)}"
            f" (none the analysis found {_share(consistent, asked).strip()})"
            + (f"  ({unjudged} left out: own part not labelled)" if unjudged else "")
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, help="only this split")
    parser.add_argument("--errors", action="store_true", help="list each miss")
    args = parser.parse_args()
    if args.split:
        print_figures(args.split, load_answers(args.split), args.errors)
        return
    tuned = [row for row in load_answers() if row["split"] not in NOT_TUNED]
    print_figures(f"tuned against (every split but {', '.join(NOT_TUNED)})", tuned, args.errors)
    for split in NOT_TUNED:
        print_figures(f"held out ({split})", load_answers(split), False)
    print_figures("all", load_answers(), False)


if __name__ == "__main__":
    main()
