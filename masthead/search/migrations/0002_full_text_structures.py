"""Create the full-text structures beside the index table, for the database in use.

SQLite: two external-content FTS5 tables (unicode61 over the pre-analysed terms, no
diacritics folding of their own): one for articles, one for titles with a prefix index
for suggestions, kept in step with masthead_search_searchentry by triggers, so cascade
deletes clean them up too.
PostgreSQL: a generated tsvector column ('simple' configuration: the terms are
already analysed) with a GIN index.
"""

from django.db import migrations

def _fts_sql(table, columns, options, trigger, key="page_id"):
    """Return the SQL of an external-content FTS5 table and the triggers that feed it.

    ``key``: the index table's column the FTS5 rowid follows (0003 moves it to doc_key).
    """
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    entry = "masthead_search_searchentry"
    return [
        f"""
        CREATE VIRTUAL TABLE {table} USING fts5(
            {names}, content='{entry}', content_rowid='{key}', {options}
        )
        """,
        f"""
        CREATE TRIGGER {trigger}_insert AFTER INSERT ON {entry} BEGIN
            INSERT INTO {table}(rowid, {names}) VALUES (new.{key}, {new});
        END
        """,
        f"""
        CREATE TRIGGER {trigger}_delete AFTER DELETE ON {entry} BEGIN
            INSERT INTO {table}({table}, rowid, {names}) VALUES ('delete', old.{key}, {old});
        END
        """,
        f"""
        CREATE TRIGGER {trigger}_update AFTER UPDATE ON {entry} BEGIN
            INSERT INTO {table}({table}, rowid, {names}) VALUES ('delete', old.{key}, {old});
            INSERT INTO {table}(rowid, {names}) VALUES (new.{key}, {new});
        END
        """,
        f"INSERT INTO {table}({table}) VALUES ('rebuild')",
    ]


def sqlite_forward(key="page_id"):
    """The article index: no prefix index (whole terms only), so writes stay cheap.
    The title index: small, with prefix indexes for suggestions as the reader types."""
    return [
        *_fts_sql(
            "masthead_search_fts",
            ["title_terms", "body_terms", "scope"],
            "tokenize='unicode61 remove_diacritics 0'",
            "masthead_search_fts",
            key,
        ),
        *_fts_sql(
            "masthead_search_titles",
            ["title_terms", "title_words", "scope"],
            "tokenize='unicode61 remove_diacritics 0', prefix='2 3 4'",
            "masthead_search_titles",
            key,
        ),
    ]


SQLITE_FORWARD = sqlite_forward()
SQLITE_BACKWARD = [
    *(
        f"DROP TRIGGER IF EXISTS {table}_{event}"
        for table in ("masthead_search_fts", "masthead_search_titles")
        for event in ("update", "delete", "insert")
    ),
    "DROP TABLE IF EXISTS masthead_search_titles",
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
