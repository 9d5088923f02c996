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
    """The active edition's texts, each falling back to the site settings' value.

    Any other attribute (logo, social links...) is the site settings' own, so templates can use
    an Edition wherever they used the SiteSettings.
    """

    def __init__(self, request, language_code: str):
        self.request = request
        self.language_code = language_code
        self._texts = get_edition_texts(language_code)
        self._site_settings = None

    @property
    def site_settings(self):
        if self._site_settings is None:
            from masthead.core.models import SiteSettings

            self._site_settings = SiteSettings.for_request(self.request)
        return self._site_settings

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in EDITION_FIELDS:
            return self._texts.get(name) or getattr(self.site_settings, name, "") or ""
        return getattr(self.site_settings, name)


def edition(request):
    """Add `edition`: the active language's publication name, copyright holder and reuse notice."""
    language = translation.get_language() or "en"
    return {"edition": SimpleLazyObject(lambda: Edition(request, language))}
