"""Cover the candidates' columns with an index, and keep only the text snippets use.

SQLite stores a row's columns in order and reads a long value's overflow pages to
reach the columns after it: a query that needed an entry's locale, section or date
walked through the article's text and terms for each of 1,001 candidates. The
covering index answers those from the index; the text column (read for the ten hits
shown) keeps the first 5,000 characters, all a snippet looks at.

The FTS5 update triggers now fire only when an indexed column changes, so shortening
the text does not reindex every article.
"""

from django.conf import settings
from django.db import migrations, models

ENTRY = "masthead_search_searchentry"
TEXT_LENGTH = 5000


def _update_trigger(table, columns, *, when):
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    return [
        f"DROP TRIGGER IF EXISTS {table}_update",
        f"""
        CREATE TRIGGER {table}_update AFTER UPDATE {when} ON {ENTRY} BEGIN
            INSERT INTO {table}({table}, rowid, {names}) VALUES ('delete', old.doc_key, {old});
            INSERT INTO {table}(rowid, {names}) VALUES (new.doc_key, {new});
        END
        """,
    ]


FTS_COLUMNS = {
    "masthead_search_fts": ["title_terms", "body_terms", "scope"],
    "masthead_search_titles": ["title_terms", "title_words", "scope"],
}


def _triggers(*, narrow: bool):
    statements = []
    for table, columns in FTS_COLUMNS.items():
        when = f"OF doc_key, {', '.join(columns)}" if narrow else ""
        statements += _update_trigger(table, columns, when=when)
    return statements


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("masthead_search", "0003_document_keys"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(
                fields=["doc_key", "locale", "section", "published_at"],
                name="search_entry_key_cover",
            ),
        ),
        migrations.RunPython(_run(_triggers(narrow=True)), _run(_triggers(narrow=False))),
        migrations.RunSQL(
            f"UPDATE {ENTRY} SET text = substr(text, 1, {TEXT_LENGTH}) "
            f"WHERE length(text) > {TEXT_LENGTH}",
            migrations.RunSQL.noop,
        ),
    ]
