import pytest


@pytest.mark.django_db
def test_article_renders_under_its_section_address(client, newsroom):
    article = newsroom["articles"][0]
    response = client.get(article.url)
    assert article.url == "/en/section-0/story-0-0/"
    assert response.status_code == 200
    assert f'data-page-id="{article.pk}"'.encode() in response.content


@pytest.mark.django_db
def test_next_article_is_the_next_older_in_the_same_section(newsroom):
    newest = newsroom["articles"][2]
    assert newest.get_next_article().specific == newsroom["articles"][1]
    assert newsroom["articles"][0].get_next_article() is None


@pytest.mark.django_db
def test_next_article_orders_same_instant_articles_by_id(newsroom):
    """Articles published at the very same instant follow each other by id, none skipped."""
    from masthead.news.models import ArticlePage

    from .factories import ArticlePageFactory

    section = newsroom["sections"][0]
    middle, oldest = newsroom["articles"][1], newsroom["articles"][0]
    tied = [
        ArticlePageFactory(parent=section, title=f"Tied {n}", published_at=middle.published_at)
        for n in range(7)
    ]
    chain, article = [], ArticlePage.objects.get(pk=tied[-1].pk)
    while article is not None:
        chain.append(article.pk)
        article = article.get_next_article()
    # All eight articles of that instant by descending id (more than one probe's worth),
    # then the older one.
    assert chain == [*sorted([middle.pk, *(t.pk for t in tied)], reverse=True), oldest.pk]
