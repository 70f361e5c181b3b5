from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PreparationConfig(AppConfig):
    name = "secondround.preparation"
    verbose_name = _("Preparation")
    exported_models = ["AskedCompetency", "Example", "Pitch", "Rehearsal", "RoundPlan", "Terms"]

    def after_import(self, user: Any) -> None:
        """An imported example may have been read by older analysis rules."""
        from .services import examples_reread

        examples_reread(user=user)
