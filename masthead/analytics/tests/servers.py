"""Run the real app in several worker processes against a database of its own, and load it.

Used by the concurrency tests: pytest-django's test database is invisible to other processes
(in memory, or inside a transaction), so these prepare their own database (a copy of the
migrated test database, or migrate a new one, then a few articles) and server.
"""

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from collections import Counter
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[3]
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0"

SEED = """
import json
from masthead.news.tests.factories import build_newsroom
newsroom = build_newsroom(sections={sections}, articles_per_section={per_section})
print("IDS=" + json.dumps([article.pk for article in newsroom["articles"]]))
"""


def find_free_port() -> int:
    """A port the system has just given out as free (not a fixed range another run may use)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_env(database_url: str, redis_url: str = "", **extra: str) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_URL", "REDIS_URL", "MASTHEAD_", "DJANGO_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="masthead.settings.production",
        SECRET_KEY="views-acceptance-test-only",
        DATABASE_URL=database_url,
        MASTHEAD_SSL_REDIRECT="0",
        MASTHEAD_ALLOWED_HOSTS="127.0.0.1,localhost",
        MASTHEAD_TRUSTED_PROXIES="127.0.0.1",
        MASTHEAD_LOG_LEVEL="WARNING",
        MASTHEAD_CACHE_PREFIX=f"views-test-{os.getpid()}-{time.monotonic_ns()}",
        PYTHONUNBUFFERED="1",
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    env.update(extra)
    return env


def manage(env: dict, *args: str, **kwargs) -> subprocess.CompletedProcess:
    """Run manage.py with `env` (production settings) in a new process."""
    return subprocess.run(
        [sys.executable, str(BASE_DIR / "manage.py"), *args],
        env=env,
        check=True,
        cwd=BASE_DIR,
        **kwargs,
    )


def migrate_database(env: dict) -> None:
    """Run every migration on the database of `env` (when no migrated copy is at hand)."""
    # The system checks are not what this prepares for (and are run by the suite's own job).
    manage(env, "migrate", "--noinput", "--skip-checks", "-v0")


def seed_database(env: dict, *, sections: int = 5, per_section: int = 10) -> list[int]:
    """Create articles in the (migrated) database of `env`; return their ids."""
    result = manage(
        env,
        "shell",
        "-c",
        SEED.format(sections=sections, per_section=per_section),
        capture_output=True,
        text=True,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("IDS="))
    return json.loads(line[4:])


# .ci/run names a file here: its SQLite run leaves a migrated database in it, from which the
# SQLite variant of its PostgreSQL run starts instead of migrating one (same checkout).
KEEP_MIGRATED_SQLITE = "MASTHEAD_TEST_MIGRATED_SQLITE"


def keep_migrated_sqlite(url: str) -> None:
    """Leave a copy of a migrated SQLite database where KEEP_MIGRATED_SQLITE says, if it does."""
    kept = os.environ.get(KEEP_MIGRATED_SQLITE)
    if kept:
        partial = Path(f"{kept}.{os.getpid()}")
        shutil.copyfile(url.removeprefix("sqlite:///"), partial)
        partial.replace(kept)  # whole or absent, whichever xdist worker writes last


def kept_migrated_sqlite() -> str:
    """The URL of the database keep_migrated_sqlite() left, or "" if there is none."""
    kept = os.environ.get(KEEP_MIGRATED_SQLITE)
    return f"sqlite:///{kept}" if kept and Path(kept).is_file() else ""


def copy_test_database(sqlite_path: Path) -> str:
    """Copy the suite's own database as it is now; return the copy's DATABASE_URL.

    SQLite (in memory) is copied to `sqlite_path`; PostgreSQL to `<test database>_migrated`,
    which needs every connection to the test database closed first.
    """
    import sqlite3
    from contextlib import closing

    from django.db import connection, connections

    if connection.vendor == "sqlite":
        if not connection.is_in_memory_db():
            raise RuntimeError("no test database: mark the test django_db")
        connection.ensure_connection()
        with closing(sqlite3.connect(sqlite_path)) as target:
            connection.connection.backup(target)
        return f"sqlite:///{sqlite_path}"
    given = urllib.parse.urlsplit(os.environ["DATABASE_URL"])
    name = connection.settings_dict["NAME"]
    if name == given.path.strip("/"):
        raise RuntimeError("no test database: mark the test django_db")
    connections.close_all()
    return copy_postgres_database(given._replace(path=f"/{name}").geturl(), f"{name}_migrated")


class Server:
    """gunicorn with several worker processes (threads too) on a free port."""

    def __init__(self, env: dict, *, workers: int = 3, threads: int = 4):
        self.port = find_free_port()
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "masthead.wsgi:application",
                f"--bind=127.0.0.1:{self.port}",
                f"--workers={workers}",
                "--worker-class=gthread",
                f"--threads={threads}",
                "--graceful-timeout=30",
                "--backlog=2048",
                "--log-level=warning",
            ],
            env=env,
            cwd=BASE_DIR,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.2)
        self.stop(signal.SIGKILL)
        raise RuntimeError("the server did not start in time")

    def stop(self, sig=signal.SIGTERM, timeout: float = 60) -> int:
        """Signal the server (master and, for SIGKILL, every worker) and wait for it."""
        if self.process.poll() is None:
            if sig == signal.SIGKILL:
                os.killpg(self.process.pid, signal.SIGKILL)
            else:
                self.process.send_signal(sig)
        return self.process.wait(timeout=timeout)


def request(port: int, method: str, path: str, headers: dict) -> tuple[int, dict]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    finally:
        connection.close()


def send_beacons(port: int, page_ids: list[int], *, total: int, clients: int) -> Counter:
    """Send `total` beacons from distinct visitors over `clients` keep-alive connections.

    Return the accepted (200) beacons per page id; every other answer is counted under its
    status code.
    """
    results: Counter = Counter()
    lock = threading.Lock()
    per_client = [total // clients + (1 if i < total % clients else 0) for i in range(clients)]

    def client(number: int) -> None:
        mine: Counter = Counter()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for i in range(per_client[number]):
            serial = number * 1_000_000 + i
            page_id = page_ids[serial % len(page_ids)]
            address = f"10.{number // 256}.{number % 256}.{i % 250 + 1}"
            headers = {
                "X-Forwarded-For": address,
                "User-Agent": f"{BROWSER} visitor/{serial}",
                "Content-Length": "0",
            }
            for attempt in range(3):
                try:
                    connection.request("POST", f"/api/v1/views/{page_id}/", headers=headers)
                    response = connection.getresponse()
                    response.read()
                    break
                except (http.client.HTTPException, OSError):
                    # The request may not have reached the server: a retry is the same
                    # visitor, so it cannot count twice.
                    connection.close()
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                    if attempt == 2:
                        raise
            mine[page_id if response.status == 200 else f"status {response.status}"] += 1
        connection.close()
        with lock:
            results.update(mine)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def get_counts(port: int, page_ids: list[int]) -> dict[int, int]:
    counts = {}
    for page_id in page_ids:
        status, body = request(port, "GET", f"/api/v1/views/{page_id}/", {"User-Agent": BROWSER})
        assert status == 200, (status, body)
        counts[page_id] = body["views"]
    return counts


def get_stored_counts(database_url: str) -> dict[int, int]:
    """Read the flushed buckets straight from the database, per page."""
    query = "SELECT page_id, SUM(count) FROM analytics_pageviews GROUP BY page_id"
    if database_url.startswith("sqlite"):
        import sqlite3

        path = urllib.parse.urlparse(database_url).path
        with sqlite3.connect(path) as db:
            return {page_id: int(n) for page_id, n in db.execute(query)}
    import psycopg

    with psycopg.connect(database_url) as db:
        return {page_id: int(n) for page_id, n in db.execute(query)}


def database_name(kind: str) -> str:
    """A new database name that starts with DATABASE_URL's own, like the suite's test database."""
    base = urllib.parse.urlsplit(os.environ["DATABASE_URL"]).path.strip("/")
    return f"{base}_{kind}_{uuid.uuid4().hex[:8]}"


def drop_postgres_database(database_url: str) -> None:
    import psycopg

    parsed = urllib.parse.urlparse(database_url)
    name = parsed.path.lstrip("/")
    with psycopg.connect(parsed._replace(path="/postgres").geturl(), autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def copy_postgres_database(database_url: str, name: str) -> str:
    """Create a copy of the database in `database_url`; return its URL."""
    import psycopg

    parsed = urllib.parse.urlparse(database_url)
    template = parsed.path.lstrip("/")
    with psycopg.connect(parsed._replace(path="/postgres").geturl(), autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        db.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return parsed._replace(path=f"/{name}").geturl()
