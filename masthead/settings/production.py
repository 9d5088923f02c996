"""Settings for production: HTTPS only, no debug, every secret from the environment."""

import os

from .base import *  # noqa: F403
from .base import MASTHEAD_LOCAL_HTTP, STORAGES, env_bool

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]  # no default: boot fails without one

SECURE_SSL_REDIRECT = env_bool("MASTHEAD_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("MASTHEAD_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "masthead.core.storage.StaticFilesStorage"},
}

# `make serve` on loopback (MASTHEAD_LOCAL_HTTP=1): the same production stack over plain HTTP.
if MASTHEAD_LOCAL_HTTP:
    SECURE_SSL_REDIRECT = False
    SECURE_HSTS_SECONDS = 0
    SESSION_COOKIE_SECURE = False
    CSRF_COOKIE_SECURE = False
