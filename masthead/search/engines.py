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
from .models import DOC_KEY_SHIFT, first_key_at

COUNT_CAP = 1000  # result counts stop here: "1,000+" needs no scan of every match
# The newest matches considered (and counted) per query: news readers want recent
# stories, and ranking every match of a common word in a big archive costs
# hundreds of milliseconds. One more than COUNT_CAP, so "1,000+" still shows.
CANDIDATES = COUNT_CAP + 1
# Both engines rank the newest RANKED candidates and list the rest by date after them:
# ranking reads each row's term positions (PostgreSQL: its tsvector, from TOAST
# storage; SQLite: FTS5's position lists and column sizes), a cost per ranked row.
RANKED = 300
SUGGESTION_HEADROOM = 4  # candidates per suggestion shown, for the few not visible
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
    from masthead.core.privacy import get_restrictions

    return sorted({restriction.page_path for restriction in get_restrictions()})


def _datetime(value: dt.datetime):
    """Return a datetime in the form the database stores (SQLite compares text)."""
    return connection.ops.adapt_datetimefield_value(value)


def _filter_sql(filters: Filters) -> tuple[str, list]:
    """Return the conditions every hit meets: edition, schedule, access, filters."""
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


def _key_range(filters: Filters, column: str) -> tuple[str, list]:
    """Return conditions on ``doc_key`` that bound the date filters (a superset: exact
    comparisons on published_at follow), so the full-text scan skips other dates."""
    sql, params = [], []
    if filters.published_from:
        sql.append(f"AND {column} >= %s")
        params.append(first_key_at(filters.published_from))
    if filters.published_before:
        sql.append(f"AND {column} < %s")
        params.append(first_key_at(filters.published_before) + DOC_KEY_SHIFT)
    return " ".join(sql), params


def _ordered_page(cursor, sql: str, params: list, *, offset: int, limit: int):
    """Run a query whose rows are (page_id, total); return (ids, total)."""
    cursor.execute(f"{sql} LIMIT %s OFFSET %s", [*params, limit, offset])
    rows = cursor.fetchall()
    if rows:
        return [row[0] for row in rows], rows[0][1]
    if not offset:
        return [], 0
    # Past the last page: no row carries the total, count it alone.
    cursor.execute(f"{sql} LIMIT 1", params)
    row = cursor.fetchone()
    return [], row[1] if row else 0


class SQLiteEngine:
    """SQLite FTS5 (unicode61 over pre-analysed terms) ranked by bm25.

    The FTS5 rowid is the entry's date-ordered ``doc_key``: a match is read newest
    first and stops after ``CANDIDATES`` rows, so a word found in half the archive
    costs no more than a rare one. Sorted by relevance, bm25 orders the newest
    ``RANKED`` of them and the rest follow by date.
    """

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

    def _candidates_sql(
        self, table: str, match: str, filters: Filters, limit: int, *, ranked: int = 0
    ):
        """Return the newest ``limit`` matching rows of an FTS table, and params; with
        ``ranked``, the bm25 rank (``r.rank``) of the newest ``ranked`` of them, the others
        having none.

        Ranked, that is two passes over the match, both newest first: one with bm25 that
        stops after ``ranked`` rows, one without (rowids only) that stops after ``limit``.
        bm25 reads each row's term positions and column sizes: for a common word, ranking
        every candidate took three quarters of the query; the pass without costs a fraction.
        CROSS JOIN fixes the join order (SQLite never reorders it): the candidates drive
        the query, each looked up once in the index table and the page tree.
        """
        key_range, key_params = _key_range(filters, "rowid")
        where, params = _filter_sql(filters)
        # Only fixed SQL and placeholders are spliced in; values go as parameters.
        newest = f"FROM {table} WHERE {table} MATCH %s {key_range} ORDER BY rowid DESC LIMIT %s"
        ranks, rank_join, rank_params = "", "", []
        if ranked:
            rank = f"bm25({table}, {TITLE_WEIGHT}, {BODY_WEIGHT}, 0.0)"
            ranks = f"r AS (SELECT rowid AS doc_key, {rank} AS rank {newest}), "
            rank_join = "LEFT JOIN r ON r.doc_key = c.doc_key "
            rank_params = [match, *key_params, ranked]
        sql = (
            f"WITH {ranks}c AS (SELECT rowid AS doc_key {newest}) "  # noqa: S608
            f"SELECT e.page_id, count(*) OVER () FROM c {rank_join}"
            "CROSS JOIN masthead_search_searchentry e ON e.doc_key = c.doc_key "
            "CROSS JOIN wagtailcore_page p ON p.id = e.page_id "
            f"WHERE {where}"
        )
        return sql, [*rank_params, match, *key_params, limit, *params]

    def search(self, query, filters, *, sort, offset, limit, any_term=False):
        match = self._match(query, filters, any_term=any_term, titles=False)
        # Sorted by date, nothing is ranked: bm25 is most of a common word's cost.
        ranked = 0 if sort == "date" else RANKED
        sql, params = self._candidates_sql(
            "masthead_search_fts", match, filters, CANDIDATES, ranked=ranked
        )
        order = "r.rank IS NULL, r.rank, c.doc_key DESC" if ranked else "c.doc_key DESC"
        with connection.cursor() as cursor:
            return _ordered_page(
                cursor, f"{sql} ORDER BY {order}", params, offset=offset, limit=limit
            )

    def suggest(self, query, filters, *, limit):
        match = self._match(query, filters, any_term=False, titles=True)
        sql, params = self._candidates_sql(
            "masthead_search_titles", match, filters, limit * SUGGESTION_HEADROOM
        )
        with connection.cursor() as cursor:
            cursor.execute(f"{sql} ORDER BY c.doc_key DESC LIMIT %s", [*params, limit])
            return [row[0] for row in cursor.fetchall()]


class PostgreSQLEngine:
    """PostgreSQL full text: 'simple' tsvectors over pre-analysed terms, ts_rank_cd.

    ``search_vector`` weighs title terms A and body terms B; ``title_vector`` and
    ``word_vector`` (unstemmed title words) serve suggestions. Queries carry no
    weight restriction, so the GIN indexes answer them without rechecking rows.
    Of the newest ``CANDIDATES`` matches, the newest ``RANKED`` are ranked, as on SQLite.
    """

    def _tsquery(self, terms, *, any_term: bool) -> str:
        return (" | " if any_term else " & ").join(f"'{term}'" for term in _checked(terms))

    def search(self, query, filters, *, sort, offset, limit, any_term=False):
        tsquery = self._tsquery(query.terms, any_term=any_term)
        key_range, key_params = _key_range(filters, "e.doc_key")
        section = "AND e.section_id = %s" if filters.section_id else ""
        section_params = [filters.section_id] if filters.section_id else []
        where, params = _filter_sql(filters)
        # The candidates are chosen from the index table alone, without reading any
        # tsvector (the GIN index decides the match, doc_key the order); the page
        # tree is read for them only, and only the newest RANKED are ranked.
        sql = (
            "WITH c AS MATERIALIZED (SELECT e.page_id, e.doc_key, "  # noqa: S608
            "row_number() OVER (ORDER BY e.doc_key DESC) AS n "
            "FROM masthead_search_searchentry e "
            "WHERE e.search_vector @@ to_tsquery('simple', %s) AND e.locale_id = %s "
            f"{section} {key_range} ORDER BY e.doc_key DESC LIMIT %s) "
            "SELECT e.page_id, count(*) OVER () FROM c "
            "JOIN masthead_search_searchentry e ON e.page_id = c.page_id "
            f"JOIN wagtailcore_page p ON p.id = e.page_id WHERE {where}"
        )
        params = [
            tsquery,
            filters.locale_id,
            *section_params,
            *key_params,
            CANDIDATES,
            *params,
        ]
        if sort == "date":
            sql += " ORDER BY c.doc_key DESC"
        else:
            # Weights {D, C, B, A}; normalization 1 divides by 1 + log(document length).
            sql += (
                " ORDER BY CASE WHEN c.n <= %s THEN ts_rank_cd(ARRAY[0, 0, %s, %s]::float4[],"
                " e.search_vector, to_tsquery('simple', %s), 1) ELSE -1 END DESC,"
                " c.doc_key DESC"
            )
            params += [RANKED, BODY_WEIGHT / TITLE_WEIGHT, 1.0, tsquery]
        with connection.cursor() as cursor:
            return _ordered_page(cursor, sql, params, offset=offset, limit=limit)

    def suggest(self, query, filters, *, limit):
        conditions, params = [], []
        if query.terms:
            conditions.append("e.title_vector @@ to_tsquery('simple', %s)")
            params.append(self._tsquery(query.terms, any_term=False))
        if query.prefix:
            (prefix,) = _checked([query.prefix])
            conditions.append("e.word_vector @@ to_tsquery('simple', %s)")
            params.append(f"'{prefix}':*")
        where, filter_params = _filter_sql(filters)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT e.page_id FROM masthead_search_searchentry e "  # noqa: S608
                "JOIN wagtailcore_page p ON p.id = e.page_id "
                f"WHERE {' AND '.join(conditions)} AND {where} "
                "ORDER BY e.doc_key DESC LIMIT %s",
                [*params, *filter_params, limit],
            )
            return [row[0] for row in cursor.fetchall()]


def get_engine():
    """Return the engine for the default database."""
    if connection.vendor == "postgresql":
        return PostgreSQLEngine()
    if connection.vendor == "sqlite":
        return SQLiteEngine()
    raise NotImplementedError(f"No Masthead search engine for {connection.vendor}.")
