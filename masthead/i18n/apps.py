from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class I18nConfig(AppConfig):
    name = "masthead.i18n"
    label = "i18n"
    verbose_name = _("Editions")

    def ready(self) -> None:
        from . import signal_handlers

        # Edition texts are cached under the content generation: saving them moves it
        # (masthead.pagecache connects their saves and deletions).
        post_migrate.connect(signal_handlers.create_locales, dispatch_uid="i18n_create_locales")
