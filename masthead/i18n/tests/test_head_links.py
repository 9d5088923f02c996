import re

import pytest

ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([a-zA-Z-]+)" href="([^"]+)">')
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')


def alternates_of(response) -> dict[str, str]:
    return dict(ALTERNATE.findall(response.content.decode()))


@pytest.mark.django_db
def test_translated_article_has_reciprocal_absolute_hreflang_links(client, editions):
    english = client.get(editions["articles"][0].url)
    russian = client.get(editions["ru"]["article"].url)
    expected = {
        "en": "http://localhost/en/section-0/story-0-0/",
        "ru": "http://localhost/ru/analitika/armeniya-nadeyalas-na-mir/",
        "x-default": "http://localhost/en/section-0/story-0-0/",
    }
    assert alternates_of(english) == expected
    assert alternates_of(russian) == expected


@pytest.mark.django_db
def test_hreflang_lists_only_true_translations(client, editions):
    # The Armenian edition only has a home page: no Armenian alternate for the article.
    assert "hy" not in alternates_of(client.get(editions["articles"][0].url))
    untranslated = alternates_of(client.get(editions["articles"][1].url))
    assert untranslated == {
        "en": "http://localhost/en/section-0/story-0-1/",
        "x-default": "http://localhost/en/section-0/story-0-1/",
    }


@pytest.mark.django_db
def test_x_default_is_the_default_language_version(client, editions):
    home = alternates_of(client.get("/hy/"))
    assert home["x-default"] == "http://localhost/en/"
    assert home["hy"] == "http://localhost/hy/"
    assert home["ru"] == "http://localhost/ru/"


@pytest.mark.django_db
def test_canonical_is_the_absolute_address_of_the_page(client, editions):
    response = client.get(editions["ru"]["article"].url + "?utm_source=x")
    assert CANONICAL.findall(response.content.decode()) == [
        "http://localhost/ru/analitika/armeniya-nadeyalas-na-mir/"
    ]


@pytest.mark.django_db
def test_404_page_has_no_alternates_nor_canonical(client, editions):
    response = client.get("/en/no-such-thing/")
    assert response.status_code == 404
    assert alternates_of(response) == {}
    assert CANONICAL.findall(response.content.decode()) == []
