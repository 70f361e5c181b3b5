"""`secondround vacancy FILE|-`: what the app reads from a vacancy text (METHOD R3, S4).

The competencies it asks for, and the employer's own salary information: the range, per month,
year or hour, the hours it is based on, the scale, holiday allowance, IKB and a 13th month, with
the sentences it was read from.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from secondround.coach.competencies import find_competencies, name
from secondround.coach.lang import Lang, as_lang
from secondround.coach.pay import SalaryRange, read_salary
from secondround.coach.pay.numbers import describe_range

from .analyze_cmd import InputError, read_text

DESCRIPTION = """\
Read a vacancy text, in Dutch or English, as the app does when you paste it: the competencies it
asks for, and the employer's salary information (range, per month/year/hour, hours basis, scale,
holiday allowance, IKB, 13th month) with the sentences it was read from. Budgets, turnover,
years, phone numbers and postcodes are not salaries.

Reads FILE (UTF-8 text), or standard input when FILE is '-' or left out.
Exit codes: 0 done, 2 no usable text (empty, missing file, not UTF-8).

--json prints {"competencies": [names], "salary": {"min", "max", "period", "hours_per_week",
"scale", "holiday_allowance_included", "ikb_pct", "thirteenth_month", "evidence"}}; amounts in
euro as numbers, period "month", "year" or "hour", null where the vacancy says nothing.
"""

EPILOG = """\
examples:
  secondround vacancy vacature.txt
  pbpaste | secondround vacancy - --lang en
  secondround vacancy vacature.txt --json > vacancy.json
"""

WORDS: dict[str, dict[Lang, str]] = {
    "competencies": {"nl": "Competenties", "en": "Competencies"},
    "none": {"nl": "  (geen gevonden)", "en": "  (none found)"},
    "salary": {"nl": "Salaris volgens de vacature", "en": "Salary in the vacancy"},
    "nothing": {
        "nl": "  De vacature zegt niets over salaris. Vraag naar hun bandbreedte.",
        "en": "  The vacancy says nothing about pay. Ask for their range.",
    },
    "evidence": {"nl": "Gelezen in", "en": "Read in"},
}


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "vacancy",
        help="read a vacancy: the competencies it asks for and its salary information",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help="text file, or - for stdin"
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default="nl",
        help="language of the report and the competency names (default: nl)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a report")
    parser.set_defaults(run=run)


def as_json(text: str, lang: Lang) -> dict[str, Any]:
    return {
        "competencies": [name(found.id, lang) for found in find_competencies(text)],
        "salary": read_salary(text).as_json(),
    }


def report(text: str, lang: Lang) -> str:
    competencies = [name(found.id, lang) for found in find_competencies(text)]
    salary: SalaryRange = read_salary(text)
    lines = [f"{WORDS['competencies'][lang]}:"]
    lines += [f"  - {c}" for c in competencies] or [WORDS["none"][lang]]
    lines += ["", f"{WORDS['salary'][lang]}:"]
    parts = describe_range(salary, lang)
    lines += [f"  {' · '.join(parts)}"] if parts else [WORDS["nothing"][lang]]
    if salary.evidence:
        lines += ["", f"{WORDS['evidence'][lang]}:"]
        lines += [f"  “{sentence}”" for sentence in salary.evidence]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        text = read_text(args.file)
    except InputError as error:
        print(f"secondround vacancy: {error}", file=sys.stderr)
        return 2
    lang = as_lang(args.lang)
    if args.json:
        print(json.dumps(as_json(text, lang), ensure_ascii=False, indent=2))
    else:
        print(report(text, lang))
    return 0
