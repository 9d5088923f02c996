"""A token that moves whenever published content changes, for caches of derived data.

Readers' pages share data that changes only when editors publish: each edition's home
page and sections, its ads, its navigation. Caching that data under the current token
makes it expire exactly when the page cache is purged: every purge moves the store's
epoch, in this process at once and in the others through the journal or Redis.

Saving a home or section page also bumps a number in this process at once, so that a
change made outside a committed transaction (a script, a test) is seen here too.
"""

import itertools
import threading
import time
import weakref
from collections import OrderedDict

from .handler import get_store

_local_changes = itertools.count()
_local_version = 0
# Per thread, while it answers a GET or HEAD: the token read once for the whole request.
# With Redis, each read is a round trip, and a page asks for it several times (cached
# frames, fragments, search results); one answer also keeps the page consistent.
_request = threading.local()
_UNREAD = object()


def content_generation() -> str | None:
    """Return the current token, or None when it cannot be known (Redis unreachable)."""
    remembered = getattr(_request, "generation", None)
    if remembered is not None and remembered is not _UNREAD:
        return remembered
    token = get_store().token()
    if token is None:
        return None
    if isinstance(token, bytes):
        token = token.decode()
    generation = f"{token}.{_local_version}"
    if remembered is _UNREAD:
        _request.generation = generation
    return generation


def remember_for_request(sender=None, environ=None, **kwargs) -> None:
    """request_started: read the token at most once while answering a GET or HEAD."""
    method = (environ or {}).get("REQUEST_METHOD", "")
    _request.generation = _UNREAD if method in ("GET", "HEAD") else None


def forget_for_request(sender=None, **kwargs) -> None:
    """request_finished (and any local change): the next read asks the store again."""
    _request.generation = None


def note_local_change(sender=None, created=False, **kwargs) -> None:
    """Move this process's part of the token (connected to saves of navigation pages)."""
    global _local_version
    if created and sender is not None and sender._meta.label == "core.SiteSettings":
        return  # made with its defaults on first read (for_site): nothing shown changes
    _local_version = next(_local_changes) + 1
    reread_for_request()


def reread_for_request() -> None:
    """After a change made while answering: the next read asks the store again."""
    if getattr(_request, "generation", None) is not None:
        _request.generation = _UNREAD


MAX_VALUES = 1000
# name -> (generation, expires at, value); objects are shared read-only by the threads.
_values: dict[str, tuple[str, float, object]] = {}


def cached_for_generation(name: str, build, *, ttl: float = 300.0):
    """Return build(), computed once per content generation (and at least every `ttl` s).

    The value stays in this process's memory as the very object build() returned: no
    pickling, no round trip. `ttl` bounds what changes without a purge (an ad's start
    time passing, for one).
    """
    generation = content_generation()
    if generation is None:
        return build()
    now = time.monotonic()
    found = _values.get(name)
    if found is not None and found[0] == generation and found[1] > now:
        return found[2]
    value = build()
    if found is not None or len(_values) < MAX_VALUES:  # names from requests stay bounded
        _values[name] = (generation, now + ttl, value)
    return value


def forget_cached_values() -> None:
    """Drop every value (tests start from an empty database each time)."""
    _values.clear()
    for memory in list(_memories):
        memory.clear()


_memories: "weakref.WeakSet[RecentValues]" = weakref.WeakSet()


class RecentValues:
    """The most recently used values of many keys, in this process's memory, for a time.

    For values keyed by the request (pages of search results, say), where
    cached_for_generation's one value per name does not fit: callers put the content
    generation in the key, so a change of content leaves old keys to age out. Values are
    kept as the very objects given (no pickling, no round trip) and shared read-only by
    the threads.
    """

    def __init__(self, size: int):
        self.size = size
        self.lock = threading.Lock()
        self.entries: OrderedDict[str, tuple[float, object]] = OrderedDict()
        _memories.add(self)

    def get(self, key: str):
        """Return the value kept under `key`, or None."""
        with self.lock:
            found = self.entries.get(key)
            if found is None:
                return None
            if found[0] < time.monotonic():
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return found[1]

    def set(self, key: str, value, seconds: float) -> None:
        with self.lock:
            self.entries[key] = (time.monotonic() + seconds, value)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


def template_context(request):
    """Context processor: `content_generation`, the key part of cached template fragments.

    Fragments that every page shows ({% cache %} blocks of the header and footer) vary on
    it, so they are rebuilt as soon as content changes. Without a token (Redis down) the
    key changes every ten seconds: fragments go stale for no longer than that.
    """
    generation = content_generation()
    if generation is None:
        generation = f"unknown-{int(time.time()) // 10}"
    return {"content_generation": generation}
