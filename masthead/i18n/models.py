"""Texts that differ per edition: the publication's name and legal lines in each language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet


@register_snippet
class EditionTexts(TranslatableMixin, models.Model):
    """The publication's texts in one edition; translated with wagtail-localize like any snippet.

    Empty fields fall back to the site settings, so one English row plus translations is enough.
    """

    publication_name = models.CharField(
        _("publication name"),
        max_length=100,
        blank=True,
        help_text=_("The name as written in this edition; the site settings' name when empty."),
    )
    copyright_holder = models.CharField(
        _("copyright holder"),
        max_length=100,
        blank=True,
        help_text=_("Shown after © and the year in the footer; the site settings' when empty."),
    )
    reuse_notice = models.CharField(
        _("reuse notice"),
        max_length=300,
        blank=True,
        help_text=_("The footer's reuse notice in this edition; the site settings' when empty."),
    )

    panels = [
        FieldPanel("publication_name"),
        FieldPanel("copyright_holder"),
        FieldPanel("reuse_notice"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("edition texts")
        verbose_name_plural = _("edition texts")

    def __str__(self) -> str:
        return self.publication_name or str(_("Edition texts"))
