"""Create the full-text structures beside the index table, for the database in use.

SQLite: an external-content FTS5 table (unicode61 over the pre-analysed terms, no
diacritics folding of its own, a prefix index for suggestions) kept in step with
masthead_search_searchentry by triggers, so cascade deletes clean it up too.
PostgreSQL: a generated tsvector column ('simple' configuration: the terms are
already analysed) with a GIN index.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE masthead_search_fts USING fts5(
        title_terms, body_terms, title_words, scope,
        content='masthead_search_searchentry', content_rowid='page_id',
        tokenize='unicode61 remove_diacritics 0', prefix='2 3 4'
    )
    """,
    """
    CREATE TRIGGER masthead_search_fts_insert AFTER INSERT ON masthead_search_searchentry BEGIN
        INSERT INTO masthead_search_fts(rowid, title_terms, body_terms, title_words, scope)
        VALUES (new.page_id, new.title_terms, new.body_terms, new.title_words, new.scope);
    END
    """,
    """
    CREATE TRIGGER masthead_search_fts_delete AFTER DELETE ON masthead_search_searchentry BEGIN
        INSERT INTO masthead_search_fts(
            masthead_search_fts, rowid, title_terms, body_terms, title_words, scope
        ) VALUES ('delete', old.page_id, old.title_terms, old.body_terms, old.title_words, old.scope);
    END
    """,
    """
    CREATE TRIGGER masthead_search_fts_update AFTER UPDATE ON masthead_search_searchentry BEGIN
        INSERT INTO masthead_search_fts(
            masthead_search_fts, rowid, title_terms, body_terms, title_words, scope
        ) VALUES ('delete', old.page_id, old.title_terms, old.body_terms, old.title_words, old.scope);
        INSERT INTO masthead_search_fts(rowid, title_terms, body_terms, title_words, scope)
        VALUES (new.page_id, new.title_terms, new.body_terms, new.title_words, new.scope);
    END
    """,
    "INSERT INTO masthead_search_fts(masthead_search_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS masthead_search_fts_update",
    "DROP TRIGGER IF EXISTS masthead_search_fts_delete",
    "DROP TRIGGER IF EXISTS masthead_search_fts_insert",
    "DROP TABLE IF EXISTS masthead_search_fts",
]

POSTGRESQL_FORWARD = [
    """
    ALTER TABLE masthead_search_searchentry ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
        || setweight(to_tsvector('simple'::regconfig, body_terms), 'B')
        || setweight(to_tsvector('simple'::regconfig, title_words), 'C')
    ) STORED
    """,
    "CREATE INDEX masthead_search_vector ON masthead_search_searchentry USING gin (search_vector)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS masthead_search_vector",
    "ALTER TABLE masthead_search_searchentry DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("masthead_search", "0001_search_index")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
        ),
    ]
