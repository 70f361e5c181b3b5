"""Demo data: the current job once and their salary range from the vacancy of the application before
round two; the offer of the application that is further along, with a counter-offer that waits for
their answer."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone

from secondround.applications.models import Application, Round

from . import services
from .models import JobPackage, Kind, SalaryPeriod, VacancySalary


def fill(*, user: Any, application: Application, rounds: list[Round], lang: str) -> None:
    current_name = "Mijn huidige baan" if lang == "nl" else "My current job"
    services.package_save_current(
        package=JobPackage(
            kind=Kind.CURRENT,
            name=current_name,
            monthly_gross=Decimal("3650"),
            hours_per_week=Decimal("40"),
            vacation_days=Decimal("25"),
            holiday_allowance_pct=Decimal("8"),
            pension_employee_pct=Decimal("5"),
            pension_employer_pct=Decimal("10"),
            travel_allowance_monthly=Decimal("85"),
            laptop=True,
        ),
        user=user,
    )
    evidence = (
        "Salaris: € 3.600 tot € 4.400 bruto per maand o.b.v. 36 uur."
        if lang == "nl"
        else "Salary: €3,600 to €4,400 gross a month, based on 36 hours."
    )
    services.vacancy_salary_save(
        salary=VacancySalary(
            min_amount=Decimal("3600"),
            max_amount=Decimal("4400"),
            period=SalaryPeriod.MONTH,
            hours_per_week=Decimal("36"),
            holiday_allowance_included=False,
            evidence=evidence,
        ),
        application=application,
    )


def fill_further(*, user: Any, application: Application, rounds: list[Round], lang: str) -> None:
    conditions = (
        "Contract voor een jaar, daarna vast bij goed functioneren."
        if lang == "nl"
        else "One-year contract, then permanent if all goes well."
    )
    offer = services.package_save_offer(
        package=JobPackage(
            kind=Kind.OFFER,
            name=application.company,
            received_on=timezone.localdate() - timedelta(days=1),
            monthly_gross=Decimal("3900"),
            hours_per_week=Decimal("36"),
            vacation_days=Decimal("27"),
            holiday_allowance_pct=Decimal("8"),
            thirteenth_month=True,
            pension_employee_pct=Decimal("4"),
            pension_employer_pct=Decimal("8"),
            training_budget=Decimal("1500"),
            home_office_allowance_monthly=Decimal("25"),
            laptop=True,
            phone=True,
            conditions=conditions,
        ),
        application=application,
    )
    # The demo candidate asked for more on the phone yesterday and waits for their answer.
    services.counter_send(
        package=offer,
        sent_on=timezone.localdate() - timedelta(days=1),
        parts={"monthly_gross": 4150.0},
        note="Gevraagd op basis van hun eigen bandbreedte."
        if lang == "nl"
        else "Asked on the basis of their own range.",
        answer_expected_on=timezone.localdate() + timedelta(days=4),
    )
