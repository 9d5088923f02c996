"""Settings shared by every environment; the only module that reads the environment."""

import os
from pathlib import Path

from django.utils.csp import CSP

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "masthead"
VAR_DIR = Path(os.environ.get("MASTHEAD_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("MASTHEAD_DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("MASTHEAD_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("MASTHEAD_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Masthead, one concern per app (docs/architecture.md).
    "masthead.core",
    "masthead.i18n",
    "masthead.news",
    "masthead.ads",
    "masthead.search",
    "masthead.analytics",
    "masthead.pagecache",
    "masthead.distribution",
    "masthead.api",
    # Wagtail and its ecosystem.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail.api.v2",
    "rest_framework",
    "modelcluster",
    "taggit",
    # Django.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",  # Wagtail's database search index on PostgreSQL needs it
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "masthead.i18n.middleware.EditionLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "masthead.core.sites.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "masthead.core.transactions.AtomicAdminWritesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "masthead.core.middleware.AdminContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "masthead.urls"
WSGI_APPLICATION = "masthead.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                # i18n: `edition`, the active edition's publication name and legal lines.
                "masthead.i18n.context_processors.edition",
                # pagecache: `content_generation`, the key of the cached header and footer.
                "masthead.pagecache.generation.template_context",
            ],
        },
    },
]

SQLITE_ENGINE = "masthead.core.sqlite_backend"
# Storage: SQLite in WAL mode by default, PostgreSQL (or any engine) from DATABASE_URL.
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{VAR_DIR / 'masthead.sqlite3'}",
        conn_max_age=int(os.environ.get("MASTHEAD_DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Django's backend, converting each SQL text to SQLite's placeholders once (core).
    DATABASES["default"]["ENGINE"] = SQLITE_ENGINE
    # Connections are kept between requests (MASTHEAD_DB_CONN_MAX_AGE) on SQLite too: a
    # new one reads the schema and starts with a cold page cache (a search over a
    # 100,000-article archive paid for it on every request).
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers go on while one writer commits; IMMEDIATE avoids
        # upgrade deadlocks between concurrent writers.
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;"
            " PRAGMA mmap_size=268435456; PRAGMA cache_size=-65536;"
        ),
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and counters: process memory by default, Redis when REDIS_URL is set.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHE_KEY_PREFIX = os.environ.get("MASTHEAD_CACHE_PREFIX", "masthead")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {
                # A Redis outage degrades to cache misses, never to a 500.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "masthead",
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# Frontend: image renditions get their own cache alias, so a page never spends one query
# per image looking them up (Wagtail reads caches["renditions"] when it exists).
CACHES["renditions"] = {
    **CACHES["default"],
    "KEY_PREFIX": f"{CACHE_KEY_PREFIX}-renditions",
}
if not REDIS_URL:
    CACHES["renditions"]["LOCATION"] = "masthead-renditions"
# {% cache %} fragments (header, footer) in each process's memory: keyed by the content
# generation, they need no sharing, and reading them costs no round trip to Redis.
CACHES["template_fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "masthead-fragments",
    "KEY_PREFIX": CACHE_KEY_PREFIX,
    "OPTIONS": {"MAX_ENTRIES": 1000},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: every enabled language is a first-class edition.
LANGUAGE_CODE = "en"
ALL_LANGUAGES = {
    "en": "English",
    "ru": "Русский",
    "hy": "Հայերեն",
    "az": "Azərbaycanca",
}
_enabled = env_list("MASTHEAD_LANGUAGES", "en,ru,hy,az")
LANGUAGES = [(code, ALL_LANGUAGES.get(code, code)) for code in _enabled]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("MASTHEAD_TIME_ZONE", "Asia/Baku")
LOCALE_PATHS = [PROJECT_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("MASTHEAD_STATIC_ROOT", VAR_DIR / "static"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MASTHEAD_MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail.
WAGTAIL_SITE_NAME = os.environ.get("MASTHEAD_SITE_NAME", "Masthead")
WAGTAILADMIN_BASE_URL = os.environ.get("MASTHEAD_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILEMBEDS_FINDERS: list[dict] = []  # no oEmbed calls: videos use our own YouTube block
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
TAGGIT_CASE_INSENSITIVE = True
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party requests from the admin
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Security: strict by default; production.py adds the HTTPS-only parts.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail lets its own preview views be framed by the admin
SESSION_COOKIE_HTTPONLY = True
# Reader pages carry no inline script, so they need no nonce and stay cacheable;
# the admin's policy is relaxed per view where Wagtail needs it.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "frame-src": ["https://www.youtube-nocookie.com"],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
MASTHEAD_ADMIN_PATH = "admin"
# Paths outside the editions: a 404 there is not redirected into a language prefix.
MASTHEAD_UNPREFIXED_PATHS = ("/api/", "/admin/", "/static/", "/media/", "/documents/")
MASTHEAD_ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "frame-src": [CSP.SELF, "https://www.youtube-nocookie.com"],
    "frame-ancestors": [CSP.SELF],  # the preview panel frames the page being edited
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("MASTHEAD_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# Search (masthead.search, docs/search.md): Masthead's database engine by default;
# OpenSearch with one index per edition, each with its language's analyser, when a URL is set.
MASTHEAD_OPENSEARCH_URL = os.environ.get("MASTHEAD_OPENSEARCH_URL", "")
MASTHEAD_SEARCH_BACKEND = "opensearch" if MASTHEAD_OPENSEARCH_URL else "database"
OPENSEARCH_ANALYZERS = {
    "en": {"type": "english"},
    "ru": {"type": "russian"},
    "hy": {"type": "armenian"},
    # No Azerbaijani analyser ships with OpenSearch: Turkish lowercasing (dotted and
    # dotless i), ASCII folding of the Azerbaijani letters, the Turkish Snowball stemmer.
    "az": {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["az_lowercase", "asciifolding", "az_stemmer"],
    },
}
if MASTHEAD_OPENSEARCH_URL:
    for _code, _name in LANGUAGES:
        WAGTAILSEARCH_BACKENDS[f"opensearch-{_code}"] = {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [MASTHEAD_OPENSEARCH_URL],
            "INDEX_PREFIX": f"masthead-{_code}-",
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {
                        "analyzer": {
                            "default": OPENSEARCH_ANALYZERS.get(_code, {"type": "standard"})
                        },
                        "filter": {
                            "az_lowercase": {"type": "lowercase", "language": "turkish"},
                            "az_stemmer": {"type": "stemmer", "language": "turkish"},
                        },
                    }
                }
            },
        }

# Masthead's own settings.
MASTHEAD_PUBLICATION_NAME = os.environ.get("MASTHEAD_PUBLICATION_NAME", "Masthead")

# Views counting (analytics app): beacons per address ("N/seconds", "0" for no limit), proxies
# whose X-Forwarded-For is believed (IPs or CIDRs), seconds between flushes to the database.
MASTHEAD_VIEWS_RATE_LIMIT = os.environ.get("MASTHEAD_VIEWS_RATE_LIMIT", "120/60")
MASTHEAD_TRUSTED_PROXIES = env_list("MASTHEAD_TRUSTED_PROXIES")
MASTHEAD_VIEWS_FLUSH_SECONDS = float(os.environ.get("MASTHEAD_VIEWS_FLUSH_SECONDS", "2"))
# Seconds a page of search results is reused (it goes at once when content changes).
MASTHEAD_SEARCH_CACHE_SECONDS = float(os.environ.get("MASTHEAD_SEARCH_CACHE_SECONDS", "60"))
# Searches are counted in memory and written at most this often (popular searches).
MASTHEAD_SEARCH_LOG_FLUSH_SECONDS = float(os.environ.get("MASTHEAD_SEARCH_LOG_FLUSH_SECONDS", "10"))

# Distribution (feeds, sitemaps, social cards, Telegram): see docs/distribution.md.
MASTHEAD_TELEGRAM_API_URL = os.environ.get("MASTHEAD_TELEGRAM_API_URL", "https://api.telegram.org")
MASTHEAD_TELEGRAM_MESSAGES_PER_MINUTE = float(
    os.environ.get("MASTHEAD_TELEGRAM_MESSAGES_PER_MINUTE", "18")
)
MASTHEAD_SHARE_IMAGE_FONT = os.environ.get("MASTHEAD_SHARE_IMAGE_FONT", "")

# Page cache (masthead.pagecache): whole anonymous pages served before Django's middleware.
MASTHEAD_PAGECACHE_ENABLED = env_bool("MASTHEAD_PAGECACHE", True)
# Seconds a stored page lives when nothing purges it (purges are immediate).
MASTHEAD_PAGECACHE_TTL = int(os.environ.get("MASTHEAD_PAGECACHE_TTL", str(60 * 60 * 24)))
# Cache-Control of cached pages: browsers, shared caches (CDN) and stale-while-revalidate.
MASTHEAD_PAGECACHE_BROWSER_MAX_AGE = int(os.environ.get("MASTHEAD_PAGECACHE_MAX_AGE", "30"))
MASTHEAD_PAGECACHE_SHARED_MAX_AGE = int(os.environ.get("MASTHEAD_PAGECACHE_S_MAXAGE", "300"))
MASTHEAD_PAGECACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("MASTHEAD_PAGECACHE_SWR", "60"))
# Seconds nginx keeps a page before revalidating it with the app (X-Accel-Expires).
MASTHEAD_PAGECACHE_PROXY_TTL = int(os.environ.get("MASTHEAD_PAGECACHE_PROXY_TTL", "1"))
# Pages kept in each process's memory.
MASTHEAD_PAGECACHE_MAX_ENTRIES = int(os.environ.get("MASTHEAD_PAGECACHE_MAX_ENTRIES", "5000"))
# Purge journal shared by the processes of one machine when there is no Redis.
MASTHEAD_PAGECACHE_JOURNAL = os.environ.get(
    "MASTHEAD_PAGECACHE_JOURNAL", str(VAR_DIR / "pagecache.journal")
)
# Also write stored pages as files for nginx's try_files (docs/deployment.md, "Baked pages");
# empty: off.
MASTHEAD_PAGECACHE_BAKE_DIR = os.environ.get("MASTHEAD_PAGECACHE_BAKE_DIR", "")
# `make serve` on this machine only: plain HTTP on loopback (no HTTPS redirect, no HSTS,
# cookies without the Secure flag). Never set it on a server that others reach.
MASTHEAD_LOCAL_HTTP = env_bool("MASTHEAD_LOCAL_HTTP")
# A CDN or nginx purge address: Wagtail's frontend cache sends PURGE requests there.
MASTHEAD_FRONTEND_CACHE_URL = os.environ.get("MASTHEAD_FRONTEND_CACHE_URL", "")
if MASTHEAD_FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "masthead.pagecache.frontend.EncodingVariantsHTTPBackend",
            "LOCATION": MASTHEAD_FRONTEND_CACHE_URL,
        }
    }
