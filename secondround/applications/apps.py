from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "secondround.applications"
    verbose_name = _("Applications")
    exported_models = ["Application", "Interviewer", "Round", "Debrief", "FitQuestion"]
