"""Where stored pages live: process memory, or Redis with a small in-process layer.

Every entry is filed under tags (its path, its edition, the Wagtail page that rendered it,
its kind: feed, sitemap); a purge names tags. An epoch counter moves on every purge: a
render that began before a purge is never stored after it, and the in-process layer of
every process drops what it holds as soon as it sees the epoch move.
"""

import fcntl
import logging
import mmap
import os
import pickle
import struct
import threading
import time
from contextlib import contextmanager

from .entry import CachedPage

logger = logging.getLogger(__name__)

JOURNAL_ROTATE_BYTES = 1 << 20


class MemoryStore:
    """Pages in this process's memory; purges reach the machine's other processes by a journal.

    The journal is an append-only file of purged tags, with a sequence number beside it in
    a shared memory map: checking it costs one memory read per request, no system call. When
    the number moved, the journal's new lines are applied here, tag by tag.
    """

    def __init__(self, *, max_entries: int, ttl: int, journal: str = ""):
        self.max_entries = max_entries
        self.ttl = ttl
        self.journal = journal
        self._entries: dict[str, CachedPage] = {}
        self._index: dict[str, set[str]] = {}
        self._lock = threading.Lock()
        self._epoch = 0
        self._journal_state = (0, 0)  # (inode, bytes read)
        self._seen_sequence = -1
        if journal:
            os.makedirs(os.path.dirname(journal) or ".", exist_ok=True)
            self._sequence_fd = os.open(f"{journal}.seq", os.O_RDWR | os.O_CREAT, 0o644)
            if os.fstat(self._sequence_fd).st_size < 8:
                os.ftruncate(self._sequence_fd, 8)
            self._sequence_map = mmap.mmap(self._sequence_fd, 8)
            self._check_journal()

    def _check_journal(self) -> None:
        sequence = struct.unpack_from("<Q", self._sequence_map)[0]
        if sequence != self._seen_sequence:
            self._sync_journal()
            self._seen_sequence = sequence

    def _bump_sequence(self) -> None:
        fcntl.flock(self._sequence_fd, fcntl.LOCK_EX)
        try:
            sequence = struct.unpack_from("<Q", self._sequence_map)[0]
            struct.pack_into("<Q", self._sequence_map, 0, sequence + 1)
        finally:
            fcntl.flock(self._sequence_fd, fcntl.LOCK_UN)

    # Reads.
    def get(self, key: str) -> CachedPage | None:
        if self.journal:
            self._check_journal()
        page = self._entries.get(key)
        if page is not None and page.stored_at + self.ttl < time.time():
            with self._lock:
                self._drop(key)
            return None
        return page

    def token(self) -> int:
        """Return the epoch to hand back to put(): a purge in between voids the store."""
        if self.journal:
            self._check_journal()
        return self._epoch

    # Writes.
    def put(self, key: str, page: CachedPage, token: int) -> bool:
        if self.journal:
            self._check_journal()
        with self._lock:
            if token != self._epoch:
                return False
            self._drop(key)
            while len(self._entries) >= self.max_entries:
                self._drop(next(iter(self._entries)))
            self._entries[key] = page
            for tag in page.tags:
                self._index.setdefault(tag, set()).add(key)
        return True

    def purge(self, tags: set[str]) -> None:
        self._apply(tags)
        if self.journal:
            self._append_journal(tags)

    @contextmanager
    def render_lock(self, key: str, timeout: float):
        """Other processes keep their own copies: there is nobody to wait for."""
        yield True

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._index.clear()
            self._epoch += 1

    def __len__(self) -> int:
        return len(self._entries)

    # Internals.
    def _apply(self, tags) -> None:
        with self._lock:
            self._epoch += 1
            if "all" in tags:
                self._entries.clear()
                self._index.clear()
                return
            for tag in tags:
                for key in self._index.pop(tag, ()):
                    self._drop(key)

    def _drop(self, key: str) -> None:
        page = self._entries.pop(key, None)
        if page is None:
            return
        for tag in page.tags:
            keys = self._index.get(tag)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self._index[tag]

    def _sync_journal(self) -> None:
        try:
            stat = os.stat(self.journal)
        except FileNotFoundError:
            return
        inode, offset = self._journal_state
        if stat.st_ino == inode and stat.st_size == offset:
            return
        if stat.st_ino != inode or stat.st_size < offset:
            if inode:
                # A new journal: the one it replaced may have held purges never read here.
                self.clear()
            offset = 0
        with open(self.journal, "rb") as journal:
            journal.seek(offset)
            data = journal.read()
        complete = data.rfind(b"\n") + 1
        lines = data[:complete].splitlines()
        self._journal_state = (stat.st_ino, offset + complete)
        tags: set[str] = set()
        for line in lines:
            tags.update(line.decode("utf-8", "replace").split("\t"))
        tags.discard("")
        if tags:
            self._apply(tags)

    def _append_journal(self, tags: set[str]) -> None:
        line = ("\t".join(sorted(tags)) + "\n").encode()
        try:
            if os.path.getsize(self.journal) > JOURNAL_ROTATE_BYTES:
                self._rotate_journal()
        except FileNotFoundError:
            pass
        for _attempt in range(2):
            fd = os.open(self.journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                os.write(fd, line)
                written_inode = os.fstat(fd).st_ino
            finally:
                os.close(fd)
            try:
                if os.stat(self.journal).st_ino == written_inode:
                    break
            except FileNotFoundError:
                break
            # Rotated while writing: say it again in the new journal.
        self._bump_sequence()
        # This process applied the purge already; skip its own line.
        self._sync_journal()

    def _rotate_journal(self) -> None:
        fresh = f"{self.journal}.{os.getpid()}.new"
        with open(fresh, "wb") as journal:
            journal.write(b"all\n")
        os.replace(fresh, self.journal)


# Redis scripts: store only if no purge happened since the render began; purge by tags.
_PUT_SCRIPT = """
local epoch = redis.call('GET', KEYS[1]) or '0'
if epoch ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
for i = 4, #ARGV do
  redis.call('SADD', ARGV[i], KEYS[2])
  redis.call('EXPIRE', ARGV[i], ARGV[3])
end
return 1
"""
_PURGE_SCRIPT = """
for i = 2, #KEYS do
  local members = redis.call('SMEMBERS', KEYS[i])
  for j = 1, #members, 500 do
    redis.call('DEL', unpack(members, j, math.min(j + 499, #members)))
  end
  redis.call('DEL', KEYS[i])
end
return redis.call('INCR', KEYS[1])
"""


class RedisStore:
    """Pages in Redis, shared by every app server, with a copy of the hot ones in memory.

    Each request reads the epoch (a few bytes): while it has not moved, the in-process
    copy is current; once it moves, the in-process layer is dropped. A Redis outage
    degrades to rendering every request, never to an error.
    """

    def __init__(self, *, url: str, prefix: str, max_entries: int, ttl: int):
        import redis

        self.client = redis.Redis.from_url(
            url, socket_timeout=0.5, socket_connect_timeout=0.5, health_check_interval=30
        )
        self.prefix = f"{prefix}:pc"
        self.ttl = ttl
        self.max_entries = max_entries
        self.epoch_key = f"{self.prefix}:epoch"
        self._local: dict[str, CachedPage] = {}
        self._seen_epoch: bytes | None = None
        self._lock = threading.Lock()
        self._put = self.client.register_script(_PUT_SCRIPT)
        self._purge = self.client.register_script(_PURGE_SCRIPT)

    def _entry_key(self, key: str) -> str:
        return f"{self.prefix}:e:{key}"

    def _tag_key(self, tag: str) -> str:
        return f"{self.prefix}:t:{tag}"

    def _current_epoch(self) -> bytes:
        epoch = self.client.get(self.epoch_key) or b"0"
        if epoch != self._seen_epoch:
            with self._lock:
                self._local.clear()
                self._seen_epoch = epoch
        return epoch

    def get(self, key: str) -> CachedPage | None:
        try:
            self._current_epoch()
            page = self._local.get(key)
            if page is None:
                blob = self.client.get(self._entry_key(key))
                if blob is None:
                    return None
                page = pickle.loads(blob)  # noqa: S301 - written by this class only
                self._remember(key, page)
        except Exception:
            logger.warning("Page cache unavailable (Redis)", exc_info=True)
            return None
        if page.stored_at + self.ttl < time.time():
            return None
        return page

    def token(self) -> bytes | None:
        try:
            return self._current_epoch()
        except Exception:
            logger.warning("Page cache unavailable (Redis)", exc_info=True)
            return None

    def put(self, key: str, page: CachedPage, token) -> bool:
        if token is None:
            return False
        blob = pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            stored = self._put(
                keys=[self.epoch_key, self._entry_key(key)],
                args=[token, blob, self.ttl, *(self._tag_key(tag) for tag in page.tags)],
            )
        except Exception:
            logger.warning("Page cache unavailable (Redis)", exc_info=True)
            return False
        if stored:
            self._remember(key, page)
        return bool(stored)

    def purge(self, tags: set[str]) -> None:
        keys = [self.epoch_key, *(self._tag_key(tag) for tag in sorted(tags))]
        try:
            self._purge(keys=keys)
        except Exception:
            logger.exception("Page cache purge failed (Redis)")
        with self._lock:
            self._local.clear()

    def clear(self) -> None:
        self.purge({"all"})

    @contextmanager
    def render_lock(self, key: str, timeout: float):
        """Hold a short Redis lock so that one app server renders a missed page."""
        lock_key = f"{self.prefix}:l:{key}"
        try:
            acquired = bool(self.client.set(lock_key, b"1", nx=True, px=int(timeout * 1000)))
        except Exception:
            acquired = True  # no Redis: render here rather than wait for nobody
            lock_key = ""
        try:
            yield acquired
        finally:
            if acquired and lock_key:
                try:
                    self.client.delete(lock_key)
                except Exception:
                    logger.warning("Page cache lock release failed", exc_info=True)

    def _remember(self, key: str, page: CachedPage) -> None:
        with self._lock:
            if len(self._local) >= self.max_entries:
                self._local.pop(next(iter(self._local)), None)
            self._local[key] = page
