"""The SQLite backend converts each SQL text to "?" placeholders as Django does, once."""

from django.db import connection
from django.db.backends.sqlite3.base import SQLiteCursorWrapper as DjangoCursor

import pytest

from masthead.core.sqlite_backend.base import SQLiteCursorWrapper, to_qmark_style

TEXTS = [
    "SELECT 1",
    'SELECT "a" FROM "t" WHERE "b" = %s AND "c" IN (%s, %s)',
    "SELECT '100%%' AS share, %s AS value",
    "SELECT '%%s' AS literal WHERE 1 = %s",
]


@pytest.mark.parametrize("text", TEXTS)
def test_conversion_is_djangos(text):
    assert to_qmark_style(text) == DjangoCursor.convert_query(None, text)


def test_each_text_is_converted_once_and_long_ones_each_time():
    text = 'SELECT "x" FROM "once" WHERE "y" = %s'
    first = to_qmark_style(text)
    assert to_qmark_style(text) is first  # the very string: converted once, remembered
    long_text = "SELECT 1 WHERE 1 IN (" + ", ".join(["%s"] * 4000) + ")"
    converted = to_qmark_style(long_text)
    assert converted == DjangoCursor.convert_query(None, long_text)
    assert to_qmark_style(long_text) is not converted  # not kept


def test_named_parameters_are_still_djangos():
    cursor = SQLiteCursorWrapper.__new__(SQLiteCursorWrapper)
    converted = cursor.convert_query("SELECT %(a)s, %(b)s", param_names=["a", "b"])
    assert converted == "SELECT :a, :b"


@pytest.mark.django_db
def test_the_embedded_database_runs_through_it():
    if connection.vendor != "sqlite":
        # The PostgreSQL run has no SQLite connection; the conversion tests above still ran.
        assert connection.settings_dict["ENGINE"] != "masthead.core.sqlite_backend"
        return
    assert connection.settings_dict["ENGINE"] == "masthead.core.sqlite_backend"
    with connection.cursor() as cursor:
        assert isinstance(cursor.cursor, SQLiteCursorWrapper)
        cursor.execute("SELECT '100%%', %s, %s", ["a", 2])
        assert cursor.fetchone() == ("100%", "a", 2)
