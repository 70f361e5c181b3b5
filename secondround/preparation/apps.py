from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PreparationConfig(AppConfig):
    name = "secondround.preparation"
    verbose_name = _("Preparation")
    exported_models = ["AskedCompetency", "Example", "Pitch", "Rehearsal", "RoundPlan", "Terms"]

    def ready(self) -> None:
        post_migrate.connect(_reread_examples, sender=self, dispatch_uid="preparation-reread")

    def after_import(self, user: Any) -> None:
        """An imported example may have been read by older analysis rules."""
        from .services import examples_reread

        examples_reread(user=user)


def _reread_examples(using: str = "default", **kwargs: Any) -> None:
    """After an upgrade (which always runs `migrate`), read every example again whose reading
    came from older analysis rules."""
    from .services import examples_reread

    examples_reread(using=using)
