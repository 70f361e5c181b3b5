"""What other parts of Second Round may read of the accounts. Writes are in `services.py`."""

from __future__ import annotations

from .models import User

__all__ = ["User", "account_for"]


def account_for(email: str | None) -> User | None:
    """The account with this e-mail address; without one, the only account there is (a single-user
    install on one's own computer). None when there is no such account or it is unclear which."""
    if email:
        return User.objects.filter(email=email.lower()).first()
    users = list(User.objects.all()[:2])
    return users[0] if len(users) == 1 else None
