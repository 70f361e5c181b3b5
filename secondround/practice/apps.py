from django.apps import AppConfig


class PracticeConfig(AppConfig):
    name = "secondround.practice"
    exported_models: list[str] = []
