"""The search page and the suggestions endpoint of each edition."""

from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Locale

from masthead.news.listings import get_edition_home, get_edition_sections
from masthead.pagecache.generation import RecentValues

from .analysis import MAX_QUERY_LENGTH, language_of
from .forms import PER_PAGE, SearchParams
from .queries import (
    cache_seconds,
    get_popular_searches,
    record_query,
    results_key,
    search_articles,
    suggest_titles,
)

# Whole pages of results as readers got them, in each process's memory, for readers who
# repeat a search (most do when a story breaks): the page costs no render, only the
# count of the search for "popular searches". Keyed like the results (content
# generation, host) plus the address and the popular searches the page lists; for
# anonymous readers only. Some 40 kB a page: 256 pages stay under 11 MB a process.
recent_pages = RecentValues(size=256)


@require_GET
def search_page(request):
    """Render results for ?q= with section, date range, sort and page (bad values ignored)."""
    home = get_edition_home(request)
    locale = home.locale if home else Locale.get_active()
    language = language_of(locale.language_code)
    sections = get_edition_sections(request, home)  # from memory, as in the navigation
    params = SearchParams.from_request(request.GET, section_ids={s.pk for s in sections})
    popular_searches = get_popular_searches(language=language)
    page_key = ""
    if not request.user.is_authenticated:
        page_key = results_key(request, "page", request.get_full_path(), popular_searches)
    kept = recent_pages.get(page_key) if page_key else None
    if kept is not None:
        content, counted = kept
        if counted:
            record_query(params.q, language=language)
        return _private(HttpResponse(content, content_type="text/html; charset=utf-8"))
    results = None
    counted = False
    if params.q:
        results = search_articles(
            params.q,
            locale=locale,
            section_id=params.section_id,
            published_from=params.published_from,
            published_before=params.published_before,
            sort=params.sort,
            page=params.page,
            per_page=PER_PAGE,
            request=request,
        )
        counted = bool(results.count and params.page == 1)
        if counted:
            record_query(params.q, language=language)
    context = {
        "params": params,
        "results": results,
        "sections": sections,
        "popular_searches": popular_searches,
    }
    if results is not None:
        context["previous_query"] = (
            params.query_string(page=params.page - 1) if results.has_previous else ""
        )
        context["first_page_query"] = params.query_string(page="")
        context["next_query"] = (
            params.query_string(page=params.page + 1) if results.has_next else ""
        )
    response = TemplateResponse(request, "search/search_page.html", context)
    if page_key:
        response.add_post_render_callback(
            lambda rendered: recent_pages.set(
                page_key, (rendered.content, counted), cache_seconds()
            )
        )
    return _private(response)


def _private(response):
    patch_cache_control(response, private=True, max_age=0)
    return response


@require_GET
def suggest(request):
    """Return JSON title suggestions for the characters typed so far."""
    home = get_edition_home(request)
    locale = home.locale if home else Locale.get_active()
    query = (request.GET.get("q", "") or "")[:MAX_QUERY_LENGTH]
    suggestions = suggest_titles(query, locale=locale, request=request) if query.strip() else []
    response = JsonResponse({"query": query, "suggestions": suggestions})
    patch_cache_control(response, public=True, max_age=60)
    return response
