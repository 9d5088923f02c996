"""Test data: the four editions (en, ru, hy, az) with a section and articles in each."""

import datetime as dt
import uuid
import xml.etree.ElementTree as ET

from django.utils import timezone

from wagtail.models import Locale

from masthead.news.models import ArticlePage
from masthead.news.tests.factories import ArticlePageFactory, AuthorFactory, build_newsroom

CODES = ["en", "ru", "hy", "az"]
TITLES = {
    "en": "Parliament passes the budget",
    "ru": "Парламент принял бюджет",
    "hy": "Խորհրդարանն ընդունեց բյուջեն",
    "az": "Parlament büdcəni qəbul etdi",
}
SECTION_TITLES = {"en": "Politics", "ru": "Политика", "hy": "Քաղաքականություն", "az": "Siyasət"}


def translate_page(page, locale):
    """Copy a page into a locale and publish the copy, as an editor would."""
    copy = page.copy_for_translation(locale)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy.specific


def build_editions() -> dict:
    """Return {code: {"home", "section", "articles", "author"}} for every edition.

    English is build_newsroom()'s site; the other editions are translations of its home page
    and first section, each with two articles of its own by an author of its own.
    """
    newsroom = build_newsroom(sections=1, articles_per_section=2)
    editions = {
        "en": {
            "home": newsroom["home"],
            "section": newsroom["sections"][0],
            "articles": newsroom["articles"],
        }
    }
    author = AuthorFactory(name="Ann Writer", slug="ann-writer")
    for article in newsroom["articles"]:
        article.article_authors.create(author=author)
        article.tags.add("budget")
        article.save()
    editions["en"]["author"] = author
    start = timezone.now() - dt.timedelta(hours=3)
    for code in CODES[1:]:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        home = translate_page(newsroom["home"], locale)
        section = translate_page(newsroom["sections"][0], locale)
        section.title = SECTION_TITLES[code]
        section.save_revision().publish()
        author = AuthorFactory(locale=locale, name=f"Writer {code}", slug=f"writer-{code}")
        articles = []
        for index in range(2):
            article = ArticlePageFactory(
                parent=section,
                title=f"{TITLES[code]} {index}",
                slug=f"story-{index}",
                lead=f"{TITLES[code]}: lead {index}.",
                published_at=start + dt.timedelta(minutes=10 * index),
                authors=[author],
            )
            article.tags.add("budget")
            article.save()
            articles.append(article)
        editions[code] = {"home": home, "section": section, "articles": articles, "author": author}
    return editions


def add_draft_article(section, **fields) -> ArticlePage:
    """Create an article that has never been published."""
    fields.setdefault("slug", f"story-{uuid.uuid4().hex[:10]}")
    article = ArticlePage(live=False, **fields)
    section.add_child(instance=article)
    article.save_revision()
    return article


def parse_xml(content: bytes):
    """Parse our own XML (feeds, sitemaps): a strict parser, so malformed output fails."""
    return ET.fromstring(content)  # noqa: S314 - trusted: the site under test made it
