from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "secondround.accounts"
    verbose_name = _("Accounts")
    exported_models: list[str] = []

    def ready(self) -> None:
        from secondround import freshness, portability

        freshness.connect(portability.exported_models())
