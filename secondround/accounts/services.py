"""Account writes: sign-up, language, and deleting everything a user owns."""

from __future__ import annotations

from axes.models import AccessAttempt
from django.contrib.auth.hashers import make_password
from django.db import IntegrityError, transaction

from secondround.talk.services import recordings_delete_all

from .models import User


@transaction.atomic
def user_create(*, email: str, password: str, language: str) -> User:
    return User.objects.create_user(email=email, password=password, language=language)


def user_sign_up(*, email: str, password: str, language: str) -> User | None:
    """Makes the account, or leaves an existing one with this address untouched (None).

    The caller answers the same either way, and the password is hashed either way, so neither the
    answer nor its timing tells a stranger whether the address has an account.
    """
    if User.objects.filter(email=email).exists():
        make_password(password)
        return None
    try:
        return user_create(email=email, password=password, language=language)
    except IntegrityError:  # the same address signed up at the same moment
        return None


def user_set_language(*, user: User, language: str) -> None:
    user.language = language
    user.full_clean(validate_unique=False)
    user.save(update_fields=["language"])


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Deletes the account; every user-owned row goes with it through ON DELETE CASCADE, and the
    recorded audio in the data folder with it."""
    AccessAttempt.objects.filter(username=user.email).delete()
    recordings_delete_all(user=user)
    user.delete()
