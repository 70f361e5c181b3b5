"""The one-page sheet of a round ("spiekbriefje"): gather, shape to limits, render to HTML and to a PDF
that is ONE A4 page.

Fitting works by rendering: shape the content with generous limits, lay it out with WeasyPrint, count
the pages, and retry with tighter limits (fewer examples, fewer questions, shorter notes) until it fits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify

from secondround.applications.selectors import Round, round_address, round_reading
from secondround.coach import aftercare
from secondround.coach.goals import Goal, round_goal
from secondround.coach.lang import Lang
from secondround.coach.sheet import first_sentences, shorten
from secondround.offers.selectors import salary_sheet_lines
from secondround.practice.selectors import questions_to_ask, still_to_find_out
from secondround.preparation.selectors import (
    ExampleLine,
    SalaryNumbers,
    best_examples,
    notes_reading,
    pitch_lines,
    salary_numbers,
)

from .models import Assignment, SheetOptions

STATIC_DIR = Path(__file__).parent / "static" / "interviewday"
SHEET_CSS = STATIC_DIR / "sheet.css"


@dataclass(frozen=True)
class Limits:
    """How much of each part fits. Later tries are tighter: fewer examples first, then questions."""

    examples: int
    questions: int
    note: int  # characters of the user's note on one person
    looks_for: int  # characters of what one kind of interviewer looks for
    pitch: int
    line: int  # one example, one question, the place
    goal: int


TRIES: tuple[Limits, ...] = (
    Limits(examples=15, questions=12, note=150, looks_for=200, pitch=450, line=120, goal=220),
    Limits(examples=8, questions=10, note=110, looks_for=150, pitch=350, line=100, goal=180),
    Limits(examples=5, questions=7, note=80, looks_for=110, pitch=260, line=85, goal=140),
    Limits(examples=3, questions=5, note=50, looks_for=80, pitch=180, line=70, goal=100),
)


@dataclass(frozen=True)
class Person:
    name: str
    role_title: str
    kind: str
    is_new: bool
    note: str


@dataclass(frozen=True)
class Source:
    """Everything the sheet may show, read from the database once."""

    round: Round
    lang: Lang
    goal: Goal
    own_goal: str
    people: list[Person]
    new_names: list[str]
    looks_for: list[str]
    pitch: str
    examples: list[ExampleLine]
    questions: list[str]
    closing: list[str]
    salary: SalaryNumbers | None
    assignments: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # doubts and topics of the previous round
    find_out: list[str] = field(default_factory=list)  # fit questions still open (G5)
    # What the candidate wanted to look up after the previous round, neither found out nor asked
    still_to_check: list[str] = field(default_factory=list)
    salary_lines: list[str] = field(default_factory=list)  # the salary talk, from round two


@dataclass(frozen=True)
class Sheet:
    """The content as shaped for one try."""

    source: Source
    own_goal: str
    place: str
    people: list[Person]
    looks_for: list[str]
    pitch: str
    examples: list[ExampleLine]
    examples_more: int
    questions: list[str]
    questions_more: int
    assignments: list[str]
    notes: list[str] = field(default_factory=list)
    find_out: list[str] = field(default_factory=list)
    still_to_check: list[str] = field(default_factory=list)


def _assignment_line(assignment: Assignment) -> str:
    kind = str(assignment.get_type_display())
    text = " ".join(assignment.description.split())
    if text.lower().startswith(kind.lower()):  # "Presentatie: jouw eerste 90 dagen"
        return text
    return f"{kind}: {text}" if text else kind


def gather(round: Round, *, lang: Lang) -> Source:
    with translation.override(lang):  # labels such as the kind of interviewer follow `lang`
        return _gather(round, lang=lang)


def _gather(round: Round, *, lang: Lang) -> Source:
    application = round.application
    reading = round_reading(round, lang=lang)
    known = {member.name for member in reading.known}
    later_round = round.number > 1
    people = [
        Person(
            name=i.name,
            role_title=i.role_title,
            kind=str(i.get_kind_display()),
            is_new=later_round and i.name not in known,
            note=" · ".join(t for t in (i.cares_about.strip(), i.notes.strip()) if t),
        )
        for i in round.interviewers.all()
    ]
    points = notes_reading(round, lang=lang)
    own_goal = round.own_goal.strip() or (application.goal if round.status == "planned" else "")
    options = SheetOptions.objects.filter(round=round).first()
    show_salary = bool(options and options.show_salary)
    return Source(
        round=round,
        lang=lang,
        goal=round_goal(round.number, lang),
        own_goal=own_goal,
        people=people,
        new_names=[p.name for p in people if p.is_new],
        looks_for=[note.text for note in reading.notes if note.code.startswith("kind_")],
        pitch=" ".join(pitch_lines(round)),
        examples=best_examples(round, lang=lang),
        questions=questions_to_ask(round, lang=lang),
        closing=[p.closing for p in points if p.kind == "doubt"]
        + aftercare.closing_lines(lang, round_address(round)),
        salary=salary_numbers(application) if show_salary else None,
        assignments=[_assignment_line(a) for a in round.assignments.all()],
        notes=[p.sheet_line for p in points],
        find_out=[q.text for q in application.fit_questions.open()],
        still_to_check=still_to_find_out(round),
        salary_lines=salary_sheet_lines(round, lang=lang, show_numbers=show_salary),
    )


def shape(source: Source, limits: Limits) -> Sheet:
    examples = [
        ExampleLine(competency=e.competency, text=shorten(e.text, limits.line))
        for e in source.examples[: limits.examples]
    ]
    return Sheet(
        source=source,
        own_goal=shorten(source.own_goal, limits.goal) if source.own_goal.strip() else "",
        place=shorten(source.round.location, limits.line) if source.round.location else "",
        people=[
            Person(
                name=shorten(p.name, 60),
                role_title=shorten(p.role_title, 60) if p.role_title else "",
                kind=p.kind,
                is_new=p.is_new,
                note=shorten(p.note, limits.note) if p.note else "",
            )
            for p in source.people
        ],
        looks_for=[shorten(text, limits.looks_for) for text in source.looks_for],
        pitch=first_sentences(source.pitch, limits.pitch) if source.pitch else "",
        examples=examples,
        examples_more=max(len(source.examples) - limits.examples, 0),
        questions=[shorten(q, limits.line) for q in source.questions[: limits.questions]],
        questions_more=max(len(source.questions) - limits.questions, 0),
        assignments=[shorten(a, limits.line) for a in source.assignments],
        notes=[shorten(n, limits.line + 40) for n in source.notes],
        find_out=[shorten(q, limits.line) for q in source.find_out[: limits.questions]],
        still_to_check=[shorten(p, limits.line) for p in source.still_to_check[: limits.questions]],
    )


def render_html(
    sheet: Sheet,
    *,
    template: str = "interviewday/sheet_print.html",
    extra: dict[str, Any] | None = None,
) -> str:
    with translation.override(sheet.source.lang):
        return render_to_string(template, {"sheet": sheet, **(extra or {})})


# A rough count of printed lines, to start with the try that will probably fit: every render costs
# a few tenths of a second. One column line holds about this many characters at 8 pt, and the page
# about this many lines in two columns (kept a little generous: a wrong guess costs one more render).
CHARS_PER_LINE = 58
LINES_PER_PAGE = 140


def _lines(*texts: str) -> int:
    return sum(-(-len(text) // CHARS_PER_LINE) for text in texts if text)


def estimated_lines(sheet: Sheet) -> int:
    source = sheet.source
    parts = [
        _lines(source.goal.text, sheet.own_goal),
        sum(_lines(f"{p.name}, {p.role_title} ({p.kind})", p.note) for p in sheet.people),
        _lines(", ".join(source.new_names)) + _lines(*sheet.looks_for),
        _lines(sheet.pitch),
        sum(_lines(f"{e.competency}: {e.text}") for e in sheet.examples)
        + bool(sheet.examples_more),
        sum(_lines(q) for q in sheet.questions) + bool(sheet.questions_more),
        _lines("; ".join(sheet.still_to_check)),
        _lines(*sheet.assignments),
        _lines(*sheet.notes),
        _lines(*sheet.find_out),
        _lines(*source.closing),
        3 if source.salary else 0,
        _lines(*source.salary_lines),
    ]
    return sum(parts) + 2 * sum(1 for part in parts if part)


def first_try(source: Source) -> int:
    """The index of the first limits that probably fit on one page."""
    for index, limits in enumerate(TRIES):
        if estimated_lines(shape(source, limits)) <= LINES_PER_PAGE:
            return index
    return len(TRIES) - 1


@cache
def _fonts() -> Any:
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@cache
def _css() -> Any:
    import weasyprint

    return weasyprint.CSS(string=SHEET_CSS.read_text(encoding="utf-8"), font_config=_fonts())


def _fetcher() -> Any:
    from weasyprint import URLFetcher

    class LocalOnly(URLFetcher):
        """Fetch nothing from the network: only files inside this app's static folder."""

        def fetch(self, url: str, headers: Any = None) -> Any:
            if not url.startswith(STATIC_DIR.as_uri() + "/"):
                raise ValueError(f"refused to fetch {url!r}: the sheet only uses local files")
            return super().fetch(url, headers)

    return LocalOnly(allowed_protocols=("file",))


@dataclass(frozen=True)
class Pdf:
    content: bytes
    pages: int
    tries: int
    sheet: Sheet


def render_pdf(source: Source) -> Pdf:
    """Render the sheet to PDF with the first limits that give one page (the tightest as a last
    resort, then possibly still two pages for absurd content)."""
    import weasyprint

    start = first_try(source)
    for number, limits in enumerate(TRIES[start:], start=1):
        sheet = shape(source, limits)
        # A light sheet gets balanced columns (nicer, and cheap when short); a full one fills the
        # first column first, which lays out about twice as fast.
        balanced = estimated_lines(sheet) < LINES_PER_PAGE * 0.75
        html = weasyprint.HTML(
            string=render_html(sheet, extra={"balanced": balanced}),
            base_url=STATIC_DIR.as_uri() + "/",
            url_fetcher=_fetcher(),
        )
        document = html.render(stylesheets=[_css()], font_config=_fonts())
        if len(document.pages) == 1 or limits == TRIES[-1]:
            return Pdf(
                content=document.write_pdf(), pages=len(document.pages), tries=number, sheet=sheet
            )
    raise AssertionError("unreachable")  # pragma: no cover


def filename(round: Round, *, suffix: str) -> str:
    company = slugify(round.application.company)[:40] or "interview"
    return f"{company}-round-{round.number}.{suffix}"
