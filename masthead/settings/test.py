"""Settings for the test suite: fast hashing, no services unless DATABASE_URL/REDIS_URL say so."""

import os
from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, REDIS_URL, SQLITE_ENGINE

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["*"]
if DATABASES["default"]["ENGINE"] == SQLITE_ENGINE:
    # In memory. Spelled out: pytest-django only knows Django's own SQLite engine by name
    # and would give each xdist worker a file named after the database's path otherwise.
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}
else:
    # <name>_test (pytest-xdist adds _gw0, _gw1...): every database the suite makes starts
    # with the name DATABASE_URL gives, so runs against different names never meet.
    DATABASES["default"]["TEST"] = {"NAME": f"{DATABASES['default']['NAME']}_test"}
MASTHEAD_VIEWS_FLUSH_SECONDS = 0  # no background flusher: tests flush explicitly
MASTHEAD_SEARCH_LOG_FLUSH_SECONDS = 0  # every search written at once
MASTHEAD_SEARCH_CACHE_SECONDS = 0  # tests that cache results say so


def worker_redis_url(url: str, worker: str) -> str:
    """Give each pytest-xdist worker its own Redis database: REDIS_URL's number plus its index.

    The tests empty their Redis database between tests (cache.clear() is FLUSHDB), so two
    workers sharing one would wipe each other's keys mid-test.
    """
    if not url or not worker.startswith("gw"):
        return url
    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0) + int(worker[2:])
    if number > 15:
        raise RuntimeError(f"REDIS_URL {url}: worker {worker} would need Redis database {number}")
    return parts._replace(path=f"/{number}").geturl()


REDIS_URL = worker_redis_url(REDIS_URL, os.environ.get("PYTEST_XDIST_WORKER", ""))
if REDIS_URL:
    for _config in CACHES.values():
        _config["LOCATION"] = REDIS_URL
