from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticeConfig(AppConfig):
    name = "secondround.practice"
    verbose_name = _("Practice")
    exported_models = [
        "OwnQuestion",
        "RoundQuestion",
        "MockSession",
        "MockAnswer",
        "EarlierAttempt",
        "DrillAttempt",
    ]
