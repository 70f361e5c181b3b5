"""Data for the offers hooks on the application, round and dashboard pages (constant query counts)."""

from __future__ import annotations

from typing import Any

from django import template
from django.db.models import F, Q

from secondround.applications.selectors import CLOSED_STAGES, Application, Round
from secondround.coach.address import Address
from secondround.coach.pay import format_eur
from secondround.coach.pay.numbers import describe_range
from secondround.coach.pay_timing import TimingAdvice, terms_timing
from secondround.urlmaker import url_maker
from secondround.web import ui_lang

from .. import selectors
from ..models import CounterAnswer, CounterOffer, Decision, JobPackage, Kind

register = template.Library()


@register.simple_tag
def offers_for(application: Application) -> dict[str, Any]:
    """The offers of one application, whether the user entered their current job, and the
    salary information of the vacancy (3 queries)."""
    mine = Q(application=application) | Q(kind=Kind.CURRENT)
    packages = list(JobPackage.objects.filter(mine, user_id=application.user_id))
    their = selectors.vacancy_salary(application)
    superseded = {p.previous_id for p in packages}  # after a counter-offer: only the newest
    return {
        "offers": [p for p in packages if p.kind == Kind.OFFER and p.pk not in superseded],
        "current": next((p for p in packages if p.kind == Kind.CURRENT), None),
        "their": their,
        "their_parts": describe_range(their, ui_lang()),
    }


@register.simple_tag
def terms_timing_for(round: Round, application: Application) -> dict[str, Any] | None:
    """The S1 card for this round: when to raise salary and terms, and the link that fits."""
    has_offer = JobPackage.objects.filter(application=application, kind=Kind.OFFER).exists()
    advice: TimingAdvice | None = terms_timing(
        round_number=round.number,
        stage=application.stage,
        has_offer=has_offer,
        lang=ui_lang(),
    )
    if advice is None:
        return None
    return {"advice": advice, "numbers_url": selectors.numbers_url(application)}


@register.simple_tag
def salary_words_for(round: Round, address: Address) -> list[Any]:
    """What they may ask about salary in this round and what you can say, in je or u (`address`:
    the round page's round_address)."""
    return selectors.salary_moments_for(round, lang=ui_lang(), address=address)


CLOSED = CLOSED_STAGES


@register.simple_tag
def waiting_offers(user: Any) -> list[dict[str, Any]]:
    """The newest version of offers of active applications still waiting for your answer, with
    the date they want it by first (1 query); each with its addresses, reversed once per list."""
    offer_url, replies_url = url_maker("offers:detail"), url_maker("offers:replies")
    offers = (
        JobPackage.objects.for_user(user)
        .offers()
        .filter(
            decision__in=[Decision.OPEN, Decision.THINKING],
            application__archived=False,
            next_versions__isnull=True,
        )
        .exclude(application__stage__in=CLOSED)
        .select_related("application")
        .order_by(F("answer_due").asc(nulls_last=True), "pk")
    )
    return [
        {"offer": offer, "url": offer_url(offer.pk), "replies_url": replies_url(offer.pk)}
        for offer in offers
    ]


@register.simple_tag
def waiting_counters(user: Any) -> list[dict[str, Any]]:
    """Counter-offers still waiting for the employer's answer, for the dashboard (1 query), each
    with the address of its offer (a counter-offer answers an offer, never the current job)."""
    offer_url = url_maker("offers:detail")
    counters = (
        CounterOffer.objects.for_user(user)
        .filter(answer=CounterAnswer.WAITING, package__application__archived=False)
        .exclude(package__application__stage__in=CLOSED)
        .select_related("package__application")
        .order_by(F("answer_expected_on").asc(nulls_last=True), "pk")
    )
    return [{"counter": counter, "url": offer_url(counter.package_id)} for counter in counters]


@register.filter
def eur(amount: Any) -> str:
    """An amount in euros, written the way of the page's language: € 3.650 / €3,650."""
    if amount is None or amount == "":
        return ""
    return format_eur(float(amount), ui_lang())
