"""`secondround analyze`: check an answer or STARR example on the command line (R3, R4, D2)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from secondround.coach.analysis import STARR_PARTS, Analysis, part_label
from secondround.coach.answer_kinds import ANSWER_TYPES
from secondround.coach.followups import Reading, read_answer
from secondround.coach.lang import Lang, load, pick
from secondround.coach.questions import context_for

DESCRIPTION = """\
Analyse an interview answer, a STARR example or a pitch, in Dutch or English.

Shows each sentence numbered with the STARR parts it shows (Situation, Task, Action, Result,
Reflection), the parts that are missing, claims about yourself without an example ("I'm a team
player"), filler words ("um", "eigenlijk"), how often you say 'I' versus 'we', the speaking time,
and short observations. The report is in the language of the text.

With --question the answer is also checked against that question (does it answer it?), and
--type says what kind of answer the question asks for: star (a STARR example, the default),
pitch (who you are, what you did, why this job), opinion (a view, not judged on STARR parts) or
short (short and clear). The report then ends with tips for that kind of answer and the
follow-up questions an interviewer would ask, in order; --json adds them as "tips" and
"follow_ups".

Reads FILE (UTF-8 text), or standard input when FILE is '-' or left out.
Exit codes: 0 done, 2 no usable text (empty, missing file, not UTF-8).
"""

EPILOG = """\
examples:
  secondround analyze answer.txt
  echo "Last year I ... " | secondround analyze --lang en
  secondround analyze pitch.txt --target 60 --wpm 140
  secondround analyze answer.txt --json > analysis.json
  secondround analyze pitch.txt --type pitch --question "Vertel eens iets over jezelf."
"""


class InputError(Exception):
    """The input cannot be analysed; the message says why."""


def _positive(value: str) -> int:
    number = int(value) if value.isdigit() else 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, got {value!r}")
    return number


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "analyze",
        help="analyse an answer or STARR example: STARR parts, claims, fillers, speaking time",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help="text file, or - for stdin"
    )
    parser.add_argument(
        "--lang", choices=("nl", "en"), help="language of the text (default: detect)"
    )
    parser.add_argument("--json", action="store_true", help="print the full analysis as JSON")
    parser.add_argument(
        "--wpm", type=_positive, help="speaking rate in words per minute (default: nl 130, en 150)"
    )
    parser.add_argument(
        "--target",
        type=_positive,
        metavar="SECONDS",
        help="target speaking time, e.g. 60 for a pitch",
    )
    parser.add_argument("--question", metavar="TEXT", help="the question this answer is for")
    parser.add_argument(
        "--type",
        choices=ANSWER_TYPES,
        default="star",
        help="the kind of answer the question asks for (default: star)",
    )
    parser.set_defaults(run=run)


def read_text(name: str) -> str:
    """The text of a file or of stdin ('-'); InputError when missing, not UTF-8 text, or empty."""
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        raw = buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8")
    else:
        try:
            raw = Path(name).read_bytes()
        except FileNotFoundError:
            raise InputError(f"file not found: {name}") from None
        except IsADirectoryError:
            raise InputError(f"this is a folder, not a file: {name}") from None
        except OSError as error:
            raise InputError(f"cannot read {name}: {error.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text (is it a binary file?)") from None
    if "\x00" in text:
        raise InputError(f"{name}: looks like a binary file, not text")
    if not text.strip():
        raise InputError("the text is empty: nothing to analyse")
    return text


def run(args: argparse.Namespace) -> int:
    try:
        text = read_text(args.file)
    except InputError as error:
        print(f"secondround analyze: {error}", file=sys.stderr)
        return 2
    question = (args.question or "").strip()
    reading = read_answer(
        text,
        question=question,
        answer_type=args.type,
        context=context_for(question),
        lang=args.lang,
        wpm=args.wpm,
        target_seconds=args.target,
    )
    if args.json:
        print(json.dumps(reading.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report(reading.analysis, starr=reading.answer_type == "star"))
        print(talk_back(reading))
    return 0


def talk_back(reading: Reading) -> str:
    """The tips for this kind of answer and the follow-up questions, as plain text."""
    lang = reading.analysis.ui_lang
    texts = load("followups.json")["report"]
    lines = ["", pick(texts["tips"], lang)]
    lines.extend(f"  - {tip.text}" for tip in reading.tips)
    lines.extend(["", pick(texts["follow_ups"], lang)])
    for number, follow_up in enumerate(reading.follow_ups, start=1):
        lines.append(f"  {number}. {follow_up.text}")
        lines.append(f"     ({follow_up.reason})")
    if not reading.follow_ups:
        lines.append(f"  {pick(texts['no_follow_ups'], lang)}")
    return "\n".join(lines)


def report(analysis: Analysis, *, starr: bool = True) -> str:
    """The analysis as plain text, in the user's language. Without `starr` (a pitch, an opinion, a
    short answer) the missing STARR parts and the STARR observations are left out: the tips for
    that kind of answer replace them."""
    lang = analysis.ui_lang
    lines = [
        _say("summary", lang).format(
            lang=analysis.lang,
            words=analysis.words,
            seconds=analysis.speaking_seconds,
            wpm=analysis.wpm,
        ),
        "",
        _say("sentences", lang),
    ]
    for index, sentence in enumerate(analysis.sentences):
        tags = ", ".join(part_label(part, lang) for part in analysis.sentence_parts(index))
        lines.append(f"  {index + 1:>2}. [{tags or '-'}] {sentence}")
    lines.append("")
    lines.extend(_details(analysis, lang)[0 if starr else 1 :])
    if starr:
        lines.extend(["", _say("observations", lang)])
        lines.extend(f"  - {note.text}" for note in analysis.observations)
    return "\n".join(lines)


def _details(analysis: Analysis, lang: Lang) -> list[str]:
    missing = ", ".join(part_label(part, lang) for part in STARR_PARTS if part in analysis.missing)
    claims = "; ".join(
        f"'{claim.quality}' ({_say('sentence_no', lang).format(n=claim.sentence + 1)})"
        for claim in analysis.unbacked_claims
    )
    fillers = ", ".join(f"{f.word} {f.count}×" for f in analysis.fillers)
    markers = ", ".join(marker.text for marker in analysis.result_markers)
    none = _say("none", lang)
    return [
        f"{_say('missing', lang)}: {missing}" if missing else _say("nothing_missing", lang),
        f"{_say('claims', lang)}: {claims or none}",
        f"{_say('fillers', lang)} ({analysis.filler_total}): {fillers or none}",
        _say("i_we", lang).format(i=analysis.i_count, we=analysis.we_count),
        f"{_say('results', lang)}: {markers or none}",
    ]


def _say(key: str, lang: Lang) -> str:
    return pick(load("analysis.json")["report"][key], lang)
