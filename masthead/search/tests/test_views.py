import json

import pytest
from bs4 import BeautifulSoup

from masthead.pagecache.generation import forget_cached_values
from masthead.search.models import SearchQueryCount


def soup(response):
    return BeautifulSoup(response.content, "html5lib")


def test_search_page_lists_results_with_title_section_date_and_snippet(client, editions):
    response = client.get("/en/search/", {"q": "peacekeepers"})
    assert response.status_code == 200
    page = soup(response)
    assert len(page.find_all("h1")) == 1
    (hit,) = page.select(".search-hit")
    assert hit.h3.a.get_text() == "Peacekeeping force leaves the region"
    assert hit.h3.a["href"].startswith("/en/")
    assert "Politics" in hit.select_one(".search-hit-meta").get_text()
    assert hit.select_one("time")["datetime"]
    assert hit.select_one(".search-hit-snippet mark").get_text().lower().startswith("peacekeep")


def test_every_control_of_the_search_page_is_labelled(client, editions):
    page = soup(client.get("/ru/search/", {"q": "войны"}))
    for control in page.select("main input, main select"):
        assert page.select_one(f"label[for='{control['id']}']"), control
    assert page.find("html")["lang"] == "ru"


def test_search_page_query_count_does_not_grow_with_results(
    client, editions, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/en/search/", {"q": "region law oil"})  # warm caches (site, popular)
    with CaptureQueriesContext(connection) as one:
        response = client.get("/en/search/", {"q": "peacekeeping"})
    assert len(soup(response).select(".search-hit")) == 1
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get("/en/search/", {"q": "region law oil"})
    assert len(soup(response).select(".search-hit")) == 3
    # The search itself: results, capped count, entries with pages and sections.
    assert len(one.captured_queries) <= 20


def test_popular_searches_come_from_logged_queries_of_the_edition(client, editions):
    for _ in range(2):
        client.get("/az/search/", {"q": "ƏLİYEV"})
    client.get("/az/search/", {"q": "zzzz-nothing"})  # no results: not logged
    assert list(SearchQueryCount.objects.values_list("language", "query", "hits")) == [
        ("az", "əliyev", 2)
    ]
    forget_cached_values()  # popular searches are read again every few minutes
    page = soup(client.get("/az/search/"))
    assert [a.get_text() for a in page.select(".popular-searches a")] == ["əliyev"]
    assert soup(client.get("/en/search/")).select(".popular-searches a") == []


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "x" * 5000},
        {"q": '"peacekeeping'},
        {"q": "NEAR( AND (("},
        {"q": "' OR 1=1 --"},
        {"q": "\u202epeace\x00keeping"},
        {"q": "region", "page": "0"},
        {"q": "region", "page": "-3"},
        {"q": "region", "page": "abc"},
        {"q": "region", "page": "99999999999999999999"},
        {"q": "region", "page": "7"},
        {"q": "region", "section": "abc"},
        {"q": "region", "section": "999999"},
        {"q": "region", "from": "2024-13-45"},
        {"q": "region", "from": "yesterday", "to": "0000-00-00"},
        {"q": "region", "from": "2030-01-01", "to": "2020-01-01"},
        {"q": "region", "sort": "DROP TABLE"},
        {"q": ["region", "law"]},
    ],
)
def test_bad_parameters_give_a_sane_page(client, editions, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    assert len(soup(response).find_all("h1")) == 1


def test_filters_are_applied_from_the_query_string(client, editions):
    politics = editions["sections"][("en", "Politics")]
    response = client.get("/en/search/", {"q": "region oil law", "section": politics.pk})
    found = [a.get_text() for a in soup(response).select(".search-hit h3 a")]
    assert found and "Oil exports grow for a third month" not in found


def test_pagination_links_keep_the_query(client, editions, monkeypatch):
    from masthead.search import views

    monkeypatch.setattr(views, "PER_PAGE", 1)
    page = soup(client.get("/en/search/", {"q": "region oil law", "sort": "date"}))
    assert page.select_one("a[rel=next]")["href"] == "?q=region+oil+law&sort=date&page=2"
    second = soup(client.get("/en/search/", {"q": "region oil law", "sort": "date", "page": 2}))
    assert second.select_one("a[rel=prev]")["href"] == "?q=region+oil+law&sort=date"
    assert len(second.select(".search-hit")) == 1


def test_suggestions_endpoint_returns_titles_as_json(client, editions):
    response = client.get("/en/search/suggest/", {"q": "peacekeeping fo"})
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["suggestions"] == [
        {"title": "Peacekeeping force leaves the region", "url": data["suggestions"][0]["url"]}
    ]
    assert data["suggestions"][0]["url"].startswith("/en/")


@pytest.mark.parametrize("q", ["", "a", '"*', "NEAR(", "x" * 3000, "\x00", "((("])
def test_suggestions_endpoint_handles_bad_input(client, editions, q):
    response = client.get("/en/search/suggest/", {"q": q})
    assert response.status_code == 200
    assert json.loads(response.content)["suggestions"] == []


def test_header_box_is_a_labelled_combobox_with_module_script(client, editions):
    page = soup(client.get("/en/search/"))
    box = page.select_one("form[data-search-box]")
    combobox = box.select_one("[role=combobox]")
    assert box.select_one(f"label[for='{combobox['id']}']")
    assert combobox["aria-controls"] == box.select_one("[role=listbox]")["id"]
    assert box["data-suggest-url"] == "/en/search/suggest/"
    assert box["data-msg-none"]
    for script in page.find_all("script"):
        assert script.get("src") or script.get("type") in (
            "application/json",
            "application/ld+json",
        )


@pytest.fixture
def engine_calls(monkeypatch):
    """Count the searches the search page runs (result cache or not)."""
    from masthead.search import views

    calls = []
    search = views.search_articles

    def counted(*args, **kwargs):
        calls.append(args[0])
        return search(*args, **kwargs)

    monkeypatch.setattr(views, "search_articles", counted)
    return calls


def test_a_repeated_search_is_answered_from_memory_and_still_counted(
    client, editions, settings, engine_calls
):
    settings.MASTHEAD_SEARCH_CACHE_SECONDS = 60
    first = client.get("/en/search/", {"q": "peacekeepers"})
    again = client.get("/en/search/", {"q": "peacekeepers"})
    assert engine_calls == ["peacekeepers"]  # the second page was not built again
    assert again.status_code == 200 and again.content == first.content
    assert again["Content-Type"] == "text/html; charset=utf-8"
    assert "private" in again["Cache-Control"] and "max-age=0" in again["Cache-Control"]
    # Both searches count for "popular searches".
    assert SearchQueryCount.objects.get(language="en").hits == 2
    client.get("/en/search/", {"q": "peacekeepers", "sort": "date"})
    client.get("/ru/search/", {"q": "peacekeepers"})
    assert len(engine_calls) == 3  # another address is another page


def test_a_remembered_page_goes_when_content_changes(
    client, editions, settings, engine_calls, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_SEARCH_CACHE_SECONDS = 60
    article = editions["articles"]["Peacekeeping force leaves the region"]
    client.get("/en/search/", {"q": "peacekeeping"})
    article.title = "Peacekeeping force returns to the region"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    page = soup(client.get("/en/search/", {"q": "peacekeeping"}))
    assert [a.get_text() for a in page.select(".search-hit h3 a")] == [article.title]
    assert len(engine_calls) == 2


def test_editors_and_the_cache_off_setting_get_a_page_built_for_them(
    client, editions, settings, engine_calls, django_user_model
):
    settings.MASTHEAD_SEARCH_CACHE_SECONDS = 0
    for _ in range(2):
        client.get("/en/search/", {"q": "oil"})
    assert len(engine_calls) == 2
    settings.MASTHEAD_SEARCH_CACHE_SECONDS = 60
    client.force_login(django_user_model.objects.create_user("editor", password="x" * 12))
    for _ in range(2):
        client.get("/en/search/", {"q": "oil"})
    assert len(engine_calls) == 4


def test_a_page_built_for_an_editor_or_another_host_is_not_served_to_a_reader(
    client, editions, settings, engine_calls, django_user_model
):
    settings.MASTHEAD_SEARCH_CACHE_SECONDS = 60
    client.force_login(django_user_model.objects.create_user("editor", password="x" * 12))
    client.get("/en/search/", {"q": "oil"})
    client.logout()
    client.get("/en/search/", {"q": "oil"})  # the editor's page was not kept
    assert len(engine_calls) == 2
    client.get("/en/search/", {"q": "oil"}, HTTP_HOST="other.example")
    assert len(engine_calls) == 3  # another host, another page (its links name the host)
    client.get("/en/search/", {"q": "oil"})
    assert len(engine_calls) == 3  # the reader's own page, remembered


def test_hit_dates_read_as_dates_in_the_edition_language(client, editions):
    from masthead.i18n.templatetags.editions import format_date

    article = editions["articles"]["Цены на нефть снова растут"]
    page = soup(client.get("/ru/search/", {"q": "нефть"}))
    (hit,) = page.select(".search-hit")
    # "8 июня 2022", as in the datelines: the month in the form used inside a date.
    assert hit.select_one("time").get_text() == format_date(article.published_at, "ru")
