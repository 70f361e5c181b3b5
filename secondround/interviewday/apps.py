from django.apps import AppConfig


class InterviewdayConfig(AppConfig):
    name = "secondround.interviewday"
    exported_models: list[str] = []
