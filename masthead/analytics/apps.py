from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalyticsConfig(AppConfig):
    name = "masthead.analytics"
    label = "analytics"
    verbose_name = _("Analytics")

    def ready(self):
        from django.core.signals import setting_changed

        from wagtail.signals import page_published, page_unpublished

        from . import signal_handlers

        page_published.connect(signal_handlers.forget_page, dispatch_uid="analytics-published")
        page_unpublished.connect(signal_handlers.forget_page, dispatch_uid="analytics-unpublished")
        setting_changed.connect(signal_handlers.reset_on_setting_change)
