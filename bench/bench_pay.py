"""Benchmark for the pay coach: how close the net-pay estimate is to the official monthly tables,
and how fast valuing and comparing offers is. Prints figures; not a test.

    .venv/bin/python bench/bench_pay.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from secondround.coach.pay import Package, compare_packages, value_package  # noqa: E402
from secondround.coach.tests.test_pay_netpay import TABLE_ROWS  # noqa: E402


def deviations() -> None:
    """Largest gap per year between our regular-month net and the table (wage - table tax)."""
    for year in sorted({row[0] for row in TABLE_ROWS}):
        gaps = []
        for _, wage, table_tax, _ in (r for r in TABLE_ROWS if r[0] == year):
            net = value_package(Package(monthly_gross=wage, holiday_allowance_pct=0), year=year,
                                lang="en").net_monthly  # fmt: skip
            assert net is not None
            gaps.append((abs(net - (wage - table_tax)), wage, net - (wage - table_tax)))
        worst = max(gaps)
        mean = statistics.fmean(g[0] for g in gaps)
        print(
            f"{year}: {len(gaps)} table rows, largest deviation EUR {worst[0]:.2f} "
            f"(at EUR {worst[1]:,.2f}, ours {'higher' if worst[2] > 0 else 'lower'}), "
            f"mean EUR {mean:.2f}"
        )


def timing(runs: int = 7, loops: int = 200) -> None:
    """Median time of one valuation and of one two-offer comparison, both languages alternating."""
    a = Package(name="A", monthly_gross=4250, bonus=2500, pension_employer_pct=12,
                pension_employee_pct=6, pension_franchise=18475, lease_car_list_price=41000,
                lease_car_electric=True, phone=True, laptop=True)  # fmt: skip
    b = Package(name="B", monthly_gross=3950, hours_per_week=36, thirteenth_month=True,
                pension_employer_pct=18.9, vacation_days=28)  # fmt: skip
    for label, call in (
        ("value_package", lambda i: value_package(a, year=2026, lang=("nl", "en")[i % 2])),
        ("compare_packages (2 offers)",
         lambda i: compare_packages([a, b], year=2026, lang=("nl", "en")[i % 2])),
    ):  # fmt: skip
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            for i in range(loops):
                call(i)
            samples.append((time.perf_counter() - start) / loops)
        print(f"{label}: median {statistics.median(samples) * 1e6:.0f} µs per call ({runs} runs)")


if __name__ == "__main__":
    deviations()
    timing()
