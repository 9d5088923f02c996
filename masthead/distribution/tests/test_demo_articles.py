"""JSON-LD, OpenGraph and feeds checked on the demo content of every edition."""

from django.conf import settings

import extruct
import feedparser
from bs4 import BeautifulSoup

from masthead.news.models import ArticlePage


def test_demo_article_of_every_edition_has_structured_data_and_social_cards(demo, db, client):
    checked = []
    for code, _name in settings.LANGUAGES:
        # Editions whose demo articles are not written yet have nothing to check.
        article = (
            ArticlePage.objects.live().public().filter(locale__language_code=code).newest_first()
        ).first()
        if article is not None:
            check_article(client, code, article)
            checked.append(code)
    assert "en" in checked


def check_article(client, code, article):
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    data = extruct.extract(html, base_url="http://testserver/", syntaxes=["json-ld"])
    items = {item["@type"]: item for item in data["json-ld"]}
    news = items.get("NewsArticle") or items["LiveBlogPosting"]
    assert news["headline"] == article.title[:110]
    assert news["inLanguage"] == code
    assert news["datePublished"][-6] in "+-" and news["dateModified"][-6] in "+-"
    assert len(news["image"]) == 3
    assert news["publisher"]["logo"]["url"]
    assert all(author["@type"] == "Person" and author["url"] for author in news["author"])
    assert news["articleSection"]
    assert news["mainEntityOfPage"]["@id"] == article.get_full_url()
    assert items["BreadcrumbList"]["itemListElement"][-1]["item"] == article.get_full_url()
    soup = BeautifulSoup(html, "html.parser")

    def og(prop):
        return [tag["content"] for tag in soup.find_all("meta", property=prop)]

    assert og("og:type") == ["article"]
    assert og("og:title") == [article.title]
    assert og("og:url") == [article.get_full_url()]
    assert og("og:image") and og("og:image:width") and og("og:image:height")
    assert og("article:published_time") == [news["datePublished"]]
    assert og("article:section") == [news["articleSection"]]
    assert og("og:locale")
    assert soup.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"
    feed = feedparser.parse(client.get(f"/{code}/feeds/rss/").content)
    assert not feed.bozo and feed.entries
    assert len(soup.find_all("script", type="application/ld+json")) == 2
