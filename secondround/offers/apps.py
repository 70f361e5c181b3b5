from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "secondround.offers"
    verbose_name = _("Offers and terms of employment")
    exported_models = ["JobPackage", "VacancySalary", "CounterOffer"]
