"""Uncached renders cost the same number of queries however large the archive grows."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from masthead.news.models import ArticleAuthor
from masthead.news.tests.factories import ArticlePageFactory, AuthorFactory, build_newsroom

pytestmark = pytest.mark.django_db


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_page_query_counts_do_not_grow_with_the_archive(client, settings):
    settings.MASTHEAD_PAGECACHE_ENABLED = False
    site = build_newsroom(sections=2, articles_per_section=3)
    article, section, home = site["articles"][1], site["sections"][0], site["home"]
    authors = [AuthorFactory() for _ in range(3)]
    for n, existing in enumerate(site["articles"]):  # same shape before and after: bylines, tags
        ArticleAuthor.objects.create(article=existing, author=authors[n % 3])
        existing.tags.add(f"topic-{n % 5}")
        existing.save()
    urls = [article.url, section.url, home.url]
    for url in urls:
        count_queries(client, url)  # warm per-process caches (site root paths, content types)
    before = [count_queries(client, url) for url in urls]

    start = article.published_at - dt.timedelta(days=30)
    for n in range(40):
        extra = ArticlePageFactory(
            parent=section,
            title=f"Archive story {n}",
            slug=f"archive-story-{n}",
            published_at=start + dt.timedelta(hours=n),
        )
        ArticleAuthor.objects.create(article=extra, author=authors[n % 3])
        extra.tags.add(f"topic-{n % 5}")
        extra.save()

    for url in urls:  # adding articles saved the section: what every page shows is read again
        count_queries(client, url)
    after = [count_queries(client, url) for url in urls]
    assert after == before
