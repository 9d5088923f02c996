"""Acceptance: several worker processes count exactly, and stopping them loses nothing.

Each test runs gunicorn (3 processes x 4 threads) against its own database, a copy of one
made from the suite's freshly migrated test database (conftest.py: migrated_database). The
PostgreSQL + Redis variant runs when the suite itself runs on PostgreSQL + Redis.
"""

import os
import shutil
import signal
import sqlite3
import time

from django.conf import settings

import pytest

from . import servers

pytestmark = [
    # The servers' databases start as copies of the suite's migrated test database: have one
    # made (these tests' own transactions go unused).
    pytest.mark.django_db,
    # One pytest-xdist worker prepares each backend's database once for both tests.
    pytest.mark.xdist_group("concurrency"),
]

BACKENDS = ["sqlite"]
if os.environ.get("DATABASE_URL", "").startswith("postgres") and os.environ.get("REDIS_URL"):
    BACKENDS.append("postgres+redis")


@pytest.fixture(scope="module", params=BACKENDS)
def prepared(request, migrated_database, tmp_path_factory):
    """One migrated database per backend with 50 articles; tests work on copies."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("views") / "template.sqlite3"
        env = servers.make_env(f"sqlite:///{path}")
        # On PostgreSQL, the suite has no migrated SQLite database of its own to copy.
        source = migrated_database if migrated_database.startswith("sqlite") else ""
        source = source or servers.kept_migrated_sqlite()
        if source:
            shutil.copyfile(source.removeprefix("sqlite:///"), path)
        else:
            servers.migrate_database(env)
        page_ids = servers.seed_database(env)
        yield request.param, env, page_ids
        return
    url = servers.copy_postgres_database(migrated_database, servers.database_name("views"))
    env = servers.make_env(url, settings.REDIS_URL)
    page_ids = servers.seed_database(env)
    yield request.param, env, page_ids
    servers.drop_postgres_database(url)


@pytest.fixture
def app_env(prepared, tmp_path):
    """A fresh copy of the prepared database, its environment and article ids."""
    backend, template_env, page_ids = prepared
    if backend == "sqlite":
        source = template_env["DATABASE_URL"].removeprefix("sqlite:///")
        target = tmp_path / "views.sqlite3"
        with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        yield servers.make_env(f"sqlite:///{target}"), page_ids
        return
    url = servers.copy_postgres_database(
        template_env["DATABASE_URL"], servers.database_name("views")
    )
    yield servers.make_env(url, template_env["REDIS_URL"]), page_ids
    servers.drop_postgres_database(url)


def wait_for(check, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.5)


def test_200_clients_20000_beacons_count_exactly_and_sigterm_loses_nothing(app_env):
    app_env, page_ids = app_env
    assert len(page_ids) == 50
    server = servers.Server(app_env)
    try:
        results = servers.send_beacons(server.port, page_ids, total=20_000, clients=200)
        accepted = {key: n for key, n in results.items() if isinstance(key, int)}
        assert sum(results.values()) == 20_000
        assert sum(accepted.values()) >= 19_000, results  # distinct visitors: nearly all
        expected = {page_id: accepted.get(page_id, 0) for page_id in page_ids}
        # What the API answers: with Redis at once, without it once every process has
        # flushed and re-read the stored totals.
        assert wait_for(lambda: servers.get_counts(server.port, page_ids) == expected)
    finally:
        exit_code = server.stop(signal.SIGTERM)
    assert exit_code == 0
    assert servers.get_stored_counts(app_env["DATABASE_URL"]) == {
        page_id: n for page_id, n in expected.items() if n
    }


def test_sigterm_right_after_beacons_loses_no_count(app_env):
    app_env, page_ids = app_env
    app_env["MASTHEAD_VIEWS_FLUSH_SECONDS"] = "60"  # nothing is flushed before the signal
    server = servers.Server(app_env)
    try:
        results = servers.send_beacons(server.port, page_ids, total=2_000, clients=20)
    finally:
        assert server.stop(signal.SIGTERM) == 0
    accepted = {key: n for key, n in results.items() if isinstance(key, int)}
    assert sum(accepted.values()) == 2_000
    assert servers.get_stored_counts(app_env["DATABASE_URL"]) == accepted
