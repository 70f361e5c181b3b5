"""Writes for job packages, counter-offers and the vacancy's salary. The valuation, comparison,
numbers check, salary talk and drafts are in `selectors.py`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction

from secondround.applications.selectors import Application
from secondround.coach.pay import read_salary

from .models import CounterAnswer, CounterOffer, Decision, JobPackage, Kind, VacancySalary


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


@transaction.atomic
def counter_send(
    *,
    package: JobPackage,
    sent_on: date,
    parts: dict[str, float],
    note: str,
    answer_expected_on: date | None,
) -> CounterOffer:
    """Record a counter-proposal; the offer's answer becomes "counter-offer"."""
    counter = CounterOffer(
        package=package,
        sent_on=sent_on,
        parts=parts,
        note=note,
        answer_expected_on=answer_expected_on,
    )
    counter.full_clean()
    counter.save()
    package_set_decision(package=package, decision=Decision.COUNTERING)
    return counter


@transaction.atomic
def counter_record_answer(
    *,
    counter: CounterOffer,
    answer: str,
    answered_on: date | None,
    answer_note: str,
    new_values: dict[str, Decimal],
) -> CounterOffer:
    """Record their answer. When the numbers they came back with differ from the offer, the new
    offer is saved as the next version of the package (the old one stays, for the comparison)."""
    old = counter.package
    changed = {k: v for k, v in new_values.items() if v is not None and getattr(old, k) != v}
    if changed and counter.new_version is None:
        new = JobPackage.objects.get(pk=old.pk)
        new.pk, new.id = None, None
        new.previous, new.decision, new.answer_due = old, Decision.OPEN, None
        new.received_on = answered_on or old.received_on
        for key, value in changed.items():
            setattr(new, key, value)
        new.full_clean()
        new.save()
        counter.new_version = new
    elif counter.new_version is None and answer != CounterAnswer.WAITING:
        # The same offer stands: the next move is yours again.
        package_set_decision(package=old, decision=Decision.OPEN)
    counter.answer, counter.answered_on, counter.answer_note = answer, answered_on, answer_note
    counter.full_clean()
    counter.save()
    return counter


@transaction.atomic
def vacancy_salary_save(*, salary: VacancySalary, application: Application) -> VacancySalary:
    """Keep the user's checked or corrected reading of the vacancy's salary information; the
    sentences it came from are taken from the vacancy when the user did not keep any."""
    salary.application = application
    if not salary.evidence.strip():
        salary.evidence = "\n".join(read_salary(application.vacancy_text).evidence)
    salary.full_clean()
    salary.save()
    return salary


@transaction.atomic
def vacancy_salary_reset(*, application: Application) -> None:
    """Forget the corrections: the vacancy text is read afresh."""
    VacancySalary.objects.filter(application=application).delete()
