"""Benchmark: render the one-page sheet of a heavy round to PDF, 10 times.

A script, not a test: `python bench/bench_sheet.py` from the repository root. It sets up Django with a
temporary SQLite data folder of its own, builds a heavy round (8 interviewers with long notes, a long
pitch, 12 questions, 15 competencies with examples, a long place) and prints the median time, the size
of the round and the page count. Target: under 1 s per PDF.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 10


def main() -> int:
    data = tempfile.mkdtemp(prefix="bench-sheet-")
    os.environ["SECONDROUND_DATA_DIR"] = data
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.settings")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from secondround.commands import _django

    _django.start()  # the data folder, its secret key and the tables, as `secondround serve` does
    from pypdf import PdfReader

    from secondround.accounts.models import User
    from secondround.interviewday import sheet
    from secondround.interviewday.models import SheetOptions
    from secondround.interviewday.tests import factories

    user = User.objects.create_user(email="bench@example.com", password="bench-secret-42")
    round = factories.heavy_round(user=user)
    SheetOptions.objects.create(round=round, show_salary=True)
    times, pdf = [], None
    with factories.filled_sources():
        for _ in range(RUNS):
            start = time.perf_counter()
            pdf = sheet.render_pdf(sheet.gather(round, lang="nl"))
            times.append(time.perf_counter() - start)
        source = sheet.gather(round, lang="nl")
    assert pdf is not None
    pages = len(PdfReader(io.BytesIO(pdf.content)).pages)
    characters = (
        sum(len(p.name) + len(p.note) + len(p.role_title) for p in source.people)
        + len(source.pitch)
        + sum(len(q) for q in source.questions)
        + sum(len(e.text) + len(e.competency) for e in source.examples)
        + len(round.location)
        + len(source.own_goal)
    )
    print(
        f"heavy round: {len(source.people)} interviewers, {len(source.questions)} questions, "
        f"{len(source.examples)} examples, {characters} characters of user text"
    )
    print(
        f"shown on the sheet: {len(pdf.sheet.questions)} questions (+{pdf.sheet.questions_more}), "
        f"{len(pdf.sheet.examples)} examples (+{pdf.sheet.examples_more}); fitted in {pdf.tries} "
        f"render(s)"
    )
    print(f"PDF: {pages} page(s), {len(pdf.content) // 1024} KiB")
    print(
        f"median {statistics.median(times):.3f} s over {RUNS} runs "
        f"(min {min(times):.3f} s, max {max(times):.3f} s); target < 1 s"
    )
    return 0 if pages == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
