"""Search and suggest articles of one edition; log and read popular searches.

These functions are the app's public interface: views, the API and benchmarks
call them, never the engines or tables directly.
"""

import atexit
import datetime as dt
import hashlib
import html
import logging
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Sum
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from wagtail.models import Site

from masthead.core.page_urls import served_path
from masthead.pagecache.generation import (
    RecentValues,
    cached_for_generation,
    content_generation,
)

from .analysis import (
    ParsedQuery,
    analyze_word,
    clean,
    fold_case,
    language_of,
    normalize_query_text,
    normalize_word,
    parse_query,
    tokenize,
)
from .engines import COUNT_CAP, Filters, get_engine
from .models import SNIPPET_TEXT_LENGTH, SearchEntry, SearchQueryCount

logger = logging.getLogger(__name__)

SORTS = ("relevance", "date")
POPULAR_DAYS = 30
POPULAR_CACHE_SECONDS = 600


@dataclass
class Hit:
    """One result as the search page shows it (read in one query, no model instances)."""

    page_id: int
    title: str
    published_at: dt.datetime
    section_title: str
    url: str
    snippet: SafeString


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


def page_url(url_path: str, request=None) -> str:
    """Return the URL of a page from its tree path, as Page.get_url would, without a Page.

    Building a Page instance per hit costs more than the rest of the hit.
    """
    roots = Site.get_site_root_paths()
    for site_id, root_path, root_url, language_code in roots:
        if url_path.startswith(root_path):
            path = served_path(url_path[len(root_path) :], language_code)
            if path is None:  # not a servable path: reverse() says so (NoReverseMatch)
                with translation.override(language_code):
                    path = reverse("wagtail_serve", args=(url_path[len(root_path) :],))
            site = getattr(request, "_wagtail_site", None) if request else None
            if site is None or site.pk == site_id or len(roots) == 1:
                return path
            return root_url + path
    return url_path


def _load_hits(ids: list[int], query: ParsedQuery, language: str, request) -> list[Hit]:
    """Return hits in the order of ``ids``, read in one query."""
    rows = SearchEntry.objects.filter(page_id__in=ids).values_list(
        "page_id", "title", "published_at", "section__title", "page__url_path", "text"
    )
    by_id = {row[0]: row for row in rows}
    hits = []
    for page_id in ids:
        row = by_id.get(page_id)
        if row is None:
            continue
        _id, title, published_at, section_title, url_path, lead = row
        hits.append(
            Hit(
                page_id=page_id,
                title=title,
                published_at=published_at,
                section_title=section_title or "",
                url=page_url(url_path, request),
                snippet=make_snippet(lead, query, language),
            )
        )
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
    sort = sort if sort in SORTS else "relevance"
    offset = (page - 1) * per_page
    if offset >= COUNT_CAP:
        return results
    key = results_key(request, "results", filters, query.terms, sort, page, per_page)
    cached = _cached(key)
    if cached is not None:
        results.count, results.any_term, results.hits = cached
        return results
    engine = get_engine()
    ids, count = engine.search(query, filters, sort=sort, offset=offset, limit=per_page)
    if count == 0 and len(query.terms) > 1:
        results.any_term = True
        ids, count = engine.search(
            query, filters, sort=sort, offset=offset, limit=per_page, any_term=True
        )
    results.count = count
    results.hits = _load_hits(ids, query, language, request)
    if key:
        _keep(key, (results.count, results.any_term, results.hits))
    return results


# Pages of results and suggestions, in each process's memory: a hit costs no round
# trip and no unpickling, and a process sees every change through the generation.
# With Redis, the shared cache comes second: what one process found, the others reuse.
recent_results = RecentValues(size=4096)


def _cached(key: str):
    if not key:
        return None
    value = recent_results.get(key)
    if value is None and settings.REDIS_URL:
        value = cache.get(key)
        if value is not None:
            recent_results.set(key, value, cache_seconds())
    return value


def _keep(key: str, value) -> None:
    recent_results.set(key, value, cache_seconds())
    if settings.REDIS_URL:
        cache.set(key, value, cache_seconds())


def cache_seconds() -> float:
    return getattr(settings, "MASTHEAD_SEARCH_CACHE_SECONDS", 60)


def results_key(request, *described) -> str:
    """Return the cache key of what ``described`` (filters, terms, page...) selects, or ""
    when results are not cached.

    Readers repeat the same searches (the popular ones, above all when a story
    breaks). The key holds the content generation, which moves on every publish,
    unpublish, move or delete, and after each change to the index (see
    indexing.py): a cached page of results never outlives the content it lists.
    """
    generation = content_generation() if cache_seconds() > 0 else None
    if generation is None:
        return ""
    host = request.get_host() if request is not None else ""
    digest = hashlib.blake2b(repr((*described, host)).encode(), digest_size=16).hexdigest()
    return f"search:results:{generation}:{digest}"


def suggest_titles(raw_query: str, *, locale, limit: int = 8, request=None) -> list[dict]:
    """Return titles (and URLs) of the edition's articles as the reader types them."""
    language = language_of(locale.language_code)
    query = parse_query(raw_query, language, with_prefix=True)
    if not query or (not query.terms and len(query.prefix) < 2):
        return []
    filters = Filters(locale_id=locale.pk, language=language)
    key = results_key(request, "suggestions", filters, query.terms, query.prefix, limit)
    cached = _cached(key)
    if cached is not None:
        return cached
    ids = get_engine().suggest(query, filters, limit=limit)
    rows = {
        page_id: (title, url_path)
        for page_id, title, url_path in SearchEntry.objects.filter(page_id__in=ids).values_list(
            "page_id", "title", "page__url_path"
        )
    }
    suggestions = [
        {"title": rows[page_id][0], "url": page_url(rows[page_id][1], request)}
        for page_id in ids
        if page_id in rows
    ]
    if key:
        _keep(key, suggestions)
    return suggestions


SNIPPET_SCAN_CHARACTERS = SNIPPET_TEXT_LENGTH  # the lead and first paragraphs
SNIPPET_SCAN_WORDS = 200  # words examined one by one, from the first likely match


@lru_cache(maxsize=8)
def _folded_from(language: str) -> dict[str, str]:
    """Return {folded letter: the lowercase letters that fold to it} (Latin, Cyrillic,
    Armenian), as normalize_word folds them: "o" -> "oöóò…" in Azerbaijani."""
    variants: dict[str, set] = {}
    for code in (*range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x400, 0x590)):
        letter = fold_case(chr(code), language)
        folded = normalize_word(letter, language)
        if len(letter) == 1 and len(folded) == 1:
            variants.setdefault(folded, set()).add(letter)
    return {folded: "".join(sorted(letters)) for folded, letters in variants.items()}


@lru_cache(maxsize=1024)
def _heads_pattern(heads: tuple[str, ...], language: str) -> re.Pattern:
    """Return a regex finding, in case-folded text, a word that may fold to a head."""
    folded_from = _folded_from(language)
    alternatives = [
        "".join(f"[{re.escape(folded_from.get(char, char))}]" for char in head) for head in heads
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")


def _first_likely_word(text: str, heads: tuple[str, ...], language: str) -> int | None:
    """Return the index of the first word of ``text`` that may start with a head, or None.

    One regex search in C over the case-folded text; each candidate from there on
    is checked word by word.
    """
    folded = fold_case(text, language)
    found = _heads_pattern(heads, language).search(folded)
    if found is None:
        return None
    return len(folded[: found.start()].split())


def make_snippet(text: str, query: ParsedQuery, language: str, *, length: int = 32) -> SafeString:
    """Return an escaped excerpt of ``text`` around the first run of matches, marked up.

    The excerpt starts a few words before the first window of ``length`` words that
    holds every query term (or, failing that, the most of them); matching words are
    wrapped in ``<mark>``, everything else is escaped.
    """
    text = clean(text[:SNIPPET_SCAN_CHARACTERS])
    words = text.split()
    if not words:
        return mark_safe("")
    wanted = set(query.terms)
    heads = tuple(sorted({term[:3] for term in wanted}))
    first = _first_likely_word(text, heads, language) if heads else None
    matches: list[tuple[int, set]] = []
    best, start = 0, 0
    scan = range(first, min(len(words), first + SNIPPET_SCAN_WORDS)) if first is not None else ()
    for position in scan:
        word = words[position]
        # Most words share no first letters with any term: skip analysing them.
        if not normalize_word(word, language).lstrip("«(\"'“„").startswith(heads):
            continue
        terms = {analyze_word(token, language) for token in tokenize(word)} & wanted
        if not terms:
            continue
        matches.append((position, terms))
        covered = set().union(*(t for p, t in matches if p > position - length))
        if len(covered) > best:
            first_match = min(p for p, t in matches if p > position - length)
            best, start = len(covered), max(0, first_match - 4)
            if best == len(wanted):
                break
    matched_positions = {position for position, _terms in matches}
    out = ["… "] if start > 0 else []
    for position in range(start, min(start + length, len(words))):
        word = html.escape(words[position], quote=False)
        out.append(f"<mark>{word}</mark> " if position in matched_positions else f"{word} ")
    if start + length < len(words) or len(text) >= SNIPPET_SCAN_CHARACTERS:
        out.append("…")
    return mark_safe("".join(out).strip())  # noqa: S308 - every word escaped above


class QueryLog:
    """Searches counted in process memory and written to the database in batches.

    Writing a row per search would make every search a database write (on SQLite,
    one writer at a time for the whole site). Counts are written at most every
    ``MASTHEAD_SEARCH_LOG_FLUSH_SECONDS`` (by the request that finds them due) and
    when the process exits; a killed process loses at most that many seconds of
    counts, which only feed "popular searches".
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.counts: Counter = Counter()
        self.flushed_at = time.monotonic()
        atexit.register(self.flush)

    def add(self, language: str, day: dt.date, query: str) -> None:
        with self.lock:
            self.counts[(language, day, query)] += 1
            due = time.monotonic() - self.flushed_at >= _flush_seconds()
        if due:
            self.flush()

    def flush(self) -> int:
        """Write the counts held; return how many searches were written."""
        with self.lock:
            counts, self.counts = self.counts, Counter()
            self.flushed_at = time.monotonic()
        try:
            for (language, day, query), hits in counts.items():
                _add_hits(language, day, query, hits)
        except DatabaseError:
            logger.exception("Search counts not written; kept for the next flush.")
            with self.lock:
                self.counts.update(counts)
            return 0
        return sum(counts.values())


def _flush_seconds() -> float:
    return getattr(settings, "MASTHEAD_SEARCH_LOG_FLUSH_SECONDS", 10)


def _add_hits(language: str, day: dt.date, query: str, hits: int) -> None:
    counts = SearchQueryCount.objects.filter(language=language, counted_on=day, query=query)
    if counts.update(hits=F("hits") + hits):
        return
    try:
        with transaction.atomic():
            SearchQueryCount.objects.create(
                language=language, counted_on=day, query=query, hits=hits
            )
    except IntegrityError:
        counts.update(hits=F("hits") + hits)


query_log = QueryLog()


def record_query(raw_query: str, *, language: str) -> None:
    """Count one search of a normalised query in an edition today; keep nothing else."""
    query = normalize_query_text(raw_query, language)
    if query:
        query_log.add(language, timezone.localdate(), query)


def get_popular_searches(*, language: str, limit: int = 8) -> list[str]:
    """Return the edition's most searched queries of the last days, most frequent first.

    Read at most every POPULAR_CACHE_SECONDS per process (and when content changes),
    kept in process memory: the search page shows them on every request.
    """

    def load():
        since = timezone.localdate() - dt.timedelta(days=POPULAR_DAYS)
        return list(
            SearchQueryCount.objects.filter(language=language, counted_on__gte=since)
            .values("query")
            .annotate(total=Sum("hits"))
            .filter(total__gte=2)
            .order_by("-total", "query")
            .values_list("query", flat=True)[:limit]
        )

    return cached_for_generation(
        f"search:popular:{language}:{limit}", load, ttl=POPULAR_CACHE_SECONDS
    )
