import re

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Site

import pytest

from masthead.i18n.editions import get_edition_links

from .conftest import translate

SWITCHER_LINK = re.compile(
    r'<a href="(?P<href>[^"]+)" lang="(?P<lang>[a-z]+)" hreflang="(?P=lang)"'
    r'(?P<current> aria-current="true")?>(?P<label>[^<]+)</a>'
)


def switcher_of(response) -> dict[str, str]:
    html = response.content.decode()
    nav = html[html.index('<nav class="language-switcher"') :]
    nav = nav[: nav.index("</nav>")]
    return {m["lang"]: m["href"] for m in SWITCHER_LINK.finditer(nav)}


def current_of(response) -> list[str]:
    html = response.content.decode()
    return [m["lang"] for m in SWITCHER_LINK.finditer(html) if m["current"]]


@pytest.mark.django_db
def test_switcher_has_one_link_per_language_labelled_by_its_own_name(client, editions):
    response = client.get(editions["articles"][0].url)
    labels = {m["lang"]: m["label"] for m in SWITCHER_LINK.finditer(response.content.decode())}
    assert labels == {"en": "English", "ru": "Русский", "hy": "Հայերեն", "az": "Azərbaycanca"}
    assert current_of(response) == ["en"]


@pytest.mark.django_db
def test_switcher_opens_the_translation_of_the_article(client, editions):
    links = switcher_of(client.get(editions["articles"][0].url))
    assert links["en"] == editions["articles"][0].url
    assert (
        links["ru"] == editions["ru"]["article"].url == "/ru/analitika/armeniya-nadeyalas-na-mir/"
    )


@pytest.mark.django_db
def test_switcher_on_a_translation_goes_back_to_the_source(client, editions):
    response = client.get(editions["ru"]["article"].url)
    assert response.status_code == 200
    links = switcher_of(response)
    assert links["en"] == editions["articles"][0].url
    assert current_of(response) == ["ru"]


@pytest.mark.django_db
def test_switcher_falls_back_to_the_translated_section(client, editions):
    untranslated = editions["articles"][1]  # same section as the Russian article, no translation
    links = switcher_of(client.get(untranslated.url))
    assert links["ru"] == editions["ru"]["section"].url == "/ru/analitika/"


@pytest.mark.django_db
def test_switcher_falls_back_to_the_translated_home(client, editions):
    links = switcher_of(client.get(editions["articles"][0].url))
    assert links["hy"] == editions["hy"]["home"].url == "/hy/"
    other_section_article = editions["articles"][4]
    links = switcher_of(client.get(other_section_article.url))
    assert links["ru"] == "/ru/"


@pytest.mark.django_db
def test_switcher_ignores_unpublished_translations(client, editions):
    ru_article = editions["ru"]["article"]
    ru_article.unpublish()
    links = switcher_of(client.get(editions["articles"][0].url))
    assert links["ru"] == editions["ru"]["section"].url


@pytest.mark.django_db
def test_switcher_on_section_and_home_pages(client, editions):
    links = switcher_of(client.get(editions["sections"][0].url))
    assert links == {"en": "/en/section-0/", "ru": "/ru/analitika/", "hy": "/hy/", "az": "/az/"}
    links = switcher_of(client.get(editions["sections"][1].url))
    assert links["ru"] == "/ru/"
    links = switcher_of(client.get("/en/"))
    assert links == {"en": "/en/", "ru": "/ru/", "hy": "/hy/", "az": "/az/"}


@pytest.mark.django_db
def test_switcher_targets_never_answer_404(client, editions):
    pages = [editions["home"], *editions["sections"], *editions["articles"]]
    pages += list(editions["ru"].values()) + list(editions["hy"].values())
    targets = set()
    for page in pages:
        targets.update(switcher_of(client.get(page.url)).values())
    for target in targets:
        assert client.get(target).status_code == 200, target


@pytest.mark.django_db
@pytest.mark.urls("masthead.i18n.tests.urls")
def test_switcher_on_a_view_links_to_the_same_view_in_each_language(client, editions):
    response = client.get("/ru/probe/?q=%D0%B2%D1%8B%D0%B1%D0%BE%D1%80%D1%8B&page=2")
    links = switcher_of(response)
    assert links["en"] == "/en/probe/?q=%D0%B2%D1%8B%D0%B1%D0%BE%D1%80%D1%8B&amp;page=2"
    assert links["hy"].startswith("/hy/probe/?q=")
    assert current_of(response) == ["ru"]


@pytest.mark.django_db
def test_switcher_on_the_404_page_links_to_each_front_page(client, editions):
    response = client.get("/ru/no-such-story/")
    assert response.status_code == 404
    assert switcher_of(response) == {"en": "/en/", "ru": "/ru/", "hy": "/hy/", "az": "/az/"}


@pytest.mark.django_db
def test_a_view_can_choose_its_alternates(rf, editions):
    request = rf.get("/en/custom/")
    request.site = Site.objects.get(is_default_site=True)
    with translation.override("en"):
        links = get_edition_links({"request": request, "alternate_urls": {"ru": "/ru/custom-ru/"}})
    assert {link.language_code: link.url for link in links}["ru"] == "/ru/custom-ru/"


def _render_switcher(page, request):
    with translation.override(page.locale.language_code):
        return Template('{% include "i18n/language_switcher.html" %}').render(
            Context({"page": page, "request": request})
        )


@pytest.mark.django_db
def test_switcher_costs_one_query_whatever_the_number_of_translations(
    editions, django_assert_num_queries
):
    article = editions["articles"][0]

    def fresh_request():
        request = RequestFactory().get(article.url)
        Site.find_for_request(request)
        article.get_url(request)  # site root paths: cached per request, as on a real page
        article._cached_parent_obj = article.get_parent().specific  # as the router leaves it
        return request

    # The first render reads the section's and home page's translations (kept in memory
    # until content changes); every later page costs one query, its own translations.
    _render_switcher(article, fresh_request())
    request = fresh_request()
    with django_assert_num_queries(1):
        html = _render_switcher(article, request)
    assert "/ru/analitika/armeniya-nadeyalas-na-mir/" in html

    translate(editions["sections"][0], "hy", "Վերլուծություն")
    translate(article, "hy", "Հայաստանը հույս ուներ")
    translate(editions["home"], "az", "Ana səhifə")
    _render_switcher(article, fresh_request())
    request = fresh_request()
    with django_assert_num_queries(1):
        html = _render_switcher(article, request)
    assert "/hy/verlutsutyun/hayastany-huys-uner/" in html
    assert 'href="/az/"' in html


@pytest.mark.django_db
def test_article_page_queries_do_not_grow_with_translations(
    client, editions, django_assert_max_num_queries
):
    article = editions["articles"][0]
    client.get(article.url)  # warm the site root paths cache
    with django_assert_max_num_queries(60) as captured:
        client.get(article.url)
    before = len(captured)
    translate(editions["sections"][0], "hy", "Վերլուծություն")
    translate(article, "hy", "Հայաստանը հույս ուներ")
    translate(editions["home"], "az", "Ana səhifə")
    client.get(article.url)
    with django_assert_max_num_queries(before):
        client.get(article.url)


@pytest.mark.django_db
def test_switcher_on_author_and_tag_pages_opens_each_edition_front_page(client, four_editions):
    english = four_editions["en"]
    for address in ("/en/authors/anna-petrosyan/", "/en/tags/politics/"):
        response = client.get(address)
        assert response.status_code == 200
        links = switcher_of(response)
        assert links["en"] == address
        assert current_of(response) == ["en"]
        assert links["ru"] == four_editions["ru"]["home"].url == "/ru/"
        assert links["hy"] == "/hy/"
        assert links["az"] == "/az/"
    assert english["home"].url == "/en/"


@pytest.mark.django_db
def test_switcher_on_the_search_page_keeps_the_query(client, four_editions):
    response = client.get("/en/search/?q=armenia")
    assert response.status_code == 200
    links = switcher_of(response)
    assert links == {
        "en": "/en/search/?q=armenia",
        "ru": "/ru/search/?q=armenia",
        "hy": "/hy/search/?q=armenia",
        "az": "/az/search/?q=armenia",
    }
    assert current_of(response) == ["en"]


@pytest.mark.django_db
def test_switcher_query_count_is_the_same_with_two_or_four_editions(
    client, editions, django_assert_max_num_queries
):
    """Every page type costs the same number of queries however many translations exist."""
    addresses = [
        editions["home"].url,
        editions["sections"][0].url,
        editions["articles"][0].url,
        "/en/search/?q=story",
    ]
    counts = {}
    for address in addresses:
        client.get(address)
        with django_assert_max_num_queries(50) as captured:
            client.get(address)
        counts[address] = len(captured)
    translate(editions["sections"][0], "hy", "Վերլուծություն")
    translate(editions["articles"][0], "hy", "Հայաստանը հույս ուներ")
    translate(editions["home"], "az", "Ana səhifə")
    translate(editions["sections"][0], "az", "Təhlil")
    translate(editions["articles"][0], "az", "Ermənistan sülhə ümid edirdi")
    for address in addresses:
        client.get(address)
        with django_assert_max_num_queries(counts[address]):
            client.get(address)
