"""The WSGI layer in front of Django: answers hits from stored bytes, renders misses once."""

import logging
import threading
import time
from email.utils import parsedate_to_datetime

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import Signal, receiver

from .entry import CachedPage, build_cached_page, etag_matches
from .policy import Policy
from .store import MemoryStore, RedisStore

logger = logging.getLogger(__name__)

# Sent after a missed page was rendered by Django and stored (sender: the handler).
page_stored = Signal()

WAIT_FOR_RENDER_SECONDS = 10.0
RESET_ON = {
    "REDIS_URL",
    "LANGUAGES",
    "MASTHEAD_ADMIN_PATH",
    "SESSION_COOKIE_NAME",
    "CSRF_COOKIE_NAME",
}
_store = None
_store_lock = threading.Lock()


def get_store():
    """Return the process's page store, built from the settings on first use."""
    global _store
    if _store is None:
        with _store_lock:
            if _store is None:
                _store = build_store()
    return _store


def build_store():
    store = _build_page_store()
    if settings.MASTHEAD_PAGECACHE_BAKE_DIR:
        from .bake import Bakery, BakingStore

        return BakingStore(store, Bakery(settings.MASTHEAD_PAGECACHE_BAKE_DIR))
    return store


def _build_page_store():
    if settings.REDIS_URL:
        return RedisStore(
            url=settings.REDIS_URL,
            prefix=settings.CACHE_KEY_PREFIX,
            max_entries=settings.MASTHEAD_PAGECACHE_MAX_ENTRIES,
            ttl=settings.MASTHEAD_PAGECACHE_TTL,
        )
    return MemoryStore(
        max_entries=settings.MASTHEAD_PAGECACHE_MAX_ENTRIES,
        ttl=settings.MASTHEAD_PAGECACHE_TTL,
        journal=settings.MASTHEAD_PAGECACHE_JOURNAL,
    )


@receiver(setting_changed)
def _reset_on_setting_change(*, setting, **kwargs):
    global _store
    if setting.startswith("MASTHEAD_PAGECACHE") or setting in RESET_ON:
        _store = None
        PageCacheHandler.policy = None


def cache_control_value() -> str:
    return (
        f"public, max-age={settings.MASTHEAD_PAGECACHE_BROWSER_MAX_AGE}, "
        f"s-maxage={settings.MASTHEAD_PAGECACHE_SHARED_MAX_AGE}, "
        f"stale-while-revalidate={settings.MASTHEAD_PAGECACHE_STALE_WHILE_REVALIDATE}"
    )


class _Flight:
    """One render in progress: the requests for the same key wait on it."""

    __slots__ = ("done", "page")

    def __init__(self):
        self.done = threading.Event()
        self.page: CachedPage | None = None


class PageCacheHandler:
    """Wrap a WSGI application (Django's) with the full-page cache.

    A hit never enters Django: no middleware, no URL routing, no database. A miss goes
    through Django once per key while concurrent requests for it wait for the result.
    """

    policy: Policy | None = None

    def __init__(self, app):
        self.app = app
        self._flights: dict[str, threading.Event] = {}
        self._flights_lock = threading.Lock()

    def __call__(self, environ, start_response):
        policy = self.policy or self._load_policy()
        if not policy.enabled:
            return self.app(environ, start_response)
        method = environ.get("REQUEST_METHOD")
        if method not in ("GET", "HEAD") or not policy.request_is_cacheable(environ):
            return self.app(environ, start_response)
        key = policy.make_key(environ)
        store = get_store()
        page = store.get(key)
        if page is not None:
            return self._serve(page, environ, start_response)
        if method == "HEAD":
            return self.app(environ, start_response)
        return self._miss(store, policy, key, environ, start_response)

    @classmethod
    def _load_policy(cls) -> Policy:
        cls.policy = Policy.from_settings()
        return cls.policy

    # Misses: one render per key, the others wait for it.
    def _miss(self, store, policy, key, environ, start_response):
        with self._flights_lock:
            flight = self._flights.get(key)
            leader = flight is None
            if leader:
                flight = self._flights[key] = _Flight()
        if not leader:
            flight.done.wait(WAIT_FOR_RENDER_SECONDS)
            # The leader hands its page over in memory: reading it back from a busy
            # shared store could time out and make this request render a second time.
            page = flight.page or store.get(key)
            if page is not None:
                return self._serve(page, environ, start_response)
            return self.app(environ, start_response)
        try:
            with store.render_lock(key, WAIT_FOR_RENDER_SECONDS) as acquired:
                # A request that missed just before the previous leader stored the page
                # becomes a leader only after that flight has ended: it looks again so
                # that it serves the stored page instead of rendering it a second time.
                page = store.get(key) if acquired else self._wait_for_other_process(store, key)
                if page is not None:
                    flight.page = page
                    return self._serve(page, environ, start_response)
                return self._render(store, policy, key, flight, environ, start_response)
        finally:
            flight.done.set()
            with self._flights_lock:
                self._flights.pop(key, None)

    @staticmethod
    def _wait_for_other_process(store, key) -> CachedPage | None:
        deadline = time.monotonic() + WAIT_FOR_RENDER_SECONDS
        while time.monotonic() < deadline:
            time.sleep(0.02)
            page = store.get(key)
            if page is not None:
                return page
        return None

    def _render(self, store, policy, key, flight, environ, start_response):
        token = store.token()
        captured: list = []
        chunks: list[bytes] = []

        def capture(status, headers, exc_info=None):
            captured[:] = [status, headers]
            return chunks.append

        result = self.app(environ, capture)
        try:
            chunks.extend(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        status, headers = captured
        body = b"".join(chunks)
        if body and policy.response_is_storable(environ, status, headers):
            page = build_cached_page(
                status=status,
                headers=headers,
                body=body,
                tags=policy.tags_for(environ),
                cache_control=cache_control_value(),
                proxy_ttl=settings.MASTHEAD_PAGECACHE_PROXY_TTL,
                now=time.time(),
            )
            if store.put(key, page, token):
                page_stored.send(sender=self.__class__, key=key, page=page)
                # Only a page the store accepted is handed to the waiting requests: one
                # refused because a purge ran during the render may already be stale.
                flight.page = page
            return self._serve(page, environ, start_response)
        start_response(status, headers)
        return [body]

    # Hits.
    @staticmethod
    def _serve(page: CachedPage, environ, start_response):
        encoding = page.pick_encoding(environ.get("HTTP_ACCEPT_ENCODING", ""))
        if _not_modified(page, environ):
            variant_etag = next(v for n, v in page.headers[encoding] if n == "ETag")
            start_response("304 Not Modified", [*page.not_modified_headers, ("ETag", variant_etag)])
            return [b""]
        start_response(page.status, list(page.headers[encoding]))
        if environ.get("REQUEST_METHOD") == "HEAD":
            return [b""]
        return [page.bodies[encoding]]


def _not_modified(page: CachedPage, environ) -> bool:
    if_none_match = environ.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        return etag_matches(if_none_match, page)
    since = environ.get("HTTP_IF_MODIFIED_SINCE")
    if not since:
        return False
    if since == page.last_modified:
        return True
    try:
        return parsedate_to_datetime(since).timestamp() >= int(page.stored_at)
    except (TypeError, ValueError, IndexError, OverflowError):
        return False
