"""What may be cached, under which key and which tags: decided on the raw WSGI environ."""

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

from django.conf import settings

# Never cached nor answered from the cache: the admin and its previews, the API, uploads,
# search results (one entry per query would only churn the cache).
DEFAULT_SKIP_PATHS = (
    r"^/(?:admin|django-admin|api|documents|static|media|__debug__)(?:/|$)"
    r"|^/[^/]+/search(?:/|$)"
    r"|/preview(?:/|$)"
)
# Groups of URLs purged together, without knowing each address.
DEFAULT_KINDS = {
    "feed": r"^/[^/]+/feeds?(?:/|$)|^/feeds?(?:/|$)|\.(?:rss|atom)$",
    "sitemap": r"(?:^|/)sitemap[^/]*\.xml$",
}
STORABLE_TYPES = (
    "text/html",
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "text/plain",
)
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "yclid", "dclid", "msclkid", "mc_cid", "mc_eid"})
MAX_QUERY_LENGTH = 512

ENVIRON_TAGS = "masthead.pagecache.tags"
ENVIRON_SKIP = "masthead.pagecache.skip"


@dataclass(frozen=True, slots=True)
class Policy:
    skip_paths: re.Pattern
    kinds: tuple[tuple[str, re.Pattern], ...]
    editions: frozenset[str]
    cookie_markers: tuple[str, ...]
    enabled: bool = True
    _skipped: dict = field(default_factory=dict, compare=False)  # path -> skipped, memoized

    @classmethod
    def from_settings(cls) -> "Policy":
        kinds = getattr(settings, "MASTHEAD_PAGECACHE_KINDS", DEFAULT_KINDS)
        skip = getattr(settings, "MASTHEAD_PAGECACHE_SKIP", DEFAULT_SKIP_PATHS)
        admin = getattr(settings, "MASTHEAD_ADMIN_PATH", "admin").strip("/")
        return cls(
            skip_paths=re.compile(rf"{skip}|^/{re.escape(admin)}(?:/|$)"),
            kinds=tuple((name, re.compile(pattern)) for name, pattern in kinds.items()),
            editions=frozenset(code for code, _name in settings.LANGUAGES),
            enabled=settings.MASTHEAD_PAGECACHE_ENABLED,
            # An editor's session, or any CSRF cookie: such a visitor may see what readers must not.
            cookie_markers=(f"{settings.SESSION_COOKIE_NAME}=", f"{settings.CSRF_COOKIE_NAME}="),
        )

    def request_is_cacheable(self, environ: dict) -> bool:
        """Return True when this request may be answered from, and stored into, the cache."""
        if environ.get("HTTP_AUTHORIZATION"):
            return False
        cookie = environ.get("HTTP_COOKIE")
        if cookie and any(marker in cookie for marker in self.cookie_markers):
            return False
        if len(environ.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
            return False
        return not self.is_skipped(environ.get("PATH_INFO", "/"))

    def is_skipped(self, path: str) -> bool:
        skipped = self._skipped.get(path)
        if skipped is None:
            skipped = bool(self.skip_paths.search(path))
            if len(self._skipped) > 10000:
                self._skipped.clear()
            self._skipped[path] = skipped
        return skipped

    def make_key(self, environ: dict) -> str:
        """Return scheme, host, path and the normalized query string as one key."""
        scheme = environ.get("HTTP_X_FORWARDED_PROTO") or environ.get("wsgi.url_scheme", "http")
        host = environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")
        query = environ.get("QUERY_STRING", "")
        if query:
            query = normalize_query(query)
        return f"{scheme}://{host.lower()}{environ.get('PATH_INFO', '/')}?{query}"

    def tags_for(self, environ: dict) -> tuple[str, ...]:
        """Return the tags a stored page is filed under (purges name these)."""
        path = environ.get("PATH_INFO", "/")
        first = path.split("/", 2)[1] if path.count("/") >= 2 else ""
        edition = first if first in self.editions else "-"
        tags = {"all", f"path:{path}", f"edition:{edition}"}
        for name, pattern in self.kinds:
            if pattern.search(path):
                tags.add(f"kind:{name}")
                tags.add(f"kind:{name}:{edition}")
        tags.update(environ.get(ENVIRON_TAGS, ()))
        return tuple(sorted(tags))

    def response_is_storable(self, environ: dict, status: str, headers: list) -> bool:
        """Return True for a plain public 200 response that is the same for every reader."""
        if not status.startswith("200") or environ.get(ENVIRON_SKIP):
            return False
        path = environ.get("PATH_INFO", "/")
        content_type = ""
        for name, value in headers:
            lname = name.lower()
            if lname == "set-cookie":
                return False
            if lname == "cache-control" and re.search(r"private|no-store|no-cache", value, re.I):
                return False
            if lname == "content-type":
                content_type = value.split(";", 1)[0].strip().lower()
            if lname.startswith("content-security-policy") and "'nonce-" in value:
                return False  # a nonce served twice is no nonce
            if lname == "vary" and not self._vary_is_harmless(value, path):
                return False
        return content_type in STORABLE_TYPES

    def _vary_is_harmless(self, vary: str, path: str) -> bool:
        """Cookie: readers never see per-cookie HTML (editors bypass the cache); Accept-Language:
        only under a language prefix, where the path already fixes the language."""
        segments = path.split("/", 2)
        in_edition = len(segments) > 2 and segments[1] in self.editions
        for item in vary.lower().split(","):
            header = item.strip()
            if header in {"accept-encoding", "cookie", ""}:
                continue
            if header == "accept-language" and in_edition:
                continue
            return False
        return True


def normalize_query(query: str) -> str:
    """Return the query string sorted, without tracking parameters."""
    pairs = [
        (name, value)
        for name, value in parse_qsl(query, keep_blank_values=True)
        if not name.startswith("utm_") and name not in TRACKING_PARAMS
    ]
    pairs.sort()
    return urlencode(pairs)


def add_tags(request, *tags: str) -> None:
    """File the response to this request under more tags (e.g. the page it shows)."""
    request.META.setdefault(ENVIRON_TAGS, set()).update(tags)


def skip_cache(request) -> None:
    """Keep the response to this request out of the page cache."""
    request.META[ENVIRON_SKIP] = True
