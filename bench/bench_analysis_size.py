"""How the answer analysis scales with the length of the text: seconds and words per second at
30,000 words, 1 MB and 5 MB of Dutch answers (from bench/data/answers.jsonl, repeated in a fixed
order). Linear means the words per second stay about the same as the text grows.

`secondround analyze` refuses more than 250,000 characters; this measures the analysis itself.
Run: .venv/bin/python bench/bench_analysis_size.py [--skip-5mb]
No Django needed.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from secondround.coach.analysis import analyze

DATA = Path(__file__).parent / "data" / "answers.jsonl"


def _text(*, words: int = 0, size: int = 0) -> str:
    answers = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    dutch = [answer["text"] for answer in answers if answer["lang"] == "nl"]
    chosen, count, length, pick = [], 0, 0, random.Random(12)
    while (words and count < words) or (size and length < size):
        text = pick.choice(dutch)
        chosen.append(text)
        count += len(text.split())
        length += len(text.encode()) + 2
    return "\n\n".join(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-5mb", action="store_true", help="leave out the slowest size")
    args = parser.parse_args()
    analyze("Ik deed iets.", lang="nl")  # load the marker lists first
    sizes = [("30,000 words", _text(words=30_000)), ("1 MB", _text(size=1024 * 1024))]
    if not args.skip_5mb:
        sizes.append(("5 MB", _text(size=5 * 1024 * 1024)))
    print(f"{'text':<14}{'words':>10}{'seconds':>10}{'words/s':>10}")
    for name, text in sizes:
        start = time.perf_counter()
        analyze(text, lang="nl")
        seconds = time.perf_counter() - start
        words = len(text.split())
        print(f"{name:<14}{words:>10,}{seconds:>10.2f}{words / seconds:>10,.0f}")


if __name__ == "__main__":
    main()
