from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class I18nConfig(AppConfig):
    name = "masthead.i18n"
    label = "i18n"
    verbose_name = _("Editions")

    def ready(self) -> None:
        from . import signal_handlers
        from .context_processors import forget_edition_texts
        from .models import EditionTexts

        post_migrate.connect(signal_handlers.create_locales, dispatch_uid="i18n_create_locales")
        post_save.connect(
            forget_edition_texts, sender=EditionTexts, dispatch_uid="i18n_texts_saved"
        )
        post_delete.connect(
            forget_edition_texts, sender=EditionTexts, dispatch_uid="i18n_texts_deleted"
        )
