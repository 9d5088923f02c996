"""The demo loader: complete, linked across languages, idempotent, and every article renders."""

from collections import Counter

from wagtail.models import Locale, Page, Site

from masthead.ads.models import AdSlot, Placement
from masthead.core.models import SiteSettings
from masthead.i18n.models import EditionTexts
from masthead.news.demo.articles import ARTICLES
from masthead.news.demo.loader import load_demo
from masthead.news.models import ArticlePage, Author, HomePage, SectionPage

from .demo_site import snapshot_counts

MINIMUM_ARTICLES = {"en": 40, "ru": 15, "hy": 8, "az": 5}


def test_second_run_changes_nothing(demo, db):
    second = load_demo()
    assert second.created == {}
    assert second.updated == {}
    assert second.images_created == 0
    assert snapshot_counts() == demo.counts_after_load


def test_every_enabled_language_has_a_locale_and_an_edition(demo, db, settings):
    codes = {code for code, _name in settings.LANGUAGES}
    assert set(Locale.objects.values_list("language_code", flat=True)) >= codes
    for code in codes:
        assert HomePage.objects.live().filter(locale__language_code=code).count() == 1
        assert SectionPage.objects.live().filter(locale__language_code=code).count() >= 5


def test_english_home_is_the_default_site_root_and_welcome_page_is_gone(demo, db):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class is HomePage
    assert site.root_page.locale.language_code == "en"
    assert Page.objects.filter(depth=2).count() == Locale.objects.count()
    assert not Page.objects.filter(title__startswith="Welcome").exists()


def test_article_counts_per_language_meet_the_minimums(demo, db):
    live = ArticlePage.objects.live()
    counts = Counter(live.values_list("locale__language_code", flat=True))
    for code, minimum in MINIMUM_ARTICLES.items():
        assert counts[code] >= minimum, (code, counts[code])


def test_translations_are_linked_to_their_english_source(demo, db):
    english = {
        page.translation_key: page
        for page in ArticlePage.objects.filter(locale__language_code="en")
    }
    translated = ArticlePage.objects.exclude(locale__language_code="en")
    assert translated.exists()
    for page in translated:
        source = english[page.translation_key]
        assert page.published_at == source.published_at
        assert page.title != source.title
        assert page.slug.isascii()
        assert page.get_parent().translation_key == source.get_parent().translation_key
        # Authors are the same people, in the article's own language.
        authors = page.get_authors()
        assert [a.translation_key for a in authors] == [
            a.translation_key for a in source.get_authors()
        ]
        assert {a.locale_id for a in authors} == {page.locale_id}


def test_sections_and_homes_are_translated_with_ascii_slugs(demo, db):
    for section in SectionPage.objects.exclude(locale__language_code="en"):
        source = section.get_translation(Locale.objects.get(language_code="en"))
        assert section.title != source.title or section.locale.language_code == "az"
        assert section.slug.isascii()
        assert section.description and section.description != source.description
    assert SectionPage.objects.get(locale__language_code="ru", slug="analitika")


def test_articles_carry_every_body_element(demo, db):
    articles = list(ArticlePage.objects.filter(locale__language_code="en"))
    assert len(articles) == len(ARTICLES)
    kinds = Counter(block.block_type for page in articles for block in page.body)
    assert {"paragraph", "heading", "quote", "image", "youtube", "editor_note"} <= set(kinds)
    assert all(4 <= len(page.body) <= 8 for page in articles)
    assert all(page.hero_image_id and page.lead for page in articles)
    assert sum(1 for page in articles if page.kicker) >= 5
    assert all(1 <= len(page.get_authors()) <= 3 for page in articles)
    assert all(1 <= page.tags.count() <= 3 for page in articles)
    assert sum(1 for page in articles if page.updated_at) == 1


def test_one_live_story_exists_in_every_edition_that_translates_it(demo, db):
    live_stories = ArticlePage.objects.live().filter(is_live=True)
    english = live_stories.get(locale__language_code="en")
    assert english.slug == "selvar-mayor-election-live"
    assert live_stories.filter(translation_key=english.translation_key).count() == 4


def test_articles_are_spread_over_months_and_published_through_revisions(demo, db):
    articles = ArticlePage.objects.filter(locale__language_code="en")
    dates = sorted(articles.values_list("published_at", flat=True))
    assert (dates[-1] - dates[0]).days >= 150
    for page in articles:
        assert page.first_published_at == page.published_at
        assert page.live_revision_id is not None
        assert page.live_revision.created_at == (page.updated_at or page.published_at)


def test_authors_ads_and_settings_exist_in_every_language(demo, db):
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    assert site_settings.publication_name == "Masthead Daily"
    assert len(site_settings.social_links) == 5
    assert site_settings.app_store_url and site_settings.google_play_url
    assert site_settings.instagram_account
    for locale in Locale.objects.all():
        assert Author.objects.filter(locale=locale).count() >= 6
        assert all(author.photo_id for author in Author.objects.filter(locale=locale))
        slots = AdSlot.objects.filter(locale=locale).active_at()
        assert {slot.placement for slot in slots} == set(Placement.values)
        assert all(slot.image_id and slot.alt_text for slot in slots)
        texts = EditionTexts.objects.get(locale=locale)
        assert "Masthead Daily" in texts.reuse_notice


def test_an_azerbaijani_name_with_its_own_letters_is_kept(demo, db):
    assert Author.objects.filter(name="İlkin Əliyev", locale__language_code="az").exists()


def test_every_demo_page_renders(demo, db, client):
    urls = [
        page.url
        for page in [
            *HomePage.objects.live(),
            *SectionPage.objects.live(),
            *ArticlePage.objects.live().order_by("pk"),
        ]
    ]
    for home in HomePage.objects.live():
        author = Author.objects.filter(locale=home.locale).first()
        article = ArticlePage.objects.live().filter(locale=home.locale).first()
        urls.append(home.url + home.reverse_subpage("author", args=[author.slug]))
        urls.append(home.url + home.reverse_subpage("tag", args=[article.tags.first().slug]))
    failures = []
    for url in urls:
        response = client.get(url)
        if response.status_code != 200:
            failures.append((url, response.status_code))
    assert failures == []


def test_translations_follow_the_block_order_of_their_source():
    from masthead.news.demo.translations import TRANSLATIONS

    sources = {data["slug"]: data for data in ARTICLES}
    for code, translations in TRANSLATIONS.items():
        assert len(translations) >= MINIMUM_ARTICLES[code]
        for slug, text in translations.items():
            source = sources[slug]
            assert [block[0] for block in text["body"]] == [b[0] for b in source["body"]], slug
            assert bool(text.get("kicker")) == bool(source.get("kicker")), slug


def test_demo_articles_are_found_by_search_in_their_language(demo, db):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    live = ArticlePage.objects.live()
    english = {page.locale.language_code for page in backend.search("peacekeepers", live)}
    russian = {page.locale.language_code for page in backend.search("миротворцы", live)}
    assert "en" in english
    assert "ru" in russian
