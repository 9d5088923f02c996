"""Template context for every page: the active edition's texts."""

from django.core.cache import cache
from django.utils import translation
from django.utils.functional import SimpleLazyObject

EDITION_FIELDS = ("publication_name", "copyright_holder", "reuse_notice")
CACHE_KEY = "i18n:edition-texts:{language}"


def get_edition_texts(language_code: str) -> dict[str, str]:
    """Return the non-empty edition texts of a language (cached until an editor changes them)."""
    from .models import EditionTexts

    key = CACHE_KEY.format(language=language_code)
    texts = cache.get(key)
    if texts is None:
        row = (
            EditionTexts.objects.filter(locale__language_code=language_code)
            .values(*EDITION_FIELDS)
            .first()
        )
        texts = {field: value for field, value in (row or {}).items() if value}
        cache.set(key, texts, None)
    return texts


def forget_edition_texts(**kwargs) -> None:
    """Drop every cached edition's texts (connected to saves and deletions of EditionTexts)."""
    from django.conf import settings

    cache.delete_many([CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])


class Edition:
    """The active edition's texts, each falling back to the site settings' value."""

    def __init__(self, request, language_code: str):
        self.request = request
        self.language_code = language_code
        self._texts = get_edition_texts(language_code)
        self._site_settings = None

    def _fallback(self, field: str) -> str:
        if self._site_settings is None:
            from masthead.core.models import SiteSettings

            self._site_settings = SiteSettings.for_request(self.request)
        return getattr(self._site_settings, field, "") or ""

    def __getattr__(self, field: str) -> str:
        if field not in EDITION_FIELDS:
            raise AttributeError(field)
        return self._texts.get(field) or self._fallback(field)


def edition(request):
    """Add `edition`: the active language's publication name, copyright holder and reuse notice."""
    language = translation.get_language() or "en"
    return {"edition": SimpleLazyObject(lambda: Edition(request, language))}
