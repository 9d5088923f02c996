"""Full-text queries over the search index, one implementation per database engine.

Both engines receive terms that :mod:`masthead.search.analysis` has already reduced
to letters and digits; the query expression is still passed as a bound parameter,
never spliced into SQL.
"""

import datetime as dt
import re
from dataclasses import dataclass

from django.db import connection
from django.utils import timezone

from .analysis import ParsedQuery

COUNT_CAP = 1000  # result counts stop here: "1,000+" needs no scan of every match
_SAFE_TERM = re.compile(r"^\w+$")

# Weights: a match in the title counts ten times one in the body.
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0


@dataclass(frozen=True)
class Filters:
    locale_id: int
    language: str
    section_id: int | None = None
    published_from: dt.datetime | None = None
    published_before: dt.datetime | None = None


def _checked(terms) -> list[str]:
    terms = list(terms)
    for term in terms:
        if not _SAFE_TERM.match(term):  # the analyser guarantees it; refuse otherwise
            raise ValueError("Search terms must be letters and digits.")
    return terms


_VISIBLE = """
    p.live AND NOT p.expired
    AND (p.expire_at IS NULL OR p.expire_at > %s)
    AND (p.go_live_at IS NULL OR p.go_live_at <= %s)
"""


def _restricted_paths() -> list[str]:
    """Return the tree paths of pages with view restrictions (usually none)."""
    from wagtail.models import PageViewRestriction

    return list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())


def _datetime(value: dt.datetime):
    """Return a datetime in the form the database stores (SQLite compares text)."""
    return connection.ops.adapt_datetimefield_value(value)


def _filter_sql(filters: Filters) -> tuple[str, list]:
    now = _datetime(timezone.now())
    sql = ["e.locale_id = %s", _VISIBLE]
    params: list = [filters.locale_id, now, now]
    if filters.section_id:
        sql.append("e.section_id = %s")
        params.append(filters.section_id)
    if filters.published_from:
        sql.append("e.published_at >= %s")
        params.append(_datetime(filters.published_from))
    if filters.published_before:
        sql.append("e.published_at < %s")
        params.append(_datetime(filters.published_before))
    for path in _restricted_paths():
        # Tree paths are digits and letters only: no LIKE wildcard can occur in them.
        sql.append("p.path NOT LIKE %s")
        params.append(path + "%")
    return " AND ".join(sql), params


class SQLiteEngine:
    """SQLite FTS5 (unicode61 over pre-analysed terms) ranked by bm25."""

    @staticmethod
    def _quote(term: str) -> str:
        return '"' + term.replace('"', '""') + '"'

    def _match(self, query: ParsedQuery, filters: Filters, *, any_term: bool, titles: bool):
        terms = [self._quote(term) for term in _checked(query.terms)]
        parts = [f"scope : {self._quote('lang' + filters.language)}"]
        if filters.section_id:
            parts.append(f"scope : {self._quote('sec' + str(int(filters.section_id)))}")
        if terms:
            joined = (" OR " if any_term else " AND ").join(terms)
            columns = "title_terms" if titles else "{title_terms body_terms}"
            parts.append(f"{columns} : ({joined})")
        if query.prefix:
            (prefix,) = _checked([query.prefix])
            parts.append(f"title_words : {self._quote(prefix)} *")
        return " AND ".join(parts)

    def _from(self, match: str, filters: Filters, table: str = "masthead_search_fts"):
        where, params = _filter_sql(filters)
        # CROSS JOIN fixes the join order (SQLite never reorders it): the full-text
        # match drives the query; left alone, the planner may scan the edition's
        # entries and probe the FTS table once per row.
        sql = (
            f"FROM {table} "
            f"CROSS JOIN masthead_search_searchentry e ON e.page_id = {table}.rowid "
            "CROSS JOIN wagtailcore_page p ON p.id = e.page_id "
            f"WHERE {table} MATCH %s AND {where}"
        )
        return sql, [match, *params]

    def search(self, query, filters, *, sort, offset, limit, any_term=False):
        match = self._match(query, filters, any_term=any_term, titles=False)
        sql, params = self._from(match, filters)
        if sort == "date":
            order = "e.published_at DESC, e.page_id DESC"
        else:
            order = (
                f"bm25(masthead_search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}, 0.0), "
                "e.published_at DESC"
            )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.page_id {sql} ORDER BY {order} LIMIT %s OFFSET %s",
                [*params, limit, offset],
            )
            ids = [row[0] for row in cursor.fetchall()]
            cursor.execute(
                f"SELECT count(*) FROM (SELECT 1 {sql} LIMIT %s)",  # noqa: S608
                [*params, COUNT_CAP + 1],
            )
            (count,) = cursor.fetchone()
        return ids, count

    def suggest(self, query, filters, *, limit):
        match = self._match(query, filters, any_term=False, titles=True)
        sql, params = self._from(match, filters, table="masthead_search_titles")
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.page_id {sql} ORDER BY e.published_at DESC LIMIT %s",
                [*params, limit],
            )
            return [row[0] for row in cursor.fetchall()]


class PostgreSQLEngine:
    """PostgreSQL full text: a 'simple' tsvector over pre-analysed terms, ts_rank_cd.

    Weights: A title terms, B body terms, C unstemmed title words (suggestions only).
    """

    def _tsquery(self, query: ParsedQuery, *, any_term: bool, titles: bool) -> str:
        weight = "A" if titles else "AB"
        terms = [f"'{term}':{weight}" for term in _checked(query.terms)]
        expression = (" | " if any_term else " & ").join(terms)
        if any_term and len(terms) > 1:
            expression = f"({expression})"
        if query.prefix:
            (prefix,) = _checked([query.prefix])
            expression = " & ".join(filter(None, [expression, f"'{prefix}':*C"]))
        return expression

    def _from(self, tsquery: str, filters: Filters) -> tuple[str, list]:
        where, params = _filter_sql(filters)
        sql = (
            "FROM masthead_search_searchentry e "
            "JOIN wagtailcore_page p ON p.id = e.page_id "
            f"WHERE e.search_vector @@ to_tsquery('simple', %s) AND {where}"
        )
        return sql, [tsquery, *params]

    def search(self, query, filters, *, sort, offset, limit, any_term=False):
        tsquery = self._tsquery(query, any_term=any_term, titles=False)
        sql, params = self._from(tsquery, filters)
        if sort == "date":
            order, order_params = "e.published_at DESC, e.page_id DESC", []
        else:
            # Weights {D, C, B, A}; normalization 1 divides by 1 + log(document length).
            order = (
                "ts_rank_cd(ARRAY[0, 0, %s, %s]::float4[], e.search_vector, "
                "to_tsquery('simple', %s), 1) "
                "DESC, e.published_at DESC"
            )
            order_params = [BODY_WEIGHT / TITLE_WEIGHT, 1.0, tsquery]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.page_id {sql} ORDER BY {order} LIMIT %s OFFSET %s",
                [*params, *order_params, limit, offset],
            )
            ids = [row[0] for row in cursor.fetchall()]
            cursor.execute(
                f"SELECT count(*) FROM (SELECT 1 {sql} LIMIT %s) AS capped",  # noqa: S608
                [*params, COUNT_CAP + 1],
            )
            (count,) = cursor.fetchone()
        return ids, count

    def suggest(self, query, filters, *, limit):
        tsquery = self._tsquery(query, any_term=False, titles=True)
        sql, params = self._from(tsquery, filters)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.page_id {sql} ORDER BY e.published_at DESC LIMIT %s",
                [*params, limit],
            )
            return [row[0] for row in cursor.fetchall()]


def get_engine():
    """Return the engine for the default database."""
    if connection.vendor == "postgresql":
        return PostgreSQLEngine()
    if connection.vendor == "sqlite":
        return SQLiteEngine()
    raise NotImplementedError(f"No Masthead search engine for {connection.vendor}.")
