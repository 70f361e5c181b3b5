"""Account writes: sign-up, language, failed-login throttling, and deleting everything a user owns."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import LoginFailure, User


@transaction.atomic
def user_create(*, email: str, password: str, language: str) -> User:
    return User.objects.create_user(email=email, password=password, language=language)


def user_set_language(*, user: User, language: str) -> None:
    user.language = language
    user.full_clean(validate_unique=False)
    user.save(update_fields=["language"])


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Deletes the account; every user-owned row goes with it through ON DELETE CASCADE, and the
    recorded audio in the data folder with it."""
    from secondround.talk.services import recordings_delete_all

    LoginFailure.objects.filter(email=user.email).delete()
    recordings_delete_all(user=user)
    user.delete()


def _window_start() -> timezone.datetime:
    return timezone.now() - timedelta(seconds=settings.LOGIN_THROTTLE_WINDOW_SECONDS)


def login_is_throttled(*, email: str, address: str) -> bool:
    recent = LoginFailure.objects.filter(at__gte=_window_start())
    limit = settings.LOGIN_THROTTLE_FAILURES
    by_email = recent.filter(email=email.lower()).count() >= limit
    # An address gets more room than one account: several people may share a network.
    return by_email or recent.filter(address=address).count() >= limit * 4


def login_failure_record(*, email: str, address: str) -> None:
    LoginFailure.objects.filter(at__lt=_window_start()).delete()
    LoginFailure.objects.create(email=email.lower()[:254], address=address[:64])


def login_failures_clear(*, email: str) -> None:
    LoginFailure.objects.filter(email=email.lower()).delete()
