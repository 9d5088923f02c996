import datetime as dt

from django.utils import timezone

import pytest

from masthead.news.models import ArticlePage

from .editions import CODES, build_editions, parse_xml

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@pytest.fixture
def editions(db):
    return build_editions()


def local(url: str) -> str:
    return url.replace("http://testserver", "")


def test_sitemap_index_lists_a_page_and_a_news_sitemap_per_edition(client, editions):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = [loc.text for loc in parse_xml(response.content).iter(f"{SM}loc")]
    assert sorted(locations) == sorted(
        [f"http://testserver/sitemap-{code}.xml" for code in CODES]
        + [f"http://testserver/sitemap-news-{code}.xml" for code in CODES]
    )


def test_edition_sitemaps_list_their_pages_with_hreflang_alternates(client, editions):
    for code in CODES:
        root = parse_xml(client.get(f"/sitemap-{code}.xml").content)
        urls = {url.findtext(f"{SM}loc"): url for url in root.findall(f"{SM}url")}
        home = editions[code]["home"]
        assert home.get_full_url() in urls
        for article in editions[code]["articles"]:
            assert article.get_full_url() in urls
        other_codes = [c for c in CODES if c != code]
        assert not any(f"/{other}/" in loc for loc in urls for other in other_codes)
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in urls[home.get_full_url()].findall(f"{XHTML}link")
        }
        assert set(alternates) == {*CODES, "x-default"}
        assert alternates["x-default"] == editions["en"]["home"].get_full_url()
        assert alternates["ru"] == editions["ru"]["home"].get_full_url()
        # Articles written for one edition only have no alternates.
        article_url = editions[code]["articles"][0].get_full_url()
        assert urls[article_url].findall(f"{XHTML}link") == []
        if code != "en":  # published through revisions, so Wagtail knows when
            assert urls[home.get_full_url()].findtext(f"{SM}lastmod")


def test_news_sitemap_holds_only_articles_of_the_last_48_hours(client, editions):
    old = editions["en"]["articles"][0]
    ArticlePage.objects.filter(pk=old.pk).update(
        published_at=timezone.now() - dt.timedelta(hours=49)
    )
    for code in CODES:
        response = client.get(f"/sitemap-news-{code}.xml")
        assert response.status_code == 200
        urls = parse_xml(response.content).findall(f"{SM}url")
        expected = [a for a in editions[code]["articles"] if a.pk != old.pk]
        assert len(urls) == len(expected)
        for url in urls:
            news = url.find(f"{NEWS}news")
            publication = news.find(f"{NEWS}publication")
            assert publication.findtext(f"{NEWS}name") == "Masthead"
            assert publication.findtext(f"{NEWS}language") == code
            article = ArticlePage.objects.get(title=news.findtext(f"{NEWS}title"))
            assert url.findtext(f"{SM}loc") == article.get_full_url()
            published = dt.datetime.fromisoformat(news.findtext(f"{NEWS}publication_date"))
            assert published == article.published_at.replace(microsecond=0)
            assert published.utcoffset() is not None


def test_news_sitemap_is_split_at_1000_articles(client, editions, monkeypatch):
    from masthead.distribution.sitemaps import NewsSitemap

    monkeypatch.setattr(NewsSitemap, "limit", 1)
    index = parse_xml(client.get("/sitemap.xml").content)
    locations = [loc.text for loc in index.iter(f"{SM}loc")]
    assert "http://testserver/sitemap-news-en.xml?p=2" in locations
    assert NewsSitemap.__dict__["limit"] == 1
    second = parse_xml(client.get("/sitemap-news-en.xml?p=2").content)
    assert len(second.findall(f"{SM}url")) == 1
    monkeypatch.undo()
    assert NewsSitemap.limit == 1000


def test_bad_sitemap_requests_are_404(client, editions):
    assert client.get("/sitemap-xx.xml").status_code == 404
    assert client.get("/sitemap-en.xml?p=99").status_code == 404
    assert client.get("/sitemap-en.xml?p=abc").status_code == 404


def test_robots_txt_names_the_sitemaps_and_keeps_crawlers_out_of_the_admin(client, editions):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    for code in CODES:
        assert f"Sitemap: http://testserver/sitemap-news-{code}.xml" in lines


def test_sitemap_query_count_is_fixed(client, editions, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert client.get("/sitemap-en.xml").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get("/sitemap-news-ru.xml").status_code == 200
    with django_assert_max_num_queries(40):  # at most five per sitemap, whatever the size
        assert client.get("/sitemap.xml").status_code == 200
