"""Reads of the stored counts: most read lists, top articles, daily series."""

import datetime as dt

from django.core.cache import cache
from django.db.models import Q, Sum
from django.utils import timezone

from masthead.news.models import ArticlePage

from .models import PageViews

MOST_READ_CACHE_VERSION_KEY = "analytics:most-read:version"
MOST_READ_TTL = 60  # seconds; the lists are also behind the page cache
MOST_READ_LENGTH = 5


def get_local_now() -> dt.datetime:
    return timezone.localtime()


def last_hours_filter(hours: int, now: dt.datetime | None = None) -> Q:
    """Select the buckets of the current hour and the hours - 1 before it."""
    start = (now or get_local_now()).replace(minute=0, second=0, microsecond=0)
    start = timezone.localtime(start - dt.timedelta(hours=hours - 1))
    return Q(day__gt=start.date()) | Q(day=start.date(), hour__gte=start.hour)


def days_filter(first: dt.date, last: dt.date) -> Q:
    return Q(day__gte=first, day__lte=last)


def get_top_page_ids(window: Q, *, locale_id: int | None = None, limit: int = 10) -> list:
    """Return [(page id, views)] with the most views in the window, most first."""
    rows = PageViews.objects.filter(window)
    if locale_id is not None:
        rows = rows.filter(page__locale_id=locale_id)
    rows = rows.values("page_id").annotate(views=Sum("count")).order_by("-views", "page_id")
    return [(row["page_id"], row["views"]) for row in rows[:limit]]


def get_most_read(locale_id: int) -> dict:
    """Return the most read live articles of one edition: {"day": [...], "week": [...]}.

    Each item is {"title", "url", "views"}; cached for a minute, so a render costs no query
    when the lists are warm and four queries when they are not.
    """
    version = cache.get_or_set(MOST_READ_CACHE_VERSION_KEY, 1, None)
    key = f"analytics:most-read:{version}:{locale_id}"
    lists = cache.get(key)
    if lists is not None:
        return lists
    now = get_local_now()
    # Ask for more than shown: some of the most viewed may since have been unpublished.
    windows = {
        "day": get_top_page_ids(last_hours_filter(24, now), locale_id=locale_id, limit=15),
        "week": get_top_page_ids(
            days_filter(now.date() - dt.timedelta(days=6), now.date()),
            locale_id=locale_id,
            limit=15,
        ),
    }
    ids = {page_id for rows in windows.values() for page_id, _ in rows}
    pages = ArticlePage.objects.live().public().filter(pk__in=ids).only("id", "title", "url_path")
    by_id = {page.pk: page for page in pages}
    lists = {
        name: [
            {"title": by_id[page_id].title, "url": by_id[page_id].get_url(), "views": views}
            for page_id, views in rows
            if page_id in by_id
        ][:MOST_READ_LENGTH]
        for name, rows in windows.items()
    }
    cache.set(key, lists, MOST_READ_TTL)
    return lists


def get_top_articles(window: Q, *, locale_id: int | None = None, limit: int = 50) -> list:
    """Return [(article, views)] for the dashboard, unpublished articles included."""
    rows = get_top_page_ids(window, locale_id=locale_id, limit=limit)
    pages = ArticlePage.objects.filter(pk__in=[page_id for page_id, _ in rows]).select_related(
        "locale"
    )
    by_id = {page.pk: page for page in pages}
    return [(by_id[page_id], views) for page_id, views in rows if page_id in by_id]


def get_daily_views(page_id: int, first: dt.date, last: dt.date) -> list[tuple[dt.date, int]]:
    """Return [(day, views)] for every day from first to last, zeros included."""
    rows = (
        PageViews.objects.filter(days_filter(first, last), page_id=page_id)
        .values("day")
        .annotate(views=Sum("count"))
    )
    by_day = {row["day"]: row["views"] for row in rows}
    days = (last - first).days + 1
    return [
        (first + dt.timedelta(days=i), by_day.get(first + dt.timedelta(days=i), 0))
        for i in range(max(days, 0))
    ]
