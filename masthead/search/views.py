"""The search page and the suggestions endpoint of each edition."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Locale

from masthead.news.listings import get_edition_home, get_edition_sections

from .analysis import MAX_QUERY_LENGTH, language_of
from .forms import PER_PAGE, SearchParams
from .queries import get_popular_searches, record_query, search_articles, suggest_titles


@require_GET
def search_page(request):
    """Render results for ?q= with section, date range, sort and page (bad values ignored)."""
    home = get_edition_home(request)
    locale = home.locale if home else Locale.get_active()
    language = language_of(locale.language_code)
    sections = get_edition_sections(request, home)  # from memory, as in the navigation
    params = SearchParams.from_request(request.GET, section_ids={s.pk for s in sections})
    results = None
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
        if results.count and params.page == 1:
            record_query(params.q, language=language)
    context = {
        "params": params,
        "results": results,
        "sections": sections,
        "popular_searches": get_popular_searches(language=language),
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
