"""Slowing down password guessing (django-axes does the counting; this module says what it counts).

A failure is counted for the pair (account, client): the e-mail address as the login form reads it
(spaces stripped, lower case) and the client's address. After `LOGIN_THROTTLE_FAILURES` wrong
passwords that pair cools off for `LOGIN_THROTTLE_COOLOFF_SECONDS`, counted from the last failure.
So a guesser gets the same few tries whatever spaces or capitals they add; the owner on another
client is never refused; a made-up address only slows down itself. IPv6 clients count per /64
network, the block one household or server usually holds.

The client address is the connection's own, unless the app is hosted behind proxies of its own
(`SECONDROUND_PROXY_COUNT`): then it is read from the right end of X-Forwarded-For, the part those
proxies wrote and a client cannot forge.
"""

from __future__ import annotations

import ipaddress
import math
import time
from datetime import timedelta
from typing import Any

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import ngettext

from .forms import LoginForm


def normalised_email(value: Any) -> str:
    """The account as the login form reads it: surrounding spaces gone, lower case."""
    return str(value or "").replace("\x00", "").strip().lower()[:254]


def account_key(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """The account an attempt is for (the app's login sends `email`, the admin's `username`)."""
    data = credentials or {}
    value = data.get("email") or data.get("username")
    if value is None and request is not None:
        value = request.POST.get("email") or request.POST.get("username")
    return normalised_email(value)


def client_key(request: HttpRequest) -> str:
    """The client's address (an IPv6 client by the first address of its /64 network)."""
    address = str(request.META.get("REMOTE_ADDR") or "")
    if settings.PROXY_COUNT > 0:
        forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [p for p in forwarded if p]
        if len(forwarded) >= settings.PROXY_COUNT:
            address = forwarded[-settings.PROXY_COUNT]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return UNKNOWN
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False).network_address)
    return str(ip)


UNKNOWN = "0.0.0.0"  # axes keeps addresses in an IP address column: no address counts as this one


def seconds_to_wait(request: HttpRequest, credentials: dict[str, Any] | None) -> int:
    """How long this account still cools off on this client (0 when it does not)."""
    last = (
        AccessAttempt.objects.filter(
            username=account_key(request, credentials), ip_address=client_key(request)
        )
        .order_by("-attempt_time")
        .values_list("attempt_time", flat=True)
        .first()
    )
    if last is None:
        return 0
    cool_off = get_cool_off(request) or timedelta(0)
    left = (last + cool_off - timezone.now()).total_seconds()
    return max(0, math.ceil(left))


def wait_message(seconds: int) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Too many wrong passwords for this account from here. Wait %(minutes)d minute and try again.",
        "Too many wrong passwords for this account from here. Wait %(minutes)d minutes and try again.",
        minutes,
    ) % {"minutes": minutes}


def cooling_off(
    request: HttpRequest, original: HttpResponse | None, credentials: dict[str, Any] | None
) -> HttpResponse:
    """The answer while an account cools off on this client: the login form with the real wait."""
    wait = seconds_to_wait(request, credentials)
    form = LoginForm(initial={"email": account_key(request, credentials)}, request=request)
    context = {"form": form, "refusal": wait_message(wait)}
    response = render(request, "accounts/login.html", context, status=429)
    response["Retry-After"] = str(wait or 60)
    return response


def signup_wait(request: HttpRequest) -> int:
    """Counts a sign-up from this client in the current hour; the seconds to wait once it made
    `SIGNUP_THROTTLE_PER_HOUR` of them (0: go ahead)."""
    now = int(time.time())
    key = f"signup:{client_key(request)}:{now // 3600}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return 0 if count <= settings.SIGNUP_THROTTLE_PER_HOUR else 3600 - now % 3600


def signup_wait_message(seconds: int) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Many accounts were made from here this hour. Wait %(minutes)d minute and try again.",
        "Many accounts were made from here this hour. Wait %(minutes)d minutes and try again.",
        minutes,
    ) % {"minutes": minutes}
