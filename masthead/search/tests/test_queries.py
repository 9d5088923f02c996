import datetime as dt

from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

import pytest

from masthead.pagecache.generation import forget_cached_values
from masthead.search.engines import COUNT_CAP
from masthead.search.indexing import index_article, rebuild_index
from masthead.search.models import SearchEntry, SearchQueryCount
from masthead.search.queries import (
    get_popular_searches,
    record_query,
    search_articles,
    suggest_titles,
)


def titles(query, language, **kwargs):
    locale = Locale.objects.get(language_code=language)
    return [hit.title for hit in search_articles(query, locale=locale, **kwargs).hits]


@pytest.mark.parametrize(
    ("query", "language", "title"),
    [
        ("peacekeepers", "en", "Peacekeeping force leaves the region"),
        ("ELECTIONS law", "en", "Parliament debates the election law"),
        ("войны", "ru", "Война в Карабахе: хроника событий"),
        ("нефти", "ru", "Цены на нефть снова растут"),
        ("ежик", "ru", "Война в Карабахе: хроника событий"),
        ("պատերազմ", "hy", "Պատերազմից հետո Հայաստանի տնտեսությունը"),
        ("Հայաստան", "hy", "Պատերազմից հետո Հայաստանի տնտեսությունը"),
        ("ƏLİYEV", "az", "Əliyev Bakıda xarici nazirləri qəbul etdi"),
        ("Aliyev Baki", "az", "Əliyev Bakıda xarici nazirləri qəbul etdi"),
        ("Azərbaycan nefti", "az", "Neft hasilatı artıb"),
    ],
)
def test_inflected_and_folded_queries_find_the_story(editions, query, language, title):
    assert titles(query, language)[0] == title


def test_results_come_only_from_the_edition_of_the_query(editions):
    assert titles("oil", "ru") == []
    assert titles("нефть", "en") == []


def test_every_word_must_match_before_any_word_does(editions):
    locale = Locale.objects.get(language_code="en")
    results = search_articles("election peacekeeping", locale=locale)
    assert results.any_term
    assert {hit.title for hit in results.hits} == {
        "Parliament debates the election law",
        "Peacekeeping force leaves the region",
    }
    assert not search_articles("election law", locale=locale).any_term


def test_title_matches_rank_above_body_matches(editions):
    # "peacekeeping" is in one title; "peacekeeping mission" in the same body.
    found = titles("exporters", "en")
    assert found == ["Oil exports grow for a third month"]


def test_snippet_is_escaped_and_marks_matches(editions):
    article = editions["articles"]["Oil exports grow for a third month"]
    article.lead = "<script>alert(1)</script> Exports & imports"
    article.save_revision().publish()
    index_article(article.pk)
    locale = Locale.objects.get(language_code="en")
    (hit,) = search_articles("export", locale=locale).hits
    assert "<script>" not in hit.snippet
    assert "&lt;script&gt;" in hit.snippet
    assert "<mark>Exports</mark>" in hit.snippet
    assert "&amp;" in hit.snippet


def test_section_and_date_filters_and_date_sort(editions):
    locale = Locale.objects.get(language_code="en")
    politics = editions["sections"][("en", "Politics")]
    found = titles("the", "en")  # stop word: nothing indexed under it
    assert found == []
    in_politics = search_articles("region law", locale=locale, section_id=politics.pk)
    assert {hit.title for hit in in_politics.hits} <= {
        "Peacekeeping force leaves the region",
        "Parliament debates the election law",
    }
    election = editions["articles"]["Parliament debates the election law"]
    day = timezone.localtime(election.published_at)
    found = titles(
        "law region oil",
        "en",
        published_from=day - dt.timedelta(hours=1),
        published_before=day + dt.timedelta(hours=1),
    )
    assert found == ["Parliament debates the election law"]
    by_date = titles("region law oil", "en", sort="date")
    dates = [SearchEntry.objects.get(title=t).published_at for t in by_date]
    assert dates == sorted(dates, reverse=True)


def test_pagination_and_capped_count(editions):
    locale = Locale.objects.get(language_code="en")
    results = search_articles("region law oil", locale=locale, per_page=1, page=2)
    assert results.count == 3 and len(results.hits) == 1 and results.has_next
    beyond = search_articles("region", locale=locale, page=COUNT_CAP + 5)
    assert beyond.hits == []


def test_suggestions_complete_the_last_word_of_titles(editions):
    en = Locale.objects.get(language_code="en")
    az = Locale.objects.get(language_code="az")
    assert [s["title"] for s in suggest_titles("peacekeeping fo", locale=en)] == [
        "Peacekeeping force leaves the region"
    ]
    assert [s["title"] for s in suggest_titles("əli", locale=az)] == [
        "Əliyev Bakıda xarici nazirləri qəbul etdi"
    ]
    assert suggest_titles("peacekeeping fx", locale=en) == []
    assert suggest_titles("o", locale=en) == []  # one letter: too early
    assert suggest_titles("oil", locale=Locale.objects.get(language_code="ru")) == []


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        '"',
        '"peacekeeping',
        "*",
        "peace*",
        "-region",
        "NEAR(",
        "NEAR(peacekeeping force)",
        "AND",
        "OR NOT AND",
        "((region",
        "region))",
        "' OR 1=1; --",
        "'; DROP TABLE masthead_search_searchentry; --",
        "\x00\x01\x1b[31m",
        "\u202eregion\u202c\u200f",
        "x" * 5000,
        "title_terms: region",
        "{title_terms}: region",
        "region:*",
        "^region",
        "&|!:*()",
        "💥🔥",
    ],
)
def test_hostile_queries_never_fail(editions, query):
    locale = Locale.objects.get(language_code="en")
    indexed = SearchEntry.objects.count()
    results = search_articles(query, locale=locale)
    assert results.count >= 0
    suggest_titles(query, locale=locale)
    assert SearchEntry.objects.count() == indexed  # nothing was dropped


def test_hidden_articles_never_appear(editions, django_capture_on_commit_callbacks):
    en = Locale.objects.get(language_code="en")
    articles = editions["articles"]
    draft_only = articles["Peacekeeping force leaves the region"]
    with django_capture_on_commit_callbacks(execute=True):
        draft_only.unpublish()
    private = articles["Oil exports grow for a third month"]
    PageViewRestriction.objects.create(
        page=private.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    expired = articles["Parliament debates the election law"]
    expired.expire_at = timezone.now() - dt.timedelta(minutes=1)
    expired.save(update_fields=["expire_at"])
    for query in ["peacekeeping", "oil", "election"]:
        assert titles(query, "en") == []
        assert suggest_titles(query[:4], locale=en) == []


def test_future_scheduled_article_is_not_indexed(editions, django_capture_on_commit_callbacks):
    article = editions["articles"]["Oil exports grow for a third month"]
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    article.title = "Oil exports grow for a fourth month"
    article.go_live_at = timezone.now() + dt.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    article.refresh_from_db()
    assert not article.live
    assert titles("fourth", "en") == []
    rebuild_index()
    assert titles("fourth", "en") == []


def test_query_log_keeps_counts_per_edition_and_day_only(editions):
    for _ in range(3):
        record_query("  Peacekeeping   FORCE ", language="en")
    record_query("peacekeeping force", language="en")
    record_query("oil", language="en")
    record_query("oil", language="en")
    record_query("нефть", language="ru")
    (row,) = SearchQueryCount.objects.filter(query="peacekeeping force")
    assert row.hits == 4 and row.language == "en"
    forget_cached_values()
    assert get_popular_searches(language="en") == ["peacekeeping force", "oil"]
    assert get_popular_searches(language="ru") == []  # one search is not "popular"
    fields = {field.name for field in SearchQueryCount._meta.get_fields()}
    assert fields == {"id", "language", "counted_on", "query", "hits"}


def test_cached_results_go_as_soon_as_the_index_changes(
    editions, settings, django_assert_num_queries, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_SEARCH_CACHE_SECONDS = 60
    en = Locale.objects.get(language_code="en")
    article = editions["articles"]["Peacekeeping force leaves the region"]
    assert titles("peacekeeping", "en") == [article.title]
    assert [s["title"] for s in suggest_titles("peacek", locale=en)] == [article.title]
    with django_assert_num_queries(1):  # the locale; the results come from the cache
        assert titles("peacekeeping", "en") == [article.title]

    article.title = "Peacekeeping force returns to the region"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert titles("peacekeeping", "en") == ["Peacekeeping force returns to the region"]

    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert titles("peacekeeping", "en") == []
    assert suggest_titles("peacek", locale=en) == []


def test_query_log_is_written_in_batches(editions, settings):
    from masthead.search.queries import query_log

    settings.MASTHEAD_SEARCH_LOG_FLUSH_SECONDS = 3600
    query_log.flush()
    for _ in range(3):
        record_query("Oil", language="en")
    record_query("нефть", language="ru")
    assert not SearchQueryCount.objects.exists()  # held in memory until due
    assert query_log.flush() == 4
    assert sorted(SearchQueryCount.objects.values_list("language", "query", "hits")) == [
        ("en", "oil", 3),
        ("ru", "нефть", 1),
    ]
    assert query_log.flush() == 0


def test_migration_gives_existing_entries_the_keys_new_entries_get(editions):
    """0003 fills doc_key in SQL for an index built before it: same keys as document_key()."""
    import importlib
    from types import SimpleNamespace

    from django.db import connection

    from masthead.search.models import document_key

    migration = importlib.import_module("masthead.search.migrations.0003_document_keys")
    expected = {entry.page_id: entry.doc_key for entry in SearchEntry.objects.all()}
    assert expected == {
        entry.page_id: document_key(entry.published_at, entry.page_id)
        for entry in SearchEntry.objects.all()
    }
    for n, entry in enumerate(SearchEntry.objects.all()):
        SearchEntry.objects.filter(pk=entry.pk).update(doc_key=-n - 1)
    # As the schema editor runs it: through the cursor, with empty parameters.
    editor = SimpleNamespace(
        connection=connection, execute=lambda sql: connection.cursor().execute(sql, ())
    )
    migration._run(migration.FILL_KEYS)(None, editor)
    assert dict(SearchEntry.objects.values_list("page_id", "doc_key")) == expected


def test_only_the_newest_candidates_are_ranked_the_rest_follow_by_date(editions, monkeypatch):
    from masthead.news.tests.factories import ArticlePageFactory
    from masthead.search import engines

    section = editions["sections"][("en", "Economy")]
    now = timezone.now()
    for number, (title, paragraph) in enumerate(
        [
            ("Harbour cranes stand idle", "Dockers wait."),  # oldest, the word in its title
            ("Dockers wait for news", "The harbour is quiet."),
            ("Shipping slows", "A harbour pilot retires."),  # newest
        ]
    ):
        article = ArticlePageFactory(
            parent=section,
            title=title,
            slug=f"harbour-{number}",
            published_at=now - dt.timedelta(days=3 - number),
            body=[("paragraph", f"<p>{paragraph}</p>")],
        )
        index_article(article.pk)
    ranked_all = titles("harbour", "en")
    assert ranked_all[0] == "Harbour cranes stand idle"  # the title match ranks first
    monkeypatch.setattr(engines, "RANKED", 2)
    results = search_articles("harbour", locale=Locale.objects.get(language_code="en"))
    assert results.count == 3  # every candidate is counted
    # The two newest are ranked between them; the oldest follows, unranked.
    assert [hit.title for hit in results.hits][2] == "Harbour cranes stand idle"
    assert titles("harbour", "en", sort="date") == [
        "Shipping slows",
        "Dockers wait for news",
        "Harbour cranes stand idle",
    ]
