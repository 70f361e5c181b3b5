from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TalkConfig(AppConfig):
    name = "secondround.talk"
    verbose_name = _("Speaking and the AI interviewer")
    # The engine settings hold keys: they are never exported (see README, privacy).
    exported_models = ["Recording"]
