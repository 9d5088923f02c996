"""Keep the search index in step with published articles."""

import html
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page

from masthead.news.models import ArticlePage

from .analysis import analyze, language_of, words
from .models import SNIPPET_TEXT_LENGTH, SearchEntry, document_key

MAX_TEXT_LENGTH = 60_000  # characters of body text kept per article (snippets, terms)
_SKIPPED_KEYS = frozenset({"image", "url", "id", "type"})


_TAG = re.compile(r"<[^>]*>")


def _strings(value) -> Iterator[str]:
    """Yield the text found in raw StreamField data (nested blocks included)."""
    if isinstance(value, str):
        if "<" in value:
            value = _TAG.sub(" ", value)  # rich text from the editor is well-formed HTML
        yield html.unescape(value) if "&" in value else value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _SKIPPED_KEYS:
                yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(
                item.get("value") if isinstance(item, dict) and "value" in item else item
            )


def article_text(*, kicker: str, lead: str, body) -> str:
    """Return the plain text of an article's kicker, lead and body."""
    raw = getattr(body, "raw_data", body) or []
    parts = [kicker, lead, *_strings(list(raw))]
    return " ".join(" ".join(part.split()) for part in parts if part)[:MAX_TEXT_LENGTH]


def build_entry(
    *,
    page_id: int,
    locale_id: int,
    language_code: str,
    section_id: int | None,
    title: str,
    kicker: str,
    lead: str,
    body,
    published_at,
) -> SearchEntry:
    """Return an unsaved index row for one article."""
    language = language_of(language_code)
    text = article_text(kicker=kicker, lead=lead, body=body)
    scope = f"lang{language}" + (f" sec{section_id}" if section_id else "")
    return SearchEntry(
        page_id=page_id,
        locale_id=locale_id,
        section_id=section_id,
        published_at=published_at,
        doc_key=document_key(published_at, page_id),
        title=title[:255],
        text=text[:SNIPPET_TEXT_LENGTH],
        title_terms=" ".join(analyze(title, language)),
        body_terms=" ".join(analyze(text, language)),
        title_words=" ".join(words(title, language)),
        scope=scope,
    )


def indexable_articles():
    """Return the articles that belong in the index: live and within their schedule.

    View restrictions are checked when searching, so that restricting or opening a
    section takes effect without reindexing its articles.
    """
    now = timezone.now()
    return ArticlePage.objects.filter(live=True, expired=False).filter(
        Q(expire_at__isnull=True) | Q(expire_at__gt=now),
        Q(go_live_at__isnull=True) | Q(go_live_at__lte=now),
    )


_ENTRY_FIELDS = ("id", "locale_id", "locale__language_code", "path", "title", "kicker", "lead")


def _entries(rows: list[tuple], sections: dict[str, int]) -> list[SearchEntry]:
    steplen = Page.steplen
    return [
        build_entry(
            page_id=page_id,
            locale_id=locale_id,
            language_code=language_code,
            section_id=sections.get(path[:-steplen]),
            title=title,
            kicker=kicker,
            lead=lead,
            body=body,
            published_at=published_at,
        )
        for page_id, locale_id, language_code, path, title, kicker, lead, body, published_at in rows
    ]


def _section_ids(paths: Iterable[str]) -> dict[str, int]:
    parents = {path[: -Page.steplen] for path in paths}
    return dict(Page.objects.filter(path__in=parents).values_list("path", "id"))


def _results_changed() -> None:
    """Move the content generation once the index change commits: cached results go.

    Publishing moves it too, but the index follows publishing in its own on-commit
    callback; a search made between the two must not be kept under the new one.
    """
    from masthead.pagecache.generation import reread_for_request
    from masthead.pagecache.handler import get_store

    def purge():
        get_store().purge({"search"})
        reread_for_request()

    transaction.on_commit(purge)


def index_article(page_id: int) -> bool:
    """Index one article, or drop it from the index when it should not be found.

    Return whether the article is in the index afterwards.
    """
    row = (
        indexable_articles()
        .filter(pk=page_id)
        .values_list(*_ENTRY_FIELDS, "body", "published_at")
        .first()
    )
    if row is None:
        if SearchEntry.objects.filter(page_id=page_id).delete()[0]:
            _results_changed()
        return False
    (entry,) = _entries([row], _section_ids([row[3]]))
    with transaction.atomic():
        # Delete then insert: one code path for new and changed articles, and the
        # SQLite triggers keep the FTS table exactly in step.
        SearchEntry.objects.filter(page_id=page_id).delete()
        entry.save(force_insert=True)
    _results_changed()
    return True


def index_subtree(page: Page) -> int:
    """Reindex every article at or under a page (after a move); return how many are in."""
    ids = list(ArticlePage.objects.filter(path__startswith=page.path).values_list("pk", flat=True))
    return sum(index_article(page_id) for page_id in ids)


def remove_article(page_id: int) -> None:
    """Drop an article from the index."""
    if SearchEntry.objects.filter(page_id=page_id).delete()[0]:
        _results_changed()


_COLUMNS = (
    "page_id",
    "locale_id",
    "section_id",
    "published_at",
    "doc_key",
    "title",
    "text",
    "title_terms",
    "body_terms",
    "title_words",
    "scope",
)


def _insert(entries: list[SearchEntry]) -> None:
    """Insert entries with one executemany (no model signals, no per-row overhead)."""
    table = connection.ops.quote_name(SearchEntry._meta.db_table)
    placeholders = ", ".join(["%s"] * len(_COLUMNS))
    published_at = SearchEntry._meta.get_field("published_at")
    rows = [
        [
            published_at.get_db_prep_value(entry.published_at, connection)
            if column == "published_at"
            else getattr(entry, column)
            for column in _COLUMNS
        ]
        for entry in entries
    ]
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} ({', '.join(_COLUMNS)}) VALUES ({placeholders})",  # noqa: S608
            rows,
        )


SQLITE_FTS_TABLES = ("masthead_search_fts", "masthead_search_titles")


@contextmanager
def _bulk_full_text():
    """On SQLite, pause the FTS triggers and rebuild the FTS tables once at the end.

    Row-by-row trigger upkeep costs a tokenization per insert and per delete; one
    'rebuild' reads the index table once. Must run inside a transaction: the triggers
    come back before it commits, and a failure rolls the DDL back with the rest.
    """
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s",
            [SearchEntry._meta.db_table],
        )
        triggers = cursor.fetchall()
        for name, _sql in triggers:
            cursor.execute(f"DROP TRIGGER {connection.ops.quote_name(name)}")
    yield
    with connection.cursor() as cursor:
        for table in SQLITE_FTS_TABLES:
            cursor.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")  # noqa: S608
        for _name, sql in triggers:
            cursor.execute(sql)


def rebuild_index(*, batch_size: int = 1000, progress=None) -> int:
    """Replace the whole index in one transaction, in bulk; return the number of entries.

    ``progress`` is called with the number of articles done after each batch.
    """
    queryset = indexable_articles().order_by("pk")
    done = 0
    with transaction.atomic(), _bulk_full_text():
        SearchEntry.objects.all().delete()
        last_pk = 0
        while True:
            rows = list(
                queryset.filter(pk__gt=last_pk).values_list(*_ENTRY_FIELDS, "body", "published_at")[
                    :batch_size
                ]
            )
            if not rows:
                break
            last_pk = rows[-1][0]
            _insert(_entries(rows, _section_ids(row[3] for row in rows)))
            done += len(rows)
            if progress:
                progress(len(rows))
        _results_changed()
    if connection.vendor == "postgresql":
        table = connection.ops.quote_name(SearchEntry._meta.db_table)
        with connection.cursor() as cursor:
            # Fresh statistics, so the planner picks the GIN index for selective terms.
            # VACUUM too, when it can run (not inside a transaction): the rebuild left a
            # dead row and dead index entries behind for every entry, and until autovacuum
            # comes, each search would visit them (a cold query read 15,650 heap blocks
            # instead of 5,000 after a few rebuilds, 1.3 s instead of 0.07 s).
            verb = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            cursor.execute(f"{verb} {table}")
    return done
