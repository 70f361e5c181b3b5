from django.apps import AppConfig


class PreparationConfig(AppConfig):
    name = "secondround.preparation"
    exported_models: list[str] = []
