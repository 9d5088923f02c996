"""Django's SQLite backend, converting each distinct SQL text to "?" placeholders once.

Django writes SQL with "%s" placeholders and its SQLite cursor rewrites them with a regular
expression before every execute. On a page type's query (forty-odd columns, two kilobytes
of SQL) that scan costs some 35 µs, for each of the handful of queries a page runs; the ORM
builds the same texts again and again, and the conversion is a pure function of the text.
"""

from functools import lru_cache

from django.db.backends.sqlite3 import base

# Texts the ORM builds differ only by the number of values in an IN list and the like:
# a few hundred shapes. Bounded in number, and long texts (bulk inserts, big IN lists)
# are converted each time rather than kept, so that one-off texts cannot grow the process.
_CONVERTED_TEXTS = 4096
_LONGEST_KEPT = 8192


def to_qmark_style(query: str) -> str:
    """Return the query with "%s" as "?" and "%%" as "%" (Django's conversion), remembered
    for texts of up to _LONGEST_KEPT characters."""
    if len(query) > _LONGEST_KEPT:
        return _convert(query)
    return _converted(query)


def _convert(query: str) -> str:
    return base.FORMAT_QMARK_REGEX.sub("?", query).replace("%%", "%")


_converted = lru_cache(maxsize=_CONVERTED_TEXTS)(_convert)


class SQLiteCursorWrapper(base.SQLiteCursorWrapper):
    def convert_query(self, query, *, param_names=None):
        if param_names is None:
            return to_qmark_style(query)
        return super().convert_query(query, param_names=param_names)


class DatabaseWrapper(base.DatabaseWrapper):
    def create_cursor(self, name=None):
        return self.connection.cursor(factory=SQLiteCursorWrapper)
