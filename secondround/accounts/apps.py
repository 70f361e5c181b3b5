from typing import Any

from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _


def _language_from_profile(
    sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any
) -> None:
    """At login the profile decides the language: the middleware puts it in the language cookie, so
    later requests need not load the user for it."""
    if request is not None and user.language:
        request.remember_language = user.language  # type: ignore[attr-defined]  # our own request attribute


class AccountsConfig(AppConfig):
    name = "secondround.accounts"
    verbose_name = _("Accounts")
    exported_models: list[str] = []

    def ready(self) -> None:
        from secondround import freshness, portability

        freshness.connect(portability.exported_models())
        user_logged_in.connect(_language_from_profile, dispatch_uid="language-from-profile")
