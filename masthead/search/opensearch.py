"""Search articles through OpenSearch, when MASTHEAD_OPENSEARCH_URL is set.

Wagtail's OpenSearch backend has one analyser per index, so settings/base.py
declares one Wagtail backend per edition ("opensearch-en", "opensearch-ru", ...),
each with its own index prefix and a default analyser for its language (see
docs/search.md). Wagtail keeps every backend up to date on publish; a query goes
to the backend of its edition and is filtered to that edition's live articles.
Display data (section, snippet text) still comes from Masthead's own index table.
Not exercised by the test suite: it needs a running OpenSearch server.
"""

from wagtail.search.backends import get_search_backend

from masthead.news.models import ArticlePage

from .analysis import MAX_QUERY_LENGTH, clean, language_of


def search_articles(raw_query, results, *, locale, request=None, **filters):
    """Fill ``results`` (a SearchResults) from the edition's OpenSearch index."""
    from .queries import _load_hits

    language = language_of(locale.language_code)
    backend = get_search_backend(f"opensearch-{language}")
    queryset = ArticlePage.objects.live().public().filter(locale=locale)
    if filters.get("section_id"):
        queryset = queryset.filter(path__startswith=_section_path(filters["section_id"]))
    if filters.get("published_from"):
        queryset = queryset.filter(published_at__gte=filters["published_from"])
    if filters.get("published_before"):
        queryset = queryset.filter(published_at__lt=filters["published_before"])
    if filters.get("sort") == "date":
        queryset = queryset.order_by("-published_at")
    text = clean(raw_query)[:MAX_QUERY_LENGTH]
    found = backend.search(
        text, queryset, operator="and", order_by_relevance=filters.get("sort") != "date"
    )
    offset = (results.page - 1) * results.per_page
    results.count = found.count()
    ids = [page.pk for page in found[offset : offset + results.per_page]]
    results.hits = _load_hits(ids, results.query, language, request)
    return results


def _section_path(section_id: int) -> str:
    from wagtail.models import Page

    return Page.objects.values_list("path", flat=True).get(pk=section_id)
