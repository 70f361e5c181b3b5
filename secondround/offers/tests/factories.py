"""`make_<model>` helpers for the offers tests."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from secondround.applications.models import Application
from secondround.offers.models import JobPackage, Kind


def make_current(*, user: Any, **overrides: Any) -> JobPackage:
    fields: dict[str, Any] = {
        "kind": Kind.CURRENT,
        "name": "Huidige baan",
        "monthly_gross": Decimal("3650"),
        "hours_per_week": Decimal("40"),
        "vacation_days": Decimal("25"),
        "pension_employer_pct": Decimal("10"),
        "pension_employee_pct": Decimal("5"),
    }
    fields.update(overrides)
    package = JobPackage(user=user, **fields)
    package.full_clean()
    package.save()
    return package


def make_offer(*, application: Application, **overrides: Any) -> JobPackage:
    fields: dict[str, Any] = {
        "kind": Kind.OFFER,
        "monthly_gross": Decimal("3900"),
        "hours_per_week": Decimal("36"),
        "vacation_days": Decimal("27"),
        "thirteenth_month": True,
        "training_budget": Decimal("1500"),
    }
    fields.update(overrides)
    package = JobPackage(user=application.user, application=application, **fields)
    package.full_clean()
    package.save()
    return package
