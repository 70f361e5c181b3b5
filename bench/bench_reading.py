"""Measure the sharper reading on the labelled batches that carry its extra labels (blind9 and
later; see bench/data/README-blind9.md):

- relevance (bench/data/relevance.jsonl): does `is_on_topic` agree with the label? Accuracy, and
  precision/recall of "off topic" (an on-topic answer called off-topic is the costly mistake);
- generic reflection: of the answers whose only lesson is generic ("heel leerzaam", "I grew a
  lot"), the share where the analysis still finds a reflection (lower is better);
- "we" parts: of the stories told only with "we" (own_part false, action true), the share where
  the action is found, and the share where a follow-up asks "what did you do yourself?";
- claims: the claims without an example, counted per claim (each item of a list), against the
  labels: exact per answer, and found/labelled in total;
- clichés: of the answers with a labelled cliché, the share where the difficult-question drill
  names one; and of the answers without, the share where it names one anyway.

The batch named by HELD_OUT was measured once before any tuning (figures in its commit message).

Run: .venv/bin/python bench/bench_reading.py [--split NAME] [--errors]
No Django needed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_analysis import load_answers  # noqa: E402
from secondround.coach.analysis import analyze  # noqa: E402
from secondround.coach.answer_kinds import is_on_topic  # noqa: E402
from secondround.coach.drills import check_drill  # noqa: E402
from secondround.coach.followups import Asker, read_answer  # noqa: E402
from secondround.coach.questions import context_for  # noqa: E402

RELEVANCE = Path(__file__).parent / "data" / "relevance.jsonl"
HELD_OUT = "blind9"
CLICHE_DRILL = "drill-buy-time-bad-at"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} % ({part}/{whole})" if whole else "    - (0/0)"


def relevance(split: str, errors: bool) -> None:
    rows = [json.loads(line) for line in RELEVANCE.read_text(encoding="utf-8").splitlines() if line]
    for lang in ("nl", "en"):
        subset = [r for r in rows if r["split"] == split and r["lang"] == lang]
        right = tp = fp = fn = 0
        for row in subset:
            analysis = analyze(row["answer"], lang=lang)
            found = is_on_topic(
                analysis, question=row["question"], answer_type=row["type"],
                context=context_for(row["question"]),
            )  # fmt: skip
            right += found == row["on_topic"]
            tp += not found and not row["on_topic"]
            fp += not found and row["on_topic"]
            fn += found and not row["on_topic"]
            if errors and found != row["on_topic"]:
                print(f"    {row['id']} ({row['type']}) on_topic={row['on_topic']} found={found}")
        print(
            f"  relevance {lang}: right {_pct(right, len(subset))}; off-topic named"
            f" {_pct(tp, tp + fn)} (recall), of those right {_pct(tp, tp + fp)} (precision)"
        )


def reading(split: str, errors: bool) -> None:
    for lang in ("nl", "en"):
        rows = [r for r in load_answers(split) if r["lang"] == lang and "own_part" in r]
        if not rows:
            continue
        generic = [r for r in rows if r["generic_reflection"]]
        fooled = [r for r in generic if analyze(r["text"], lang=lang).part("reflection").present]
        we_only = [r for r in rows if not r["own_part"] and r["parts"]["action"]]
        action_found = asked = 0
        for row in we_only:
            reading_ = read_answer(row["text"], lang=lang, asker=Asker(known=True))
            action_found += reading_.analysis.part("action").present
            asked += any(f.targets == ("own_part",) for f in reading_.follow_ups)
            if errors and not any(f.targets == ("own_part",) for f in reading_.follow_ups):
                print(f"    {row['id']} told with 'we': no 'what did you do yourself?'")
        exact = found_total = 0
        for row in rows:
            count = len(analyze(row["text"], lang=lang).unbacked_claims)
            exact += count == len(row["claims"])
            found_total += count
            if errors and count != len(row["claims"]):
                print(f"    {row['id']} claims {count} != {len(row['claims'])} {row['claims']}")
        labelled = sum(len(r["claims"]) for r in rows)
        with_cliche = [r for r in rows if r["cliches"]]
        named = [r for r in with_cliche if _names_cliche(r["text"], lang)]
        false_named = [r for r in rows if not r["cliches"] and _names_cliche(r["text"], lang)]
        if errors:
            for row in with_cliche:
                if row not in named:
                    print(f"    {row['id']} cliché not named: {row['cliches']}")
        print(f"  {lang}: generic lesson taken for a reflection {_pct(len(fooled), len(generic))}")
        print(
            f"  {lang}: told with 'we': action found {_pct(action_found, len(we_only))},"
            f" asked what you did yourself {_pct(asked, len(we_only))}"
        )
        print(
            f"  {lang}: claims exact per answer {_pct(exact, len(rows))};"
            f" found {found_total} of {labelled} labelled"
        )
        print(
            f"  {lang}: clichés named {_pct(len(named), len(with_cliche))};"
            f" named where none {_pct(len(false_named), len(rows) - len(with_cliche))}"
        )


def _names_cliche(text: str, lang: str) -> bool:
    result = check_drill(CLICHE_DRILL, text, lang)  # type: ignore[arg-type]
    return any(o.code == "cliche" for o in result.missing)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default=HELD_OUT, help=f"the batch (default {HELD_OUT})")
    parser.add_argument("--errors", action="store_true", help="list each miss")
    args = parser.parse_args()
    print(f"{args.split}")
    relevance(args.split, args.errors)
    reading(args.split, args.errors)


if __name__ == "__main__":
    main()
