"""Reading the employer's salary information from a vacancy (S4), nl and en, with traps."""

from __future__ import annotations

import pytest

from secondround.coach.lang import Lang
from secondround.coach.pay import Package, range_findings
from secondround.coach.pay.numbers import describe_range
from secondround.coach.pay.vacancy import SalaryRange, parse_amount, read_salary, sentences

# (vacancy sentence, what must be read). Keys left out must be None (or False for marktconform).
CASES: list[tuple[str, dict[str, object]]] = [
    # Dutch ranges, maxima, minima
    (
        "Salaris: max. € 4.500 bruto per maand o.b.v. 36 uur.",
        {"max": 4500, "period": "month", "hours_per_week": 36},
    ),
    (
        "Je verdient tussen € 3.200 en € 4.500 bruto per maand.",
        {"min": 3200, "max": 4500, "period": "month"},
    ),
    (
        "Het salaris bedraagt € 3.250 - € 4.650 bij een 40-urige werkweek.",
        {"min": 3250, "max": 4650, "period": "month", "hours_per_week": 40},
    ),
    (
        "Salarisindicatie: €3.100 – €4.200 per maand (schaal 9).",
        {"min": 3100, "max": 4200, "period": "month", "scale": "9"},
    ),
    (
        "Je wordt ingeschaald in schaal 10, maximaal € 5.008 bruto per maand.",
        {"max": 5008, "period": "month", "scale": "10"},
    ),
    ("Inschaling in schaal 8 of 9 van de cao Gemeenten.", {"scale": "8-9"}),
    ("Het salaris is minimaal € 2.800 bruto per maand.", {"min": 2800, "period": "month"}),
    ("Een jaarsalaris van € 55.000 tot € 65.000.", {"min": 55000, "max": 65000, "period": "year"}),
    (
        "Salaris vanaf € 42.000 per jaar, afhankelijk van ervaring.",
        {"min": 42000, "period": "year"},
    ),
    ("Uurloon € 16,50 tot € 19,25 per uur.", {"min": 16.5, "max": 19.25, "period": "hour"}),
    ("Bruto maandsalaris: 3.800 euro.", {"min": 3800, "max": 3800, "period": "month"}),
    (
        "Salaris € 3.650,- bruto per maand excl. 8% vakantiegeld.",
        {"min": 3650, "max": 3650, "period": "month", "holiday_allowance_included": False},
    ),
    (
        "Het maandsalaris van € 4.000 is inclusief vakantiegeld.",
        {"min": 4000, "max": 4000, "period": "month", "holiday_allowance_included": True},
    ),
    (
        "Daarnaast ontvang je 8% vakantiegeld en een 13e maand.",
        {"holiday_allowance_included": False, "thirteenth_month": True},
    ),
    ("Je ontvangt een Individueel Keuzebudget (IKB) van 16,37%.", {"ikb_pct": 16.37}),
    ("IKB 16,37 % bovenop je salaris.", {"ikb_pct": 16.37}),
    ("Een eindejaarsuitkering van 8,33% (dertiende maand).", {"thirteenth_month": True}),
    (
        "Wij bieden een marktconform salaris en goede secundaire arbeidsvoorwaarden.",
        {"marktconform": True},
    ),
    (
        "Salaris: FWG 45, max. € 4.632 bruto per maand bij 36 uur.",
        {"max": 4632, "period": "month", "hours_per_week": 36, "scale": "45"},
    ),
    (
        "Je salaris is € 3.400 tot € 4.100 bruto per maand op basis van 38 uur per week.",
        {"min": 3400, "max": 4100, "period": "month", "hours_per_week": 38},
    ),
    ("Salaris tot € 60k per jaar.", {"max": 60000, "period": "year"}),
    (
        "Het salaris bedraagt € 3.500 – € 4.800 (exclusief vakantietoeslag).",
        {"min": 3500, "max": 4800, "period": "month", "holiday_allowance_included": False},
    ),
    ("Geen 13e maand, wel een winstdeling.", {"thirteenth_month": False}),
    # English
    ("Salary: €50,000 - €60,000 per year.", {"min": 50000, "max": 60000, "period": "year"}),
    (
        "We offer a gross monthly salary of up to €5,200 based on 40 hours.",
        {"max": 5200, "period": "month", "hours_per_week": 40},
    ),
    (
        "The salary ranges from €3,400 to €4,600 a month, excluding 8% holiday allowance.",
        {"min": 3400, "max": 4600, "period": "month", "holiday_allowance_included": False},
    ),
    ("Pay: EUR 22.50 per hour.", {"min": 22.5, "max": 22.5, "period": "hour"}),
    ("A competitive salary and a 13th month.", {"marktconform": True, "thirteenth_month": True}),
    (
        "Salary starting at €4,000 gross per month, including holiday pay.",
        {"min": 4000, "period": "month", "holiday_allowance_included": True},
    ),
    (
        "Grade 11 (scale 11), up to €5,500 a month for 36 hours.",
        {"max": 5500, "period": "month", "hours_per_week": 36, "scale": "11"},
    ),
    ("An individual choice budget of 16.37% of your salary.", {"ikb_pct": 16.37}),
    ("Annual salary €65k–€75k.", {"min": 65000, "max": 75000, "period": "year"}),
    (
        "Compensation: between €4,200 and €5,100 per month.",
        {"min": 4200, "max": 5100, "period": "month"},
    ),
    ("You earn a minimum of €3,000 per month.", {"min": 3000, "period": "month"}),
    ("€ 3.500,- tot € 4.200,- bruto per maand.", {"min": 3500, "max": 4200, "period": "month"}),
    ("Salaris: schaal 9 (max € 4.395,-).", {"max": 4395, "period": "month", "scale": "9"}),
    ("Salaris € 45.000 - 55.000 per jaar.", {"min": 45000, "max": 55000, "period": "year"}),
    ("Salary 40K-50K.", {"min": 40000, "max": 50000, "period": "year"}),
    (
        "Het bruto maandsalaris bedraagt minimaal € 2.914 en maximaal € 4.117 (schaal 8) bij een "
        "36-urige werkweek.",
        {"min": 2914, "max": 4117, "period": "month", "hours_per_week": 36, "scale": "8"},
    ),
    (
        "Je krijgt een salaris van € 3.000 tot € 4.000 en een bonus van € 2.000 per jaar.",
        {"min": 3000, "max": 4000, "period": "month"},
    ),
    # Traps: numbers that are not pay
    ("Je beheert een budget van € 2.500.000 per jaar.", {}),
    ("Je bent verantwoordelijk voor een omzet van € 40 miljoen.", {}),
    ("You manage a budget of €250,000 and a team of 12.", {}),
    ("Our turnover of €12 million grew by 20% in 2024.", {}),
    ("Sinds 1998 groeien we elk jaar.", {}),
    ("Vragen over het salaris? Bel Sanne op 06-12345678.", {}),
    ("Questions about pay? Call us on 020 123 4567.", {}),
    ("Ons kantoor staat aan de Keizersgracht 123, 1015 CJ Amsterdam.", {}),
    ("Je hebt minimaal 5 jaar ervaring en werkt 32 tot 40 uur per week.", {}),
    (
        "Je beheert een budget van € 2 miljoen en verdient tot € 5.000 bruto per maand.",
        {"max": 5000, "period": "month"},
    ),
    ("Founded in 2010, we serve 3,000 customers.", {}),
    ("Salaris 2026: € 3.900 per maand.", {"min": 3900, "max": 3900, "period": "month"}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_it_reads_what_the_sentence_says_and_nothing_else(
    sentence: str, expected: dict[str, object]
) -> None:
    found = read_salary(sentence)
    for key in ("min", "max", "period", "hours_per_week", "scale"):
        assert getattr(found, key) == expected.get(key), key
    for key in ("holiday_allowance_included", "ikb_pct", "thirteenth_month"):
        assert getattr(found, key) == expected.get(key), key
    assert found.marktconform == expected.get("marktconform", False)


def test_there_are_at_least_forty_sentences_in_both_languages() -> None:
    assert len(CASES) >= 40


VACANCY = """Beleidsadviseur Wonen (36 uur)

Wat ga je doen?
Je beheert een budget van € 2 miljoen en schrijft beleid. Bel voor vragen 030-2861234.

Wat bieden wij?
• Salaris: max. € 4.500 bruto per maand o.b.v. 36 uur (schaal 10).
• Een Individueel Keuzebudget (IKB) van 16,37%.
• Excl. 8% vakantiegeld, dat in het IKB zit.
"""


def test_a_whole_vacancy_gives_the_range_with_the_sentences_used() -> None:
    found = read_salary(VACANCY)
    assert (found.min, found.max, found.period) == (None, 4500, "month")
    assert found.hours_per_week == 36
    assert found.scale == "10"
    assert found.ikb_pct == 16.37
    assert found.evidence[0].startswith("Salaris: max. € 4.500")
    assert all("budget van" not in e for e in found.evidence)


def test_the_first_sentence_that_says_a_thing_wins() -> None:
    found = read_salary("Salaris € 3.000 - € 4.000 per maand. Later: salaris € 9.000 per maand.")
    assert (found.min, found.max) == (3000, 4000)
    assert len(found.evidence) == 1


def test_nothing_about_pay_gives_an_empty_range() -> None:
    found = read_salary("We zoeken een collega met humor. Je werkt in Utrecht.")
    assert found == SalaryRange()
    assert not found.found and not found.has_amounts


@pytest.mark.parametrize(
    ("hours", "expected"),
    [(None, (3600.0, 4500.0)), (36, (3600.0, 4500.0)), (40, (4000.0, 5000.0))],
)
def test_the_range_per_month_follows_the_hours(hours: float | None, expected: tuple) -> None:
    found = SalaryRange(min=3600, max=4500, period="month", hours_per_week=36)
    assert found.monthly(hours) == expected


def test_a_yearly_and_an_hourly_range_become_monthly() -> None:
    assert SalaryRange(min=60000, max=72000, period="year").monthly() == (5000.0, 6000.0)
    low, high = SalaryRange(min=20, max=20, period="hour").monthly(36)
    assert low == high == round(20 * 36 * 52 / 12, 2)


@pytest.mark.parametrize(
    ("text", "value"),
    [("4.500", 4500), ("4,500", 4500), ("4.500,50", 4500.5), ("4,500.50", 4500.5),
     ("16,37", 16.37), ("19.25", 19.25), ("55", 55), ("2 500", 2500)],
)  # fmt: skip
def test_amounts_are_read_the_dutch_and_the_english_way(text: str, value: float) -> None:
    assert parse_amount(text) == value


def test_sentences_keep_abbreviations_together() -> None:
    assert sentences("Salaris max. € 4.500 o.b.v. 36 uur. Wij bieden meer.") == [
        "Salaris max. € 4.500 o.b.v. 36 uur.",
        "Wij bieden meer.",
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("offer", "hours", "code"),
    [
        (3000, 36, "below_range"),
        (3800, 36, "in_range"),
        (4500, 36, "at_range_top"),
        (4700, 36, "above_range"),
        (3500, 36, "in_range"),
        (3500, 40, "below_range"),  # at 40 hours their range is 3.555,56 to 5.000
        (5000, 40, "at_range_top"),
    ],
)
def test_an_offer_is_placed_in_their_range_at_the_offers_hours(
    offer: float, hours: float, code: str, lang: Lang
) -> None:
    their = SalaryRange(min=3200, max=4500, period="month", hours_per_week=36)
    found = range_findings(Package(monthly_gross=offer, hours_per_week=hours), their, lang)
    assert [f.code for f in found] == [code]
    assert "{" not in found[0].text


def test_in_range_says_how_far_up_and_how_much_room_is_left() -> None:
    their = SalaryRange(min=3000, max=4000, period="month")
    (found,) = range_findings(Package(monthly_gross=3250), their, "nl")
    assert "25%" in found.text and "€ 750" in found.text


def test_only_marktconform_asks_for_their_range() -> None:
    found = range_findings(Package(monthly_gross=3000), SalaryRange(marktconform=True), "en")
    assert [f.code for f in found] == ["only_marktconform"]
    assert range_findings(Package(monthly_gross=3000), SalaryRange(), "en") == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", ["tot € 4.500 per maand", "op basis van 36 uur per week", "schaal 10", "IKB 16,37%",
                "vakantiegeld komt erbovenop"]),
        ("en", ["up to €4,500 a month", "based on 36 hours a week", "scale 10", "IKB 16.37%",
                "holiday allowance on top"]),
    ],
)  # fmt: skip
def test_their_range_is_described_as_the_vacancy_states_it(lang: Lang, expected: list) -> None:
    found = read_salary(VACANCY)
    assert describe_range(found, lang) == expected


def test_an_hourly_range_keeps_its_cents() -> None:
    their = SalaryRange(min=16.5, max=19.25, period="hour")
    assert describe_range(their, "nl") == ["€ 16,50 tot € 19,25 per uur"]
