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
