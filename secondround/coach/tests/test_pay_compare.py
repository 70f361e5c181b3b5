"""Whole packages side by side (METHOD S3) and an offer against your own numbers (S4)."""

from __future__ import annotations

import pytest

from secondround.coach.lang import LANGS, Lang
from secondround.coach.pay import Package, check_against_numbers, compare_packages
from secondround.coach.pay.compare import verdict

HIGH = Package(name="Hoog", monthly_gross=4500, hours_per_week=40, vacation_days=20)
RICH = Package(
    name="Rijk",
    monthly_gross=4200,
    hours_per_week=40,
    vacation_days=27,
    thirteenth_month=True,
    profit_sharing=2500,
    pension_employer_pct=14,
    pension_franchise=18000,
)


@pytest.mark.parametrize(
    ("code", "value", "base", "expected"),
    [
        ("total_value", 60000, 55000, "better"),
        ("total_value", 50000, 55000, "worse"),
        ("total_value", 55000.2, 55000, "same"),
        ("worked_hours", 1600, 1800, "better"),
        ("own_lease_contribution", 1200, 0, "worse"),
        ("net_monthly", None, 3000, "unknown"),
        ("wage_tax_annual", 9000, 8000, ""),
    ],
)
def test_verdict_knows_when_higher_is_better(
    code: str, value: float | None, base: float, expected: str
) -> None:
    assert verdict(code, value, base) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_lower_salary_with_more_terms_is_flagged_as_worth_more(lang: Lang) -> None:
    comparison = compare_packages([HIGH, RICH], year=2026, lang=lang)
    found = [f for f in comparison.findings if f.code == "lower_salary_higher_value"]
    assert len(found) == 1 and found[0].point == "S3"
    text = found[0].text
    assert "Rijk" in text and "Hoog" in text
    assert ("€ 300" if lang == "nl" else "€300") in text  # the monthly gap
    words = {"nl": ("vakantiedagen", "dertiende maand", "winstdeling", "pensioen"),
             "en": ("vacation days", "13th month", "profit sharing", "pension")}[lang]  # fmt: skip
    assert all(w in text for w in words)


@pytest.mark.parametrize(
    ("low", "high", "code"),
    [
        (Package(name="A", monthly_gross=4000, pension_employer_pct=10),
         Package(name="B", monthly_gross=4300), "higher_salary_no_pension"),
        (Package(name="A", monthly_gross=4000, hours_per_week=36),
         Package(name="B", monthly_gross=4300, hours_per_week=40), "higher_salary_more_hours"),
        (Package(name="A", monthly_gross=4000, vacation_days=28),
         Package(name="B", monthly_gross=4300, vacation_days=22), "higher_salary_fewer_vacation"),
        (Package(name="A", monthly_gross=3600, hours_per_week=32),
         Package(name="B", monthly_gross=4300, hours_per_week=40), "higher_salary_lower_hourly"),
        (Package(name="A", monthly_gross=4000, phone=True, laptop=True),
         Package(name="B", monthly_gross=4300), "missing_equipment"),
        (Package(name="A", monthly_gross=4000),
         Package(name="B", monthly_gross=4300, conditions="Geen verlof in het eerste kwartaal"),
         "conditions"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("lang", LANGS)
def test_apples_and_pears_warnings(low: Package, high: Package, code: str, lang: Lang) -> None:
    findings = compare_packages([low, high], year=2026, lang=lang).findings
    found = [f for f in findings if f.code == code]
    assert found, [f.code for f in findings]
    assert "{" not in found[0].text and "B" in found[0].text


def test_conditions_are_shown_word_for_word() -> None:
    b = Package(name="B", monthly_gross=4300, conditions="Geen verlof in het eerste kwartaal")
    findings = compare_packages([HIGH, b], year=2026, lang="en").findings
    assert any("Geen verlof in het eerste kwartaal" in f.text for f in findings)


def test_equal_offers_raise_no_warnings() -> None:
    same = Package(name="Twee", monthly_gross=4500, vacation_days=20)
    assert compare_packages([HIGH, same], year=2026, lang="nl").findings == []


@pytest.mark.parametrize("lang", LANGS)
def test_rows_put_every_line_side_by_side_against_the_baseline(lang: Lang) -> None:
    comparison = compare_packages([HIGH, RICH], year=2026, lang=lang, baseline_index=1)
    rows = {row.code: row for row in comparison.rows}
    assert rows["monthly_gross"].values == [4500, 4200]
    assert rows["monthly_gross"].verdicts == ["better", "baseline"]
    assert rows["total_value"].verdicts == ["worse", "baseline"]
    assert rows["worked_hours"].verdicts == ["worse", "baseline"]  # fewer days off
    assert rows["net_monthly"].values[0] > rows["net_monthly"].values[1]  # type: ignore[operator]
    assert len(comparison.components) == 2 and len(comparison.components[0]) == 7


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "Berekend met de belastingregels van 2025."),
        ("en", "Computed with the tax rules of 2025."),
    ],
)
def test_assumptions_name_the_year_and_the_defaults(lang: Lang, expected: str) -> None:
    comparison = compare_packages([Package(monthly_gross=4000)], year=2025, lang=lang)
    assert comparison.assumptions[0] == expected
    assert comparison.names == ["A"]  # an unnamed offer gets a letter
    assert any(a.startswith("A: ") for a in comparison.assumptions)


def test_compare_refuses_an_empty_list_and_a_wrong_baseline() -> None:
    with pytest.raises(ValueError):
        compare_packages([], lang="nl")
    with pytest.raises(IndexError):
        compare_packages([HIGH], lang="nl", baseline_index=3)


@pytest.mark.parametrize(
    ("offer", "lang", "expected"),
    [
        (4250, "nl", "Dit aanbod ligt € 180 bruto per maand onder je minimum."),
        (4250, "en", "This offer is €180 gross a month below your minimum."),
        (4500, "nl", "Dit aanbod haalt je minimum, maar ligt € 200 bruto per maand onder je doel."),
        (4700, "en", "This offer meets your target of €4,700 gross a month."),
        (5000, "nl", "Dit aanbod ligt € 300 bruto per maand boven je doel. Mooi!"),
    ],
)
def test_offer_against_minimum_and_target(offer: float, lang: Lang, expected: str) -> None:
    findings = check_against_numbers(
        Package(monthly_gross=offer), target_monthly=4700, minimum_monthly=4430, wishes=[],
        lang=lang,
    )  # fmt: skip
    assert [f.text for f in findings] == [expected]
    assert findings[0].point == "S4"


@pytest.mark.parametrize(
    ("wish", "code"),
    [
        ("goed pensioen", "wish_met"),
        ("laptop van de zaak", "wish_met"),
        ("thuiswerkvergoeding", "wish_not_visible"),
        ("training budget", "wish_not_visible"),
        ("vier dagen werken", "wish_met"),  # found word for word in the conditions
        ("a company car", "wish_not_visible"),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_wishes_are_checked_against_benefits_and_conditions(
    wish: str, code: str, lang: Lang
) -> None:
    pkg = Package(
        monthly_gross=4500, pension_employer_pct=12, laptop=True, conditions="Vier dagen werken"
    )
    findings = check_against_numbers(
        pkg, target_monthly=4500, minimum_monthly=4000, wishes=[wish, " "], lang=lang
    )
    assert [f.code for f in findings] == ["at_target", code]
    assert wish in findings[1].text


def test_changed_keys_name_what_a_new_version_changed() -> None:
    from secondround.coach.pay import Package, changed_keys

    old = Package(name="Stroomlijn", monthly_gross=3900, vacation_days=25)
    new = Package(name="Stroomlijn (2)", monthly_gross=4100, vacation_days=25, training_budget=500)
    assert changed_keys(old, new) == ["monthly_gross", "training_budget"]
    assert changed_keys(old, old) == []
