"""Template context for every page: the active edition's texts."""

from django.conf import settings
from django.utils import translation
from django.utils.functional import SimpleLazyObject

EDITION_FIELDS = ("publication_name", "copyright_holder", "reuse_notice")
CACHE_KEY = "i18n:edition-texts:{language}"


def get_edition_texts(language_code: str) -> dict[str, str]:
    """Return the non-empty edition texts of a language (cached until an editor changes them).

    Kept in process memory under the content generation, which moves when an editor saves
    them (they purge every page): every page reads them, and Redis would cost a round trip.
    """
    from masthead.pagecache.generation import cached_for_generation

    from .models import EditionTexts

    def load():
        row = (
            EditionTexts.objects.filter(locale__language_code=language_code)
            .values(*EDITION_FIELDS)
            .first()
        )
        return {field: value for field, value in (row or {}).items() if value}

    return cached_for_generation(CACHE_KEY.format(language=language_code), load)


class Edition:
    """The texts of one edition, each falling back to the site settings' value.

    Any other attribute (logo, social links...) is the site settings' own, so code and templates
    can use an Edition wherever they used the SiteSettings.
    """

    def __init__(self, language_code: str, load_site_settings):
        self.language_code = language_code
        self._texts = get_edition_texts(language_code)
        self._load_site_settings = load_site_settings
        self._site_settings = None

    @property
    def site_settings(self):
        if self._site_settings is None:
            self._site_settings = self._load_site_settings()
        return self._site_settings

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in EDITION_FIELDS:
            return self._texts.get(name) or getattr(self.site_settings, name, "") or ""
        return getattr(self.site_settings, name)


def get_edition(language_code: str | None = None, *, request=None, site=None) -> Edition:
    """Return the texts of an edition (the active language's by default) for a request or site."""
    from masthead.core.models import SiteSettings

    language_code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    if request is not None:
        return Edition(language_code, lambda: SiteSettings.for_request(request))
    return Edition(language_code, lambda: SiteSettings.for_site(site))


def edition(request):
    """Add `edition`: the active language's publication name, copyright holder and reuse notice."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return {"edition": SimpleLazyObject(lambda: get_edition(language, request=request))}
