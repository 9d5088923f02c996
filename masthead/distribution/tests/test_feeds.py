import datetime as dt
import email.utils

from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.images.tests.utils import get_test_image_file

import feedparser
import pytest

from masthead.news.models import ArticlePage

from .editions import CODES, build_editions, parse_xml

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"


@pytest.fixture
def editions(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    editions = build_editions()
    from wagtail.images.models import Image

    image = Image.objects.create(
        title="Hall", file=ImageFile(get_test_image_file(), name="hall.png")
    )
    first = editions["en"]["articles"][1]
    first.hero_image = image
    first.save_revision().publish()
    return editions


def feed_urls(editions):
    for code in CODES:
        yield code, f"/{code}/feeds/rss/", f"/{code}/feeds/atom/"
        section = editions[code]["section"].slug
        yield (
            code,
            f"/{code}/feeds/section/{section}/rss/",
            f"/{code}/feeds/section/{section}/atom/",
        )
        author = editions[code]["author"].slug
        yield code, f"/{code}/feeds/author/{author}/rss/", f"/{code}/feeds/author/{author}/atom/"
        yield code, f"/{code}/feeds/tag/budget/rss/", f"/{code}/feeds/tag/budget/atom/"


def test_every_rss_feed_is_valid_xml_with_every_required_element(client, editions):
    for code, rss_url, _atom in feed_urls(editions):
        response = client.get(rss_url)
        assert response.status_code == 200, rss_url
        assert response["Content-Type"].startswith("application/rss+xml")
        channel = parse_xml(response.content).find("channel")
        assert channel.findtext("title")
        assert channel.findtext("link").startswith("http://")
        assert channel.findtext("description")
        assert channel.findtext("language") == code
        assert "hyperlink" in channel.findtext("copyright") or code != "en"
        items = channel.findall("item")
        assert len(items) == 2, rss_url
        for item in items:
            article = ArticlePage.objects.get(title=item.findtext("title"))
            assert item.findtext("link") == article.get_full_url()
            assert article.lead in item.findtext("description")
            assert f'href="{article.get_full_url()}"' in item.findtext("description")
            published = email.utils.parsedate_to_datetime(item.findtext("pubDate"))
            assert published == article.published_at.replace(microsecond=0)
            assert published.utcoffset() == dt.timedelta(hours=4)  # Asia/Baku, stated
            assert item.findtext(f"{DC}creator") == article.get_authors()[0].name
            assert item.findtext("guid").startswith("urn:uuid:")
            categories = [category.text for category in item.findall("category")]
            assert editions[code]["section"].title in categories and "budget" in categories
            parsed = feedparser.parse(response.content)
            assert not parsed.bozo, rss_url


def test_every_atom_feed_is_valid_xml_with_every_required_element(client, editions):
    for code, _rss, atom_url in feed_urls(editions):
        response = client.get(atom_url)
        assert response.status_code == 200, atom_url
        root = parse_xml(response.content)
        assert root.tag == f"{ATOM}feed"
        assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == code
        assert root.findtext(f"{ATOM}title") and root.findtext(f"{ATOM}id")
        assert root.findtext(f"{ATOM}updated")
        entries = root.findall(f"{ATOM}entry")
        assert len(entries) == 2
        for entry in entries:
            assert entry.findtext(f"{ATOM}title")
            assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http")
            assert entry.findtext(f"{ATOM}published").endswith("+04:00")
            assert entry.findtext(f"{ATOM}updated")
            author = entry.find(f"{ATOM}author")
            assert author.findtext(f"{ATOM}name")
            assert author.findtext(f"{ATOM}uri").endswith(
                f"/{code}/authors/{editions[code]['author'].slug}/"
            )
            assert "hyperlink" in entry.findtext(f"{ATOM}summary") or code != "en"
        parsed = feedparser.parse(response.content)
        assert not parsed.bozo
        assert len(parsed.entries) == 2


def test_image_enclosure_has_address_length_and_type(client, editions):
    article = editions["en"]["articles"][1]
    channel = parse_xml(client.get("/en/feeds/rss/").content).find("channel")
    item = next(i for i in channel.findall("item") if i.findtext("title") == article.title)
    enclosure = item.find("enclosure")
    assert enclosure.get("type") == "image/png"
    image = client.get(enclosure.get("url").replace("http://testserver", ""))
    assert int(enclosure.get("length")) > 0
    atom = parse_xml(client.get("/en/feeds/atom/").content)
    links = atom.findall(f"{ATOM}entry/{ATOM}link[@rel='enclosure']")
    assert len(links) == 1 and int(links[0].get("length")) > 0
    assert image.status_code in (200, 404)  # media are served by the web server in production


def test_unknown_feed_scope_is_a_404(client, editions):
    for url in (
        "/en/feeds/section/nope/rss/",
        "/en/feeds/author/nope/atom/",
        "/en/feeds/tag/nope/rss/",
    ):
        assert client.get(url).status_code == 404


def test_future_dated_article_is_not_in_feeds(client, editions):
    article = editions["ru"]["articles"][0]
    article.published_at = timezone.now() + dt.timedelta(days=1)
    article.save_revision().publish()
    body = client.get("/ru/feeds/rss/").content.decode()
    assert article.title not in body


def test_feed_query_count_does_not_grow_with_articles(
    client, editions, django_assert_max_num_queries
):
    client.get("/en/feeds/rss/")  # renditions are created on the first request
    with django_assert_max_num_queries(14):
        assert client.get("/en/feeds/rss/").status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get("/en/feeds/tag/budget/atom/").status_code == 200


def test_feed_and_sitemap_queries_do_not_grow_with_the_number_of_articles(client, editions):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from masthead.news.tests.factories import ArticlePageFactory

    urls = [
        "/en/feeds/rss/",
        "/en/feeds/tag/budget/atom/",
        "/sitemap-en.xml",
        "/sitemap-news-en.xml",
    ]

    def count_queries():
        counts = []
        for url in urls:
            client.get(url)  # first request creates renditions and fills caches
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            counts.append(len(queries))
        return counts

    before = count_queries()
    author = editions["en"]["author"]
    for index in range(6):
        article = ArticlePageFactory(
            parent=editions["en"]["section"], title=f"More {index}", authors=[author]
        )
        article.tags.add("budget", f"extra-{index}")
        article.save()
    assert count_queries() == before
