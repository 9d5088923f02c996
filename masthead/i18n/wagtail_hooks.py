"""Admin concerns of the editions: slugs typed in the admin follow the server's transliteration."""

from django.conf import settings
from django.db import models

from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput

from .slugs import get_slug_formatters


class TransliteratingSlugInput(SlugInput):
    """Wagtail's slug widget, spelling Cyrillic, Armenian and Azerbaijani titles in ASCII."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        if formatters is None and not getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True):
            formatters = get_slug_formatters()
        super().__init__(attrs=attrs, formatters=formatters, locale=locale)


register_form_field_override(models.SlugField, override={"widget": TransliteratingSlugInput})
