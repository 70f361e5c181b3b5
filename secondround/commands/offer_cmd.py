"""`secondround offer compare A.toml B.toml`: value whole job offers side by side (METHOD S3).

Each file is flat TOML with at least `monthly_gross`; see docs/offer-example-a.toml. Bad files get a
message with the line to fix on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from secondround.coach.lang import Lang, as_lang, pick, pick_count
from secondround.coach.pay import (
    SUPPORTED_YEARS,
    Comparison,
    Finding,
    OfferFileError,
    Package,
    compare_packages,
    format_eur,
    format_number,
    range_findings,
    read_offer_file,
)
from secondround.coach.pay.valuation import Valuation, texts

LABEL_WIDTH = 38
COLUMN_WIDTH = 20
MARKS = {"better": " +", "worse": " -"}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("offer", help="value and compare job offers (salary and terms)")
    parser.set_defaults(run=run, offer_parser=parser)
    commands = parser.add_subparsers(dest="offer_command", metavar="ACTION")
    compare = commands.add_parser(
        "compare", help="compare offers side by side: total value, value per hour, net pay"
    )
    compare.add_argument("files", nargs="+", metavar="OFFER.toml", help="one TOML file per offer")
    compare.add_argument("--year", type=int, choices=SUPPORTED_YEARS, default=SUPPORTED_YEARS[-1])
    compare.add_argument("--json", action="store_true", help="print JSON instead of a table")
    compare.add_argument("--lang", choices=("nl", "en"), default="nl")


def run(args: argparse.Namespace) -> int:
    if getattr(args, "offer_command", None) != "compare":
        args.offer_parser.print_help()
        return 2
    lang = as_lang(args.lang)
    packages, failed = _read_all(args.files, lang)
    if failed:
        return 2
    comparison = compare_packages(packages, year=args.year, lang=lang)
    if args.json:
        print(json.dumps(as_json(comparison, packages, lang), ensure_ascii=False, indent=2))
    else:
        print(render_table(comparison, lang, packages))
    return 0


def _read_all(paths: list[str], lang: Lang) -> tuple[list[Package], bool]:
    """Read every file and report every problem (not only the first), so one run shows all fixes."""
    packages, failed = [], False
    for path in paths:
        try:
            packages.append(read_offer_file(path))
        except OfferFileError as error:
            failed = True
            for problem in error.problems:
                print(problem.message(lang), file=sys.stderr)
    return packages, failed


def _cli(code: str, lang: Lang) -> str:
    return pick(texts()["cli"][code], lang)


def _cell(amount: float | None, unit: str, lang: Lang) -> str:
    if amount is None:
        return _cli("not_estimated", lang)
    if unit == "hours":
        return f"{format_number(amount, lang)} {_cli('hours_unit', lang)}"
    if unit == "eur_per_hour":
        return format_eur(amount, lang, 2)
    return format_eur(amount, lang)


def render_table(comparison: Comparison, lang: Lang, packages: list[Package] | None = None) -> str:
    """The comparison as plain text: lines side by side, then findings, warnings and assumptions."""
    count = len(comparison.names)
    heading = pick_count(texts()["cli"]["heading_line"], count, lang)
    heading = heading.format(count=count, year=comparison.year)
    legend = _cli("legend", lang).format(baseline=comparison.names[comparison.baseline_index])
    out = [heading, legend, ""]
    header = _cli("column_line", lang).ljust(LABEL_WIDTH)
    out.append(
        header + "".join(name[: COLUMN_WIDTH - 1].rjust(COLUMN_WIDTH) for name in comparison.names)
    )
    for row in comparison.rows:
        cells = [
            (_cell(v, row.unit, lang) + MARKS.get(verdict, "  ")).rjust(COLUMN_WIDTH)
            for v, verdict in zip(row.values, row.verdicts, strict=True)
        ]
        out.append(row.label[: LABEL_WIDTH - 1].ljust(LABEL_WIDTH) + "".join(cells))
    out += _notes(comparison, lang)
    out += _positions(comparison, packages or [], lang)
    return "\n".join(out)


def _position(pkg: Package, lang: Lang) -> list[Finding]:
    return range_findings(pkg, pkg.their_range, lang) if pkg.their_range else []


def _positions(comparison: Comparison, packages: list[Package], lang: Lang) -> list[str]:
    """Where each offer lands in the employer's own range, for files with their_* keys."""
    lines = [
        f"- {name}: {finding.text}"
        for name, pkg in zip(comparison.names, packages, strict=False)
        for finding in _position(pkg, lang)
    ]
    return ["", f"{_cli('position', lang)}:", *lines] if lines else []


def _notes(comparison: Comparison, lang: Lang) -> list[str]:
    warnings = [f"- {f.text}" for f in comparison.findings]
    for name, valuation in zip(comparison.names, comparison.valuations, strict=True):
        warnings += [f"- {name}: {w.text}" for w in valuation.warnings]
    out = []
    if warnings:
        out += ["", f"{_cli('warnings', lang)}:", *warnings]
    out += ["", f"{_cli('assumptions', lang)}:", *[f"- {a}" for a in comparison.assumptions]]
    return out


def _valuation_json(valuation: Valuation) -> dict[str, Any]:
    return {
        "name": valuation.name,
        "year": valuation.year,
        "annual_gross_cash": valuation.annual_gross_cash,
        "total_value": valuation.total_value,
        "worked_hours": valuation.worked_hours,
        "value_per_worked_hour": valuation.value_per_worked_hour,
        "net_monthly": valuation.net_monthly,
        "net_annual": valuation.net_annual,
        "components": [{"label": c, "amount": a} for c, a in valuation.components],
        "lines": [
            {"code": ln.code, "label": ln.label, "amount": ln.amount, "explanation": ln.explanation}
            for ln in valuation.lines
        ],
        "warnings": [{"code": w.code, "text": w.text} for w in valuation.warnings],
        "defaults_used": [d.code for d in valuation.defaults_used],
    }


def _new_keys(valuation: Valuation, pkg: Package | None, lang: Lang) -> dict[str, Any]:
    """Keys added after the first version of this output; the earlier keys keep their meaning."""
    a = valuation.amounts
    assert a is not None
    their = pkg.their_range if pkg else None
    return {
        "ikb_pct": pkg.ikb_pct if pkg else 0,
        "ikb": round(a.ikb, 2),
        "uncertain": round(a.uncertain, 2),
        "total_value_certain": valuation.total_value_certain,
        "their_range": None
        if their is None
        else {k: v for k, v in their.as_json().items() if k != "evidence"},
        "position": [{"code": f.code, "text": f.text} for f in _position(pkg, lang)] if pkg else [],
    }


def as_json(
    comparison: Comparison, packages: list[Package] | None = None, lang: Lang = "nl"
) -> list[dict[str, Any]]:
    """One object per offer; net amounts are null when the estimate does not cover the situation."""
    found = packages or [None] * len(comparison.valuations)  # type: ignore[list-item]  # no saved rows on the command line
    return [
        {**_valuation_json(v), **_new_keys(v, pkg, lang)}
        for v, pkg in zip(comparison.valuations, found, strict=True)
    ]
