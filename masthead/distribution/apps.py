from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DistributionConfig(AppConfig):
    name = "masthead.distribution"
    label = "distribution"
    verbose_name = _("Distribution")

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
