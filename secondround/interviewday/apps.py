from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterviewdayConfig(AppConfig):
    name = "secondround.interviewday"
    verbose_name = _("Interview day and after")
    exported_models: list[str] = ["SheetOptions", "Assignment", "Decision"]
