"""Settings for the test suite: fast hashing, no services unless DATABASE_URL/REDIS_URL say so."""

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["*"]
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": ""}  # in memory
MASTHEAD_VIEWS_FLUSH_SECONDS = 0  # no background flusher: tests flush explicitly
