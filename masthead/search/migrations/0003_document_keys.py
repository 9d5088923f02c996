"""Give index entries a date-ordered ``doc_key`` and key the full-text structures on it.

SQLite: the FTS5 tables take ``doc_key`` as their rowid, so a match can be read
newest first and stop after the candidates it needs (FTS5 walks rowids in order).
PostgreSQL: the queries no longer restrict terms by weight (a weight restriction
makes the GIN index recheck every match against its stored tsvector); titles and
title words get tsvectors and GIN indexes of their own, for suggestions.

Existing entries get their keys in one UPDATE and the FTS5 tables one 'rebuild',
so no reindexing of articles is needed.
"""

import importlib

from django.db import migrations, models

previous = importlib.import_module("masthead.search.migrations.0002_full_text_structures")

ENTRY = "masthead_search_searchentry"


SQLITE_FORWARD = previous.sqlite_forward(key="doc_key")

POSTGRESQL_FORWARD = [
    f"""
    ALTER TABLE {ENTRY}
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_terms), 'B')
    ) STORED,
    ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, title_terms)
    ) STORED,
    ADD COLUMN word_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple'::regconfig, title_words)
    ) STORED
    """,
    f"CREATE INDEX masthead_search_vector ON {ENTRY} USING gin (search_vector)",
    f"CREATE INDEX masthead_search_title_vector ON {ENTRY} USING gin (title_vector)",
    f"CREATE INDEX masthead_search_word_vector ON {ENTRY} USING gin (word_vector)",
    f"ANALYZE {ENTRY}",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS masthead_search_word_vector",
    "DROP INDEX IF EXISTS masthead_search_title_vector",
    "DROP INDEX IF EXISTS masthead_search_vector",
    f"ALTER TABLE {ENTRY} DROP COLUMN IF EXISTS word_vector, "
    "DROP COLUMN IF EXISTS title_vector, DROP COLUMN IF EXISTS search_vector",
]

FILL_KEYS = {
    # Seconds since 1970 times 2**31 plus the page id: see models.document_key.
    "sqlite": f"UPDATE {ENTRY} SET doc_key = "
    "CAST(strftime('%%s', published_at) AS INTEGER) * 2147483648 + page_id",  # %%: Django's % escape
    "postgresql": f"UPDATE {ENTRY} SET doc_key = "
    "floor(extract(epoch FROM published_at))::bigint * 2147483648 + page_id",
}


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor, [])
        for statement in [statements] if isinstance(statements, str) else statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("masthead_search", "0002_full_text_structures")]

    operations = [
        # The old structures go first: SQLite rebuilds the table to add the column,
        # and its triggers would go with the old table.
        migrations.RunPython(
            _run(
                {
                    "sqlite": previous.SQLITE_BACKWARD,
                    "postgresql": previous.POSTGRESQL_BACKWARD,
                }
            ),
            _run({"sqlite": previous.SQLITE_FORWARD, "postgresql": previous.POSTGRESQL_FORWARD}),
        ),
        migrations.AddField(
            model_name="searchentry",
            name="doc_key",
            field=models.BigIntegerField(null=True),
        ),
        migrations.RunPython(_run(FILL_KEYS), migrations.RunPython.noop),
        migrations.AlterField(
            model_name="searchentry",
            name="doc_key",
            field=models.BigIntegerField(unique=True),
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            _run(
                {
                    "sqlite": previous.SQLITE_BACKWARD,
                    "postgresql": POSTGRESQL_BACKWARD,
                }
            ),
        ),
    ]
