from django.apps import AppConfig


class OffersConfig(AppConfig):
    name = "secondround.offers"
    exported_models: list[str] = []
