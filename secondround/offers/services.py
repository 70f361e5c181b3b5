"""Writes for job packages. The valuation, comparison, numbers check and drafts are in `selectors.py`."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from secondround.applications.selectors import Application

from .models import JobPackage, Kind


@transaction.atomic
def package_save_current(*, package: JobPackage, user: Any) -> JobPackage:
    package.user, package.kind, package.application = user, Kind.CURRENT, None
    package.full_clean()
    package.save()
    return package


@transaction.atomic
def package_save_offer(*, package: JobPackage, application: Application) -> JobPackage:
    package.user_id, package.kind, package.application = (
        application.user_id,
        Kind.OFFER,
        application,
    )
    package.full_clean()
    package.save()
    return package


@transaction.atomic
def package_set_decision(*, package: JobPackage, decision: str) -> JobPackage:
    package.decision = decision
    package.full_clean()
    package.save(update_fields=["decision"])
    return package


@transaction.atomic
def package_delete(*, package: JobPackage) -> None:
    package.delete()
