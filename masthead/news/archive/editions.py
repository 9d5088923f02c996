"""The home page and sections of each edition the archive is written into.

The demo content's pages are reused when they exist; otherwise a minimal tree is made through
Wagtail's own API (a handful of pages, so speed does not matter here): an English home page
as the default site's root, the other editions' home pages as its translations, and five
sections per edition, translations of the English ones.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, Page, Site

from ..models import HomePage, SectionPage
from .languages import get_language


@dataclass
class Edition:
    language_code: str
    locale: Locale
    home: HomePage
    sections: list[SectionPage] = field(default_factory=list)


def _publish_child(parent: Page, page: Page) -> Page:
    now = timezone.now()
    page.live = True
    page.has_unpublished_changes = False
    page.first_published_at = now
    page.last_published_at = now
    parent.add_child(instance=page)
    return page


def _ensure_english_home(locale: Locale) -> HomePage:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    home = HomePage.objects.filter(locale=locale).order_by("path").first()
    if home is None:
        language = get_language(locale.language_code)
        root = Page.get_first_root_node()
        slug = "home"
        while root.get_children().filter(slug=slug).exists():
            slug = f"{slug}-{locale.language_code}"
        home = _publish_child(root, HomePage(title=language.home_title, slug=slug, locale=locale))
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Masthead",
        )
    else:
        site.root_page = home
        site.save()
    Site.clear_site_root_paths_cache()
    return home


def _ensure_home(locale: Locale, english_home: HomePage) -> HomePage:
    home = english_home.get_translation_or_none(locale)
    if home is not None:
        return home.specific
    home = HomePage.objects.filter(locale=locale).order_by("path").first()
    if home is not None:
        return home
    language = get_language(locale.language_code)
    root = Page.get_first_root_node()
    slug = f"{english_home.slug}-{locale.language_code}"
    home = _publish_child(
        root,
        HomePage(
            title=language.home_title,
            slug=slug,
            locale=locale,
            translation_key=english_home.translation_key,
        ),
    )
    Site.clear_site_root_paths_cache()
    return home


def _ensure_sections(home: HomePage, english_sections: list[SectionPage]) -> list[SectionPage]:
    sections = list(SectionPage.objects.child_of(home).live().order_by("path"))
    if sections:
        return sections
    language = get_language(home.locale.language_code)
    for index, (slug, title, description) in enumerate(language.sections):
        page = SectionPage(title=title, slug=slug, description=description, locale=home.locale)
        if index < len(english_sections) and home.locale_id != english_sections[index].locale_id:
            page.translation_key = english_sections[index].translation_key
        sections.append(_publish_child(home, page))
    return sections


@transaction.atomic
def ensure_editions(language_codes: list[str]) -> dict[str, Edition]:
    """Return the edition of each language, creating what is missing of its tree."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    english_home = _ensure_english_home(english)
    english_sections = _ensure_sections(english_home, [])
    editions = {}
    for code in language_codes:
        locale = Locale.objects.get_or_create(language_code=code)[0]
        if code == "en":
            home, sections = english_home, english_sections
        else:
            home = _ensure_home(locale, english_home)
            home.refresh_from_db()
            sections = _ensure_sections(home, english_sections)
        editions[code] = Edition(code, locale, home, sections)
    return editions
