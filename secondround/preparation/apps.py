from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PreparationConfig(AppConfig):
    name = "secondround.preparation"
    verbose_name = _("Preparation")
    exported_models = ["AskedCompetency", "Example", "Pitch", "Rehearsal", "RoundPlan", "Terms"]
