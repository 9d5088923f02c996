"""Turn the demo data modules into a browsable four-language site, idempotently.

Every function finds what exists before creating anything: a second run changes nothing unless
the data changed, in which case the page gets a new published revision.
"""

import datetime as dt
import secrets
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone

from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, ReferenceIndex, Revision, Site
from wagtail.search import index
from wagtail.signal_handlers import disable_reference_index_auto_update

from modelsearch.signal_handlers import post_save_signal_handler
from taggit.models import Tag

from masthead.ads.models import AdSlot
from masthead.core.models import SiteSettings
from masthead.i18n.models import EditionTexts

from ..models import ArticleAuthor, ArticlePage, Author, HomePage, SectionPage
from . import site as site_data
from .articles import ARTICLES
from .authors import AUTHORS
from .images import LEADERBOARD_SIZE, RECTANGLE_SIZE, ImageLibrary
from .sections import HOME_TITLE, SECTIONS
from .tags import TAGS
from .text import as_html, make_slug
from .translations import TRANSLATIONS

DEFAULT_LANGUAGE = "en"


@dataclass
class DemoReport:
    """What a run found and made, for the command's summary and the tests."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    images_created: int = 0
    saved: list = field(default_factory=list, repr=False)

    def count(self, kind: str, created: bool, obj=None) -> None:
        if obj is not None:
            self.saved.append(obj)
        target = self.created if created else self.updated
        target[kind] = target.get(kind, 0) + 1


def load_demo(*, now: dt.datetime | None = None) -> DemoReport:
    """Load (or bring up to date) the whole demo site and return what changed."""
    now = now or timezone.now()
    report = DemoReport()
    # Creating and publishing a page saves it several times; the search and reference indexes
    # are brought up to date once per saved object at the end instead of on every save.
    with transaction.atomic():
        with disable_reference_index_auto_update(), deferred_search_index():
            locales = ensure_locales()
            images = ImageLibrary()
            homes = ensure_home_pages(locales, report)
            site = ensure_default_site(homes[DEFAULT_LANGUAGE])
            remove_welcome_page()
            sections = ensure_sections(homes, locales, report)
            authors = ensure_authors(locales, images, report)
            ensure_tags()
            articles = ensure_articles(sections, authors, images, now, report)
            ensure_translations(articles, sections, authors, locales, images, report)
            ensure_site_settings(site)
            ensure_edition_texts(locales, report)
            ensure_ads(locales, images, report)
            report.images_created = images.created
        update_indexes([*report.saved, *images.new_images])
    return report


def update_indexes(objects: list) -> None:
    """Index each saved object once, as stored (a page's live state comes from its publish)."""
    seen = set()
    for obj in objects:
        key = (type(obj), obj.pk)
        if key in seen:
            continue
        seen.add(key)
        stored = type(obj).objects.get(pk=obj.pk)
        ReferenceIndex.create_or_update_for_object(stored)
        if isinstance(stored, index.Indexed):
            index.insert_or_update_object(stored)


@contextmanager
def deferred_search_index():
    """Stop indexing saved objects for search while the block runs (the caller indexes them)."""
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


# Locales, home pages and the site.


def ensure_locales() -> dict[str, Locale]:
    """Return a Locale for every enabled language, creating the missing ones."""
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def publish(page: Page, moment: dt.datetime | None = None, updated: dt.datetime | None = None):
    """Publish the page through a revision; date the revision and the page at `moment`."""
    revision = page.save_revision()
    revision.publish()
    if moment is not None:
        Revision.objects.filter(pk=revision.pk).update(created_at=updated or moment)
        Page.objects.filter(pk=page.pk).update(
            first_published_at=moment,
            last_published_at=updated or moment,
            latest_revision_created_at=updated or moment,
        )
    return revision


def ensure_home_pages(locales: dict[str, Locale], report: DemoReport) -> dict[str, HomePage]:
    """Return the home page of every edition; the others are translations of the English one."""
    default = locales[DEFAULT_LANGUAGE]
    home = HomePage.objects.filter(locale=default, depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePage(
            title=HOME_TITLE[DEFAULT_LANGUAGE],
            slug=find_available_slug(root, "masthead-daily"),
            locale=default,
        )
        root.add_child(instance=home)
        publish(home)
        report.count("home pages", True, home)
    homes = {DEFAULT_LANGUAGE: home}
    for code, locale in locales.items():
        if code == DEFAULT_LANGUAGE:
            continue
        translation = home.get_translation_or_none(locale)
        if translation is None:
            translation = home.copy_for_translation(locale)
            translation.title = HOME_TITLE[code]
            publish(translation)
            report.count("home pages", True, translation)
        homes[code] = translation.specific
    return homes


def ensure_default_site(home: HomePage) -> Site:
    """Point the default site at the English home page, at the admin's base address."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = address.hostname or "localhost"
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.site_name = site_data.PUBLICATION_NAME
    site.root_page = home
    site.save()
    return site


def remove_welcome_page() -> None:
    """Delete Wagtail's initial "Welcome" page once no site uses it."""
    plain = ContentType.objects.get_for_model(Page)
    for page in Page.objects.filter(depth=2, content_type=plain, numchild=0):
        if not Site.objects.filter(root_page=page).exists():
            page.delete()


# Sections.


def ensure_sections(homes, locales, report) -> dict[str, dict[str, SectionPage]]:
    """Return {section slug: {language: section page}}, translated in every edition."""
    result = {}
    for data in SECTIONS:
        english = homes[DEFAULT_LANGUAGE].get_children().filter(slug=data["slug"]).first()
        if english is None:
            english = SectionPage(
                title=data["title"][DEFAULT_LANGUAGE],
                slug=data["slug"],
                description=data["description"][DEFAULT_LANGUAGE],
            )
            homes[DEFAULT_LANGUAGE].add_child(instance=english)
            publish(english)
            report.count("sections", True, english)
        english = english.specific
        update_section(english, data, DEFAULT_LANGUAGE, report)
        result[data["slug"]] = {DEFAULT_LANGUAGE: english}
        for code, locale in locales.items():
            if code == DEFAULT_LANGUAGE:
                continue
            translation = english.get_translation_or_none(locale)
            if translation is None:
                translation = english.copy_for_translation(locale)
                translation.slug = find_available_slug(
                    homes[code], make_slug(data["title"][code]), ignore_page_id=translation.pk
                )
                translation.title = data["title"][code]
                translation.description = data["description"][code]
                publish(translation)
                report.count("sections", True, translation)
            translation = translation.specific
            update_section(translation, data, code, report)
            result[data["slug"]][code] = translation
    return result


def update_section(section: SectionPage, data: dict, code: str, report: DemoReport) -> None:
    if (section.title, section.description) != (data["title"][code], data["description"][code]):
        section.title = data["title"][code]
        section.description = data["description"][code]
        publish(section)
        report.count("sections", False, section)


# Authors and tags.


def ensure_authors(locales, images, report) -> dict[str, dict[str, Author]]:
    """Return {author slug: {language: Author}}, one linked snippet per edition."""
    result = {}
    for data in AUTHORS:
        photo = images.portrait(data["slug"], data["name"]["en"], data["colour"])
        english = Author.objects.filter(locale=locales[DEFAULT_LANGUAGE], slug=data["slug"]).first()
        if english is None:
            english = Author(locale=locales[DEFAULT_LANGUAGE], slug=data["slug"])
        result[data["slug"]] = {DEFAULT_LANGUAGE: english}
        for code, locale in locales.items():
            if code == DEFAULT_LANGUAGE:
                author = english
            else:
                author = english.get_translation_or_none(locale)
                if author is None:
                    author = english.copy_for_translation(locale)
            wanted = {"name": data["name"][code], "bio": data["bio"][code], "photo_id": photo.pk}
            created = author.pk is None
            if created or any(getattr(author, k) != v for k, v in wanted.items()):
                for key, value in wanted.items():
                    setattr(author, key, value)
                author.save()
                report.count("authors", created, author)
            result[data["slug"]][code] = author
    return result


def ensure_tags() -> None:
    """Create the tag vocabulary with ASCII slugs, so tag addresses stay readable."""
    names = [*TAGS, *(name for translations in TAGS.values() for name in translations.values())]
    taken = set(Tag.objects.values_list("slug", flat=True))
    for name in names:
        if Tag.objects.filter(name__iexact=name).exists():
            continue
        slug = base = make_slug(name)
        suffix = 2
        while slug in taken:
            slug = f"{base}-{suffix}"
            suffix += 1
        Tag.objects.create(name=name, slug=slug)
        taken.add(slug)


def localize_tags(tags: list[str], code: str) -> list[str]:
    if code == DEFAULT_LANGUAGE:
        return list(tags)
    return [TAGS[tag][code] for tag in tags]


# Articles.


def to_stream(blocks: list[tuple], key: str, images: ImageLibrary, label: str) -> list[dict]:
    """Return the raw StreamField data for the compact block tuples of the data modules."""
    stream = []
    figures = 0
    for block in blocks:
        kind = block[0]
        if kind == "p":
            stream.append({"type": "paragraph", "value": as_html(block[1])})
        elif kind == "h":
            stream.append({"type": "heading", "value": block[1]})
        elif kind == "q":
            stream.append({"type": "quote", "value": {"quote": block[1], "attribution": block[2]}})
        elif kind == "img":
            figures += 1
            image = images.figure(key, figures, label)
            value = {"image": image.pk, "caption": block[1], "credit": block[2]}
            stream.append({"type": "image", "value": value})
        elif kind == "yt":
            value = {"url": f"https://www.youtube.com/watch?v={block[1]}", "caption": block[2]}
            stream.append({"type": "youtube", "value": value})
        elif kind == "note":
            stream.append(
                {"type": "editor_note", "value": {"label": block[1], "text": as_html(block[2])}}
            )
        else:
            raise ValueError(f"Unknown demo block {kind!r} in {key}")
    return stream


def article_state(page: ArticlePage) -> dict:
    """Return what the loader controls on an article, comparable with `wanted_state`."""
    return {
        "title": page.title,
        "kicker": page.kicker,
        "lead": page.lead,
        "hero_image_id": page.hero_image_id,
        "hero_caption": page.hero_caption,
        "body": [(b["type"], b["value"]) for b in page.body.raw_data],
        "is_live": page.is_live,
        "authors": [link.author_id for link in page.article_authors.all()],
        "tags": sorted(tag.name for tag in page.tags.all()),
    }


def apply_state(page: ArticlePage, state: dict) -> None:
    page.title = state["title"]
    page.kicker = state["kicker"]
    page.lead = state["lead"]
    page.hero_image_id = state["hero_image_id"]
    page.hero_caption = state["hero_caption"]
    page.body = [{"type": kind, "value": value} for kind, value in state["body"]]
    page.is_live = state["is_live"]
    page.article_authors = [
        ArticleAuthor(author_id=author_id, sort_order=i)
        for i, author_id in enumerate(state["authors"])
    ]
    page.tags.set(state["tags"])


def wanted_state(data: dict, text: dict, code: str, hero, authors, images) -> dict:
    return {
        "title": text["title"],
        "kicker": text.get("kicker", ""),
        "lead": text["lead"],
        "hero_image_id": hero.pk,
        "hero_caption": text.get("hero_caption", ""),
        "body": [
            (b["type"], b["value"])
            for b in to_stream(text["body"], data["slug"], images, data["image_label"])
        ],
        "is_live": data.get("is_live", False),
        "authors": [authors[slug][code].pk for slug in data["authors"]],
        "tags": sorted(localize_tags(data["tags"], code)),
    }


def get_published_at(data: dict, now: dt.datetime) -> tuple[dt.datetime, dt.datetime | None]:
    """Return the publication (and update) moment, counted back from `now` in local time."""
    zone = ZoneInfo(settings.TIME_ZONE)
    local_now = now.astimezone(zone)
    hour, minute = (int(part) for part in data["time"].split(":"))
    day = local_now.date() - dt.timedelta(days=data["days_ago"])
    moment = dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
    if moment > now:
        moment = now - dt.timedelta(minutes=30 + data["days_ago"])
    updated = None
    if data.get("updated_after_hours"):
        updated = min(moment + dt.timedelta(hours=data["updated_after_hours"]), now)
    return moment, updated


def ensure_articles(sections, authors, images, now, report) -> dict[str, ArticlePage]:
    """Create or update every English article; return them by slug."""
    result = {}
    for data in ARTICLES:
        section = sections[data["section"]][DEFAULT_LANGUAGE]
        hero = images.hero(data["slug"], section.title, data["image_label"])
        state = wanted_state(data, data, DEFAULT_LANGUAGE, hero, authors, images)
        page = ArticlePage.objects.child_of(section).filter(slug=data["slug"]).first()
        if page is None:
            published_at, updated_at = get_published_at(data, now)
            page = ArticlePage(slug=data["slug"], published_at=published_at, updated_at=updated_at)
            apply_state(page, state)
            section.add_child(instance=page)
            publish(page, published_at, updated_at)
            report.count("articles", True, page)
        elif article_state(page) != state:
            apply_state(page, state)
            publish(page)
            report.count("articles", False, page)
        result[data["slug"]] = page
    return result


def ensure_translations(articles, sections, authors, locales, images, report) -> None:
    """Translate the articles that have a translation in the data, linked to their source."""
    by_slug = {data["slug"]: data for data in ARTICLES}
    for code, translations in TRANSLATIONS.items():
        if code not in locales:
            continue
        for slug, text in translations.items():
            data = by_slug[slug]
            source = articles[slug]
            section = sections[data["section"]][code]
            state = wanted_state(data, text, code, source.hero_image, authors, images)
            page = source.get_translation_or_none(locales[code])
            if page is None:
                page = source.copy_for_translation(locales[code]).specific
                page.slug = find_available_slug(
                    section, make_slug(text["title"]), ignore_page_id=page.pk
                )
                apply_state(page, state)
                page.published_at = source.published_at
                page.updated_at = source.updated_at
                publish(page, source.published_at, source.updated_at)
                report.count(f"articles ({code})", True, page)
            else:
                page = page.specific
                if article_state(page) != state:
                    apply_state(page, state)
                    publish(page)
                    report.count(f"articles ({code})", False, page)


# Site settings, ads and the admin account.


def ensure_site_settings(site: Site) -> SiteSettings:
    """Fill the default site's settings with the demo publication's identity and links."""
    site_settings = SiteSettings.for_site(site)
    changed = False
    for key, value in site_data.SITE_SETTINGS.items():
        if getattr(site_settings, key) != value:
            setattr(site_settings, key, value)
            changed = True
    if changed or site_settings.pk is None:
        site_settings.save()
    return site_settings


def ensure_edition_texts(locales, report) -> None:
    """Give every edition its publication name and legal lines, linked across languages."""
    english = EditionTexts.objects.filter(locale=locales[DEFAULT_LANGUAGE]).first()
    english = english or EditionTexts(locale=locales[DEFAULT_LANGUAGE])
    for code, locale in locales.items():
        if code == DEFAULT_LANGUAGE:
            texts = english
        else:
            texts = english.get_translation_or_none(locale) or english.copy_for_translation(locale)
        wanted = site_data.EDITION_TEXTS.get(code, site_data.EDITION_TEXTS[DEFAULT_LANGUAGE])
        created = texts.pk is None
        if created or any(getattr(texts, k) != v for k, v in wanted.items()):
            for key, value in wanted.items():
                setattr(texts, key, value)
            texts.save()
            report.count("edition texts", created)


def ensure_ads(locales, images, report) -> None:
    """Create one labelled house ad per placement in every edition, linked across languages."""
    for ad in site_data.HOUSE_ADS:
        size = LEADERBOARD_SIZE if ad["placement"] in {"header", "footer"} else RECTANGLE_SIZE
        english = AdSlot.objects.filter(
            locale=locales[DEFAULT_LANGUAGE], name=ad["name"][DEFAULT_LANGUAGE]
        ).first() or AdSlot(locale=locales[DEFAULT_LANGUAGE], placement=ad["placement"])
        for code, locale in locales.items():
            if code == DEFAULT_LANGUAGE:
                slot = english
            else:
                slot = english.get_translation_or_none(locale) or english.copy_for_translation(
                    locale
                )
            creative = images.creative(
                f"{ad['placement']}-{code}", size, ad["headline"][code], ad["call"][code]
            )
            wanted = {
                "name": ad["name"][code],
                "placement": ad["placement"],
                "image_id": creative.pk,
                "alt_text": ad["alt_text"][code],
                "link_url": ad["link_url"],
                "is_active": True,
            }
            created = slot.pk is None
            if created or any(getattr(slot, k) != v for k, v in wanted.items()):
                for key, value in wanted.items():
                    setattr(slot, key, value)
                slot.save()
                report.count("ad slots", created, slot)


def reset_admin_password(username: str = "admin") -> str:
    """Make sure the superuser exists and give it a fresh random password; return it."""
    user_model = get_user_model()
    user, _created = user_model.objects.get_or_create(
        username=username, defaults={"email": "admin@example.com"}
    )
    user.is_staff = user.is_superuser = user.is_active = True
    password = secrets.token_urlsafe(12)
    user.set_password(password)
    user.save()
    return password


def count_content() -> dict[str, dict[str, int]]:
    """Return the number of live pages, authors and ads per language, for the summary."""
    counts = {}
    for locale in Locale.objects.order_by("pk"):
        counts[locale.language_code] = {
            "home pages": HomePage.objects.live().filter(locale=locale).count(),
            "sections": SectionPage.objects.live().filter(locale=locale).count(),
            "articles": ArticlePage.objects.live().filter(locale=locale).count(),
            "authors": Author.objects.filter(locale=locale).count(),
            "ad slots": AdSlot.objects.filter(locale=locale).count(),
        }
    return counts
