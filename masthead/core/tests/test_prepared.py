"""Prepared queries: the same rows as the ORM, compiled once, never leaking into clones."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page

import pytest

from masthead.core.prepared import PreparedQuery
from masthead.news.models import ArticlePage
from masthead.news.tests.reader_site import build_reader_site


@pytest.fixture
def site(db):
    return build_reader_site(sections=2, articles_per_section=3, with_images=False)


def section_articles(parent_path, depth, published_at, title):
    return (
        ArticlePage.objects.live()
        .filter(
            path__startswith=parent_path,
            depth=depth,
            published_at__lte=published_at,
        )
        .exclude(title=title)
        .select_related("locale")
        .order_by("-published_at", "-pk")
    )


def children_of(section) -> dict:
    """The values that ask for every article of a section published until now."""
    return {
        "parent_path": section.path,
        "depth": section.depth + 1,
        "published_at": timezone.now(),
        "title": "",
    }


PREPARED = PreparedQuery(
    section_articles, parent_path="startswith", depth="int", published_at="datetime", title="str"
)


@pytest.mark.django_db
def test_prepared_rows_equal_the_orms_for_every_value(site):
    now = timezone.now()
    for section in site["sections"]:
        for published_at in (
            now,
            now - dt.timedelta(days=1, hours=12),
            now - dt.timedelta(days=400),
        ):
            for title in ("", section.get_children().first().title):
                values = {
                    "parent_path": section.path,
                    "depth": section.depth + 1,
                    "published_at": published_at,
                    "title": title,
                }
                expected = list(section_articles(**values))
                got = list(PREPARED(**values))
                assert [a.pk for a in got] == [a.pk for a in expected]
                assert [a.locale.language_code for a in got] == ["en"] * len(expected)
    assert (
        len(PREPARED(parent_path=section.path, depth=section.depth + 1, published_at=now, title=""))
        == 3
    )


@pytest.mark.django_db
def test_a_prepared_query_is_not_compiled_again(site, monkeypatch):
    from django.db.models.sql.compiler import SQLCompiler

    values = children_of(site["sections"][0])
    list(PREPARED(**values))  # prepared (at most once per process)
    compiled = []
    original = SQLCompiler.as_sql
    monkeypatch.setattr(
        SQLCompiler, "as_sql", lambda self, *a, **k: compiled.append(1) or original(self, *a, **k)
    )
    with CaptureQueriesContext(connection) as queries:
        rows = list(PREPARED(**values))
    assert rows and len(queries) == 1 and compiled == []


@pytest.mark.django_db
def test_row_converters_are_worked_out_once_and_still_applied(site, monkeypatch):
    from django.db.models.sql.compiler import SQLCompiler

    values = children_of(site["sections"][1])
    list(PREPARED(**values))
    expected = list(section_articles(**values))
    asked = []
    original = SQLCompiler.get_converters
    monkeypatch.setattr(
        SQLCompiler, "get_converters", lambda self, e: asked.append(1) or original(self, e)
    )
    rows = PREPARED(**values)
    assert asked == []
    assert [row.published_at for row in rows] == [row.published_at for row in expected]
    assert all(timezone.is_aware(row.published_at) for row in rows)
    assert [row.live for row in rows] == [True] * len(expected)


@pytest.mark.django_db
def test_rows_come_with_their_prefetches_and_as_a_list(site):
    section = site["sections"][0]

    def build(parent_path, depth):
        return (
            ArticlePage.objects.live()
            .filter(path__startswith=parent_path, depth=depth)
            .prefetch_related("article_authors")
            .order_by("pk")
        )

    prepared = PreparedQuery(build, parent_path="startswith", depth="int")
    prepared(parent_path=section.path, depth=section.depth + 1)
    with CaptureQueriesContext(connection) as queries:
        rows = prepared(parent_path=section.path, depth=section.depth + 1)
    assert isinstance(rows, list) and len(rows) == 3
    assert len(queries) == 2  # the rows, then every article's authors at once
    with CaptureQueriesContext(connection) as queries:
        assert all(list(row.article_authors.all()) for row in rows)
    assert len(queries) == 0


@pytest.mark.django_db
def test_translations_by_uuid_key(site):
    page = site["articles"][0]
    prepared = PreparedQuery(
        lambda key: Page.objects.live().filter(translation_key=key), key="uuid"
    )
    assert [p.pk for p in prepared(key=page.translation_key)] == [page.pk]
    assert [p.pk for p in prepared(key=str(page.translation_key))] == [page.pk]


@pytest.mark.django_db
def test_values_the_orm_transforms_cannot_be_prepared(site):
    contains = PreparedQuery(lambda title: Page.objects.filter(title__contains=title), title="str")
    with pytest.raises(ValueError, match="transformed"):
        contains(title="x")
    with pytest.raises(TypeError):
        PREPARED(depth=3)


@pytest.mark.django_db
def test_rows_are_read_where_the_routers_send_reads(site, monkeypatch):
    from django.db import router

    asked = []

    def db_for_read(model, **hints):
        asked.append(model)
        return "default"

    monkeypatch.setattr(router, "db_for_read", db_for_read)
    section = site["sections"][0]
    rows = PREPARED(
        parent_path=section.path, depth=section.depth + 1, published_at=timezone.now(), title=""
    )
    assert len(rows) == 3 and ArticlePage in asked
