"""Search and suggest articles of one edition; log and read popular searches.

These functions are the app's public interface: views, the API and benchmarks
call them, never the engines or tables directly.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .analysis import (
    ParsedQuery,
    analyze_word,
    clean,
    language_of,
    normalize_query_text,
    normalize_word,
    parse_query,
    tokenize,
)
from .engines import COUNT_CAP, Filters, get_engine
from .models import SearchEntry, SearchQueryCount

SORTS = ("relevance", "date")
POPULAR_DAYS = 30
POPULAR_CACHE_SECONDS = 600


@dataclass
class Hit:
    entry: SearchEntry
    url: str
    snippet: SafeString

    @property
    def title(self) -> str:
        return self.entry.title

    @property
    def published_at(self):
        return self.entry.published_at

    @property
    def section_title(self) -> str:
        return self.entry.section.title if self.entry.section else ""


@dataclass
class SearchResults:
    query: ParsedQuery
    hits: list[Hit] = field(default_factory=list)
    count: int = 0
    page: int = 1
    per_page: int = 10
    any_term: bool = False  # True when no article had every word and any word was used

    @property
    def count_is_capped(self) -> bool:
        return self.count > COUNT_CAP

    @property
    def shown_count(self) -> int:
        return min(self.count, COUNT_CAP)

    @property
    def page_count(self) -> int:
        return max(1, -(-self.shown_count // self.per_page))

    @property
    def first_number(self) -> int:
        return (self.page - 1) * self.per_page + 1

    @property
    def has_next(self) -> bool:
        return self.page < self.page_count

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def _backend_name() -> str:
    return getattr(settings, "MASTHEAD_SEARCH_BACKEND", "database")


def _load_hits(ids: list[int], query: ParsedQuery, language: str, request) -> list[Hit]:
    """Return hits in the order of ``ids`` in two queries (entries with pages and sections)."""
    entries = SearchEntry.objects.select_related("page", "section").in_bulk(ids)
    hits = []
    for page_id in ids:
        entry = entries.get(page_id)
        if entry is None:
            continue
        url = entry.page.get_url(request=request) or entry.page.url_path
        hits.append(Hit(entry=entry, url=url, snippet=make_snippet(entry.text, query, language)))
    return hits


def search_articles(
    raw_query: str,
    *,
    locale,
    section_id: int | None = None,
    published_from: dt.datetime | None = None,
    published_before: dt.datetime | None = None,
    sort: str = "relevance",
    page: int = 1,
    per_page: int = 10,
    request=None,
) -> SearchResults:
    """Return one page of the edition's live, public articles matching the query.

    Every word must match (in any grammatical form); when no article has them all,
    articles with any of them are returned instead, flagged ``any_term``.
    """
    language = language_of(locale.language_code)
    query = parse_query(raw_query, language)
    results = SearchResults(query=query, page=page, per_page=per_page)
    if not query.terms:
        return results
    if _backend_name() == "opensearch":
        from .opensearch import search_articles as opensearch_search

        return opensearch_search(
            raw_query,
            results,
            locale=locale,
            request=request,
            section_id=section_id,
            published_from=published_from,
            published_before=published_before,
            sort=sort,
        )
    filters = Filters(
        locale_id=locale.pk,
        language=language,
        section_id=section_id,
        published_from=published_from,
        published_before=published_before,
    )
    engine = get_engine()
    sort = sort if sort in SORTS else "relevance"
    offset = (page - 1) * per_page
    if offset >= COUNT_CAP:
        return results
    ids, count = engine.search(query, filters, sort=sort, offset=offset, limit=per_page)
    if count == 0 and len(query.terms) > 1:
        results.any_term = True
        ids, count = engine.search(
            query, filters, sort=sort, offset=offset, limit=per_page, any_term=True
        )
    results.count = count
    results.hits = _load_hits(ids, query, language, request)
    return results


def suggest_titles(raw_query: str, *, locale, limit: int = 8, request=None) -> list[dict]:
    """Return titles (and URLs) of the edition's articles as the reader types them."""
    language = language_of(locale.language_code)
    query = parse_query(raw_query, language, with_prefix=True)
    if not query or (not query.terms and len(query.prefix) < 2):
        return []
    filters = Filters(locale_id=locale.pk, language=language)
    ids = get_engine().suggest(query, filters, limit=limit)
    entries = SearchEntry.objects.select_related("page").in_bulk(ids)
    return [
        {
            "title": entries[page_id].title,
            "url": entries[page_id].page.get_url(request=request) or entries[page_id].page.url_path,
        }
        for page_id in ids
        if page_id in entries
    ]


SNIPPET_SCAN_CHARACTERS = 5_000  # the lead and first paragraphs: where snippets come from


def make_snippet(text: str, query: ParsedQuery, language: str, *, length: int = 32) -> SafeString:
    """Return an escaped excerpt of ``text`` around the first run of matches, marked up.

    The excerpt starts a few words before the first window of ``length`` words that
    holds every query term (or, failing that, the most of them); matching words are
    wrapped in ``<mark>``, everything else is escaped.
    """
    words = clean(text[:SNIPPET_SCAN_CHARACTERS]).split()
    if not words:
        return mark_safe("")
    wanted = set(query.terms)
    heads = tuple({term[:3] for term in wanted})
    matches: list[tuple[int, set]] = []
    best, start = 0, 0
    for position, word in enumerate(words):
        # Most words share no first letters with any term: skip analysing them.
        if not normalize_word(word, language).lstrip("«(\"'“„").startswith(heads):
            continue
        terms = {analyze_word(token, language) for token in tokenize(word)} & wanted
        if not terms:
            continue
        matches.append((position, terms))
        covered = set().union(*(t for p, t in matches if p > position - length))
        if len(covered) > best:
            first = min(p for p, t in matches if p > position - length)
            best, start = len(covered), max(0, first - 4)
            if best == len(wanted):
                break
    matched_positions = {position for position, _terms in matches}
    out = ["… "] if start > 0 else []
    for position in range(start, min(start + length, len(words))):
        word = escape(words[position])
        out.append(f"<mark>{word}</mark> " if position in matched_positions else f"{word} ")
    if start + length < len(words) or len(text) > SNIPPET_SCAN_CHARACTERS:
        out.append("…")
    return mark_safe("".join(out).strip())  # noqa: S308 - every word escaped above


def record_query(raw_query: str, *, language: str) -> None:
    """Count one search of a normalised query in an edition today; keep nothing else."""
    query = normalize_query_text(raw_query, language)
    if not query:
        return
    today = timezone.localdate()
    counts = SearchQueryCount.objects.filter(language=language, counted_on=today, query=query)
    if counts.update(hits=F("hits") + 1):
        return
    try:
        with transaction.atomic():
            SearchQueryCount.objects.create(
                language=language, counted_on=today, query=query, hits=1
            )
    except IntegrityError:
        counts.update(hits=F("hits") + 1)


def get_popular_searches(*, language: str, limit: int = 8) -> list[str]:
    """Return the edition's most searched queries of the last days, most frequent first."""
    key = f"search:popular:{language}:{limit}"
    popular = cache.get(key)
    if popular is None:
        since = timezone.localdate() - dt.timedelta(days=POPULAR_DAYS)
        popular = list(
            SearchQueryCount.objects.filter(language=language, counted_on__gte=since)
            .values("query")
            .annotate(total=Sum("hits"))
            .filter(total__gte=2)
            .order_by("-total", "query")
            .values_list("query", flat=True)[:limit]
        )
        cache.set(key, popular, POPULAR_CACHE_SECONDS)
    return popular
