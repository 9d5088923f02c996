from wagtail.models import Locale

import pytest

from masthead.news.tests.factories import ArticlePageFactory, AuthorFactory


@pytest.mark.django_db
def test_listing_holds_live_articles_newest_first(client, newsroom):
    draft = ArticlePageFactory(
        parent=newsroom["sections"][0], title="Unpublished draft", live=False
    )
    response = client.get("/api/v1/articles/")
    assert response.status_code == 200
    items = response.json()["items"]
    ids = [item["id"] for item in items]
    assert draft.pk not in ids
    assert len(ids) == len(newsroom["articles"])
    dates = [item["published_at"] for item in items]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.django_db
def test_detail_carries_the_article_content(client, newsroom):
    author = AuthorFactory(name="Nune Arakelyan", slug="nune-arakelyan")
    article = ArticlePageFactory(
        parent=newsroom["sections"][0],
        title="Grain corridor",
        slug="grain-corridor",
        authors=[author],
    )
    article.tags.add("trade")
    article.save()
    data = client.get(f"/api/v1/articles/{article.pk}/").json()
    assert data["title"] == "Grain corridor"
    assert data["lead"] == article.lead
    assert data["authors"] == [
        {"name": "Nune Arakelyan", "slug": "nune-arakelyan", "url": "/en/authors/nune-arakelyan/"}
    ]
    assert data["tags"] == ["trade"]
    assert [block["type"] for block in data["body"]][:2] == ["paragraph", "heading"]
    assert data["meta"]["html_url"].endswith("/en/section-0/grain-corridor/")


@pytest.mark.django_db
def test_listing_filters_by_edition(client, newsroom):
    ru = Locale.objects.get_or_create(language_code="ru")[0]
    source = newsroom["articles"][0]
    translation = source.copy_for_translation(ru, copy_parents=True)
    translation.save_revision().publish()
    items = client.get("/api/v1/articles/?locale=ru").json()["items"]
    assert [item["id"] for item in items] == [translation.pk]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["?limit=abc", "?offset=-1", "?unknown=1", "?order=nonsense", "?fields=nonexistent"],
)
def test_bad_parameters_get_a_400(client, newsroom, query):
    assert client.get(f"/api/v1/articles/{query}").status_code == 400


@pytest.mark.django_db
def test_unknown_edition_is_404(client, newsroom):
    response = client.get("/api/v1/articles/?locale=xx")
    assert response.status_code == 404
    assert "message" in response.json()


@pytest.mark.django_db
def test_unknown_article_is_404(client, newsroom):
    assert client.get("/api/v1/articles/999999/").status_code == 404
    assert client.get(f"/api/v1/articles/{newsroom['home'].pk}/").status_code == 404


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_articles(client, newsroom, django_assert_max_num_queries):
    authors = [AuthorFactory() for _ in range(3)]
    for n in range(12):
        article = ArticlePageFactory(parent=newsroom["sections"][1], authors=authors)
        article.tags.add(f"tag-{n}", "common")
        article.save()
    client.get("/api/v1/articles/?fields=tags,authors&limit=5")  # the site, read once
    with django_assert_max_num_queries(13):
        response = client.get("/api/v1/articles/?fields=tags,authors&limit=20")
    assert len(response.json()["items"]) == 18
