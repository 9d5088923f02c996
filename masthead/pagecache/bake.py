"""Baked pages: stored pages also written as files, which nginx sends without asking the app.

A proxy-cache hit costs nginx about a quarter more CPU than sending a file (a shared-memory
lookup under a lock, the stored headers read and parsed on every hit). With
`MASTHEAD_PAGECACHE_BAKE_DIR` set, every page the page cache stores for a plain address
(no query string, a path ending in `/`, an HTML 200) is also written as

    <dir>/pages/<scheme>/<host><path>index.html      (and .gz, .br beside it)

where nginx's `try_files` finds it (deploy/nginx/masthead.conf). Purges delete the files of
the purged tags at once, in the process that purges: each tag has a directory of small
entries under `<dir>/tags/` naming the files filed under it, so a purge never needs to know
which process baked what. A page rendered before a purge is not left behind after it: the
file is written first and the store's token compared afterwards (as `put()` does).

Baked files carry no headers of their own: nginx adds the ones the app would have sent
(tests compare the two). They live until purged or swept (`manage.py sweep_baked_pages`,
also run by the distribution worker): a page older than MASTHEAD_PAGECACHE_TTL is removed.
"""

import contextlib
import hashlib
import logging
import os
import re
import shutil
import threading
import time
from pathlib import Path

from .entry import CachedPage

logger = logging.getLogger(__name__)

# Hosts and paths that can safely become file names: a plain host name without a port (as
# nginx's $host is), and path segments without "." or ".." or empty ones.
_HOST = re.compile(r"^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$")
_BAD_SEGMENT = re.compile(r"^\.{1,2}$|[\x00-\x1f\x7f\\]")
_SUFFIXES = {"identity": "", "gzip": ".gz", "br": ".br"}
FILE_NAME = "index.html"


class Bakery:
    """Write stored pages as files under `root`/pages, and delete them by tag."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self.pages = self.root / "pages"
        self.tags = self.root / "tags"
        self._counter = 0
        self._counter_lock = threading.Lock()

    # Where a page goes.
    def target_for(self, key: str, page: CachedPage) -> Path | None:
        """Return the file a stored page is baked into, or None when it is not baked."""
        if not page.status.startswith("200") or not _is_html(page):
            return None
        scheme, sep, rest = key.partition("://")
        if not sep or scheme not in ("http", "https"):
            return None
        address, _, query = rest.partition("?")
        if query:
            return None  # nginx sends addresses with a query string to the app
        host, slash, path = address.partition("/")
        if not slash or not _HOST.match(host) or ".." in host:
            return None
        path = "/" + path
        if not path.endswith("/") or "//" in path:
            return None
        segments = path.strip("/").split("/") if path != "/" else []
        if any(_BAD_SEGMENT.search(segment) for segment in segments):
            return None
        try:
            # WSGI paths are bytes decoded as latin-1; nginx looks up the raw bytes.
            raw = os.fsdecode(path.encode("latin-1"))
        except UnicodeError:
            return None
        return self.pages / scheme / host / raw.lstrip("/") / FILE_NAME

    # Writes.
    def bake(self, key: str, page: CachedPage) -> Path | None:
        """Write the page's files; return the identity file's path (None: not baked)."""
        target = self.target_for(key, page)
        if target is None:
            return None
        relative = os.fsencode(target.relative_to(self.root))
        entry_name = _digest(relative)
        for tag in page.tags:
            self._write(self.tags / _digest(tag.encode()) / entry_name, relative)
        # Compressed copies first: nginx finds a page by its identity file, then picks
        # the copy the client accepts.
        for encoding in ("br", "gzip", "identity"):
            body = page.bodies.get(encoding)
            if body is not None:
                self._write(Path(f"{target}{_SUFFIXES[encoding]}"), body)
        os.utime(target, (page.stored_at, page.stored_at))
        return target

    def unbake(self, target: Path) -> bool:
        """Delete one baked page (identity file first, so nginx stops finding it); return
        whether it was there."""
        found = False
        for suffix in ("", ".gz", ".br"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{target}{suffix}")
                found = found or not suffix
        return found

    def purge(self, tags: set[str]) -> int:
        """Delete the pages filed under any of these tags; return how many were deleted."""
        deleted = 0
        for tag in sorted(tags):
            directory = self.tags / _digest(tag.encode())
            try:
                entries = list(os.scandir(directory))
            except FileNotFoundError:
                continue
            for entry in entries:
                try:
                    relative = Path(entry.path).read_bytes()
                    os.unlink(entry.path)
                except FileNotFoundError:
                    continue  # another process purged it first
                target = self.root / os.fsdecode(relative)
                if self._is_inside(target):
                    deleted += self.unbake(target)
        return deleted

    def clear(self) -> None:
        for directory in (self.pages, self.tags):
            shutil.rmtree(directory, ignore_errors=True)

    def sweep(self, max_age: float, now: float | None = None) -> int:
        """Delete pages baked more than max_age seconds ago; return how many."""
        limit = (now if now is not None else time.time()) - max_age
        deleted = 0
        for directory, _dirs, files in os.walk(self.pages):
            if FILE_NAME not in files:
                continue
            target = Path(directory) / FILE_NAME
            try:
                if target.stat().st_mtime < limit:
                    self.unbake(target)
                    deleted += 1
            except FileNotFoundError:
                continue
        return deleted

    # Files.
    def _write(self, path: Path, data: bytes) -> None:
        """Write atomically (a reader sees the old file or the new one, never half of one),
        readable by nginx's user."""
        path.parent.mkdir(mode=0o755, parents=True, exist_ok=True)
        with self._counter_lock:
            self._counter += 1
            temporary = path.with_name(f".{path.name}.{os.getpid()}.{self._counter}")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
            os.chmod(temporary, 0o644)  # whatever the process's umask
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise

    def _is_inside(self, target: Path) -> bool:
        # An entry is written by this class, but it is read back from disk: never follow
        # one out of the pages directory.
        return os.path.normpath(target).startswith(os.path.normpath(self.pages) + os.sep)


def _is_html(page: CachedPage) -> bool:
    for name, value in page.headers.get("identity", ()):
        if name.lower() == "content-type":
            return value.split(";", 1)[0].strip().lower() == "text/html"
    return False


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class BakingStore:
    """A page store whose stored pages are also baked, and whose purges delete the files.

    Wraps MemoryStore or RedisStore (built in handler.build_store when a bake directory is
    set): every other method is theirs.
    """

    def __init__(self, store, bakery: Bakery):
        self.store = store
        self.bakery = bakery
        # Every request looks up a page: the store's own methods, without a call in between.
        self.get = store.get
        self.token = store.token

    def __getattr__(self, name):
        return getattr(self.store, name)

    def __len__(self) -> int:
        return len(self.store)

    def put(self, key: str, page: CachedPage, token) -> bool:
        if not self.store.put(key, page, token):
            return False
        try:
            target = self.bakery.bake(key, page)
            # A purge that ran after put() but before the files were written found no
            # files to delete: the token says whether one did, and the files go.
            if target is not None and self.store.token() != token:
                self.bakery.unbake(target)
        except OSError:
            logger.exception("Could not bake %s", key)
        return True

    def purge(self, tags: set[str]) -> None:
        # The store's token moves first: a bake still in progress then undoes itself.
        self.store.purge(tags)
        try:
            if "all" in tags:
                self.bakery.clear()
            else:
                self.bakery.purge(tags)
        except OSError:
            logger.exception("Could not delete baked pages for %s", sorted(tags))

    def clear(self) -> None:
        self.store.clear()
        self.bakery.clear()
