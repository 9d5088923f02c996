"""View counters: counted in Redis or in process memory, flushed to the database in buckets.

One `ViewCounter` lives in each process (`get_counter()`). With Redis, a beacon runs a Lua
script (rate limit, dedupe, increment, read the total); the beacons that the process's threads
count at the same moment share one script call, so one round trip (batching.py). Without
Redis, a beacon costs a few dictionary operations under a lock. A background thread flushes
the counts every few seconds as (page, day, hour) buckets; `atexit` flushes what is left when
the process stops.

With Redis, counts live in Redis until a flusher (any process; one at a time, under a Redis
lock) claims them with RENAME, writes them in one transaction together with the claim's token
(`ViewsFlush`), then drops the claim. A flusher that dies in between leaves the claim for the
next one, which writes it unless its token is already recorded: nothing is lost or counted
twice. Without Redis, each process flushes its own buffer; the upsert is atomic.

The total shown is the flushed buckets (cached, kept exact by a generation number that each
flush bumps) plus what is counted and not yet flushed.
"""

import atexit
import contextlib
import datetime as dt
import functools
import logging
import multiprocessing.util
import os
import secrets
import threading
import time
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import close_old_connections, connection, connections, transaction
from django.utils import timezone

import hiredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError, RedisError

from .batching import Batcher
from .models import PageViews, ViewsFlush
from .visitors import hash_address, hash_visitor

logger = logging.getLogger(__name__)

COUNTED, NOT_COUNTED, RATE_LIMITED = 1, 0, -1
VALID_TTL = 30.0  # seconds a live article id is trusted before it is checked again
INVALID_TTL = 5.0  # an unknown id is checked again soon: it may be about to be published
STORED_TTL_LOCAL = 10.0  # without Redis other processes flush too: re-read totals this often
STORED_TTL_REDIS = 600  # with Redis every flush keeps the shared totals exact
REDIS_RETRY_AFTER = 5.0  # after a Redis error, count locally this long before trying again
MAX_SEEN = 500_000  # visitor marks kept in memory without Redis (about 60 MB at most)
MAX_VALIDITY = 100_000
MAX_BATCH = 64  # beacons sent to Redis in one script call (it blocks Redis while it runs)

# Many beacons in one call (see batching.py). ARGV: prefix, rate limit, rate window, then six
# per beacon: count ("1") or only read ("0"), page, visitor hash, address hash, bucket label,
# seconds to keep the visitor's mark. Answer: the flush generation, then four per beacon:
# status, flushed total (-1: not known here), pending and in-flight counts of its page.
# Few commands per beacon: this runs for every beacon, and blocks Redis while it runs.
HIT_SCRIPT = """
local p, limit, window = ARGV[1], tonumber(ARGV[2]), ARGV[3]
local ptot, itot = p .. 'ptot', p .. 'itot'
local flushing = redis.call('EXISTS', itot) == 1
local answer = {tonumber(redis.call('GET', p .. 'gen') or 0)}
for i = 4, #ARGV, 6 do
  local pid, status, pending = ARGV[i + 1], 0, nil
  if ARGV[i] == '1' then
    local rl = p .. 'rl:' .. ARGV[i + 3]
    local n = redis.call('INCR', rl)
    if n == 1 then redis.call('EXPIRE', rl, window) end
    if n > limit then
      status = -1
    elseif redis.call('SET', p .. 'seen:' .. ARGV[i + 2], '1', 'NX', 'EX', ARGV[i + 5]) then
      redis.call('HINCRBY', p .. 'pend', pid .. ':' .. ARGV[i + 4], 1)
      pending = redis.call('HINCRBY', ptot, pid, 1)
      status = 1
    end
  end
  answer[#answer + 1] = status
  answer[#answer + 1] = tonumber(redis.call('GET', p .. 'stored:' .. pid) or -1)
  answer[#answer + 1] = pending or tonumber(redis.call('HGET', ptot, pid) or 0)
  answer[#answer + 1] = flushing and tonumber(redis.call('HGET', itot, pid) or 0) or 0
end
return answer
"""

SEED_SCRIPT = """
local p = ARGV[1]
if tonumber(redis.call('GET', p .. 'gen') or 0) == tonumber(ARGV[2])
   and redis.call('EXISTS', p .. 'inflight') == 0 then
  redis.call('SET', p .. 'stored:' .. ARGV[3], ARGV[4], 'EX', ARGV[5])
  return 1
end
return 0
"""

CLAIM_SCRIPT = """
local p = ARGV[1]
if redis.call('EXISTS', p .. 'inflight') == 1 then return 2 end
if redis.call('EXISTS', p .. 'pend') == 0 then return 0 end
redis.call('RENAME', p .. 'pend', p .. 'inflight')
if redis.call('EXISTS', p .. 'ptot') == 1 then redis.call('RENAME', p .. 'ptot', p .. 'itot') end
redis.call('SET', p .. 'itoken', ARGV[2])
redis.call('INCR', p .. 'gen')
return 1
"""

FINISH_SCRIPT = """
local p = ARGV[1]
local totals = redis.call('HGETALL', p .. 'itot')
for i = 1, #totals, 2 do
  local key = p .. 'stored:' .. totals[i]
  if redis.call('EXISTS', key) == 1 then redis.call('INCRBY', key, totals[i + 1]) end
end
redis.call('DEL', p .. 'inflight', p .. 'itot', p .. 'itoken')
redis.call('INCR', p .. 'gen')
return 1
"""

UNLOCK_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


@dataclass(frozen=True)
class Bucket:
    """The local day and hour that counts fall into now, and when that changes."""

    day: dt.date
    hour: int
    ends_at: float

    @functools.cached_property
    def label(self) -> str:
        return f"{self.day:%Y%m%d}{self.hour:02d}"


def parse_rate_limit(value: str) -> tuple[int, int]:
    """Parse "120/60" (120 beacons per 60 seconds per address); "0" turns the limit off."""
    value = (value or "").strip()
    if value in {"", "0"}:
        return 0, 60
    count, _, seconds = value.partition("/")
    return int(count), int(seconds or 60)


def write_buckets(counts: dict[tuple[int, dt.date, int], int]) -> None:
    """Add counts to their (page, day, hour) rows in one atomic upsert per batch.

    Call inside a transaction. Only integers and dates reach the SQL, as parameters.
    """
    table = connection.ops.quote_name(PageViews._meta.db_table)
    rows = [(page_id, day, hour, n) for (page_id, day, hour), n in counts.items() if n]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 500):
            batch = rows[start : start + 500]
            values = ", ".join(["(%s, %s, %s, %s)"] * len(batch))
            params = [item for row in batch for item in row]
            cursor.execute(
                f"INSERT INTO {table} (page_id, day, hour, count) VALUES {values} "  # noqa: S608
                f"ON CONFLICT (page_id, day, hour) DO UPDATE "
                f"SET count = {table}.count + excluded.count",
                params,
            )


def get_stored_total(page_id: int) -> int:
    """Return the flushed views of one page (one indexed query).

    Written out rather than built with aggregate(): every page served uncached asks it,
    and compiling the aggregate cost ten times its run. The page id goes as a parameter.
    """
    table = connection.ops.quote_name(PageViews._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT SUM(count) FROM {table} WHERE page_id = %s",  # noqa: S608
            [int(page_id)],
        )
        row = cursor.fetchone()
    return int(row[0] or 0) if row else 0


class ViewCounter:
    """Count views in this process: through Redis when configured, else in memory."""

    def __init__(self):
        self.pid = os.getpid()
        self.timezone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
        self.rate_limit, self.rate_window = parse_rate_limit(
            getattr(settings, "MASTHEAD_VIEWS_RATE_LIMIT", "120/60")
        )
        self.flush_interval = float(getattr(settings, "MASTHEAD_VIEWS_FLUSH_SECONDS", 2))
        self.lock = threading.Lock()
        self.flush_lock = threading.Lock()
        self.bucket = self._make_bucket(time.time())
        # Process-local counting (no Redis, or Redis unreachable).
        self.pending: dict[tuple[int, dt.date, int], int] = defaultdict(int)
        self.pending_by_page: dict[int, int] = defaultdict(int)
        self.inflight_by_page: dict[int, int] = {}
        self.seen: dict[bytes, None] = {}
        self.seen_day = self.bucket.day
        self.window_hits: dict[bytes, int] = defaultdict(int)
        self.window = 0
        # Flushed totals known to this process, and the flush generation they belong to.
        self.stored: dict[int, tuple[int, float]] = {}
        self.generation = 0
        self.validity: dict[int, tuple[bool, float]] = {}
        self.live_ids: frozenset[int] = frozenset()
        self.live_ids_until = 0.0
        self.live_ids_loaded = False
        self.live_ids_lock = threading.Lock()
        self.thread: threading.Thread | None = None
        self.redis = None
        self.redis_down_until = 0.0
        self.prefix = f"{settings.CACHE_KEY_PREFIX}:views:"
        if settings.REDIS_URL:
            import redis

            self.redis = redis.Redis.from_url(
                settings.REDIS_URL, socket_timeout=0.5, socket_connect_timeout=0.5
            )
            self.hit_script = self.redis.register_script(HIT_SCRIPT)
            # Beacons counted at the same moment by this process's threads share a round trip,
            # made by one thread at a time: on a connection of its own, without the pool.
            self.hit_batcher = Batcher(self._run_hits, max_size=MAX_BATCH)
            self.hit_connection = self.redis.connection_pool.make_connection()
            self.seed_script = self.redis.register_script(SEED_SCRIPT)
            self.claim_script = self.redis.register_script(CLAIM_SCRIPT)
            self.finish_script = self.redis.register_script(FINISH_SCRIPT)
            self.unlock_script = self.redis.register_script(UNLOCK_SCRIPT)

    # Time buckets -------------------------------------------------------------------------

    def _make_bucket(self, now: float) -> Bucket:
        local = dt.datetime.fromtimestamp(now, self.timezone)
        start = local.replace(minute=0, second=0, microsecond=0)
        return Bucket(local.date(), local.hour, start.timestamp() + 3600)

    def get_bucket(self, now: float) -> Bucket:
        bucket = self.bucket
        if now >= bucket.ends_at:
            bucket = self.bucket = self._make_bucket(now)
        return bucket

    # Which ids count ----------------------------------------------------------------------

    def is_countable(self, page_id: int) -> bool:
        """Return True for a live, public article, without a query on the hot path.

        Every process keeps the set of live article ids (one query, renewed every
        VALID_TTL seconds, in the background once there is a set to serve meanwhile); an id
        missing from it is checked on its own, so an article published since counts at once,
        and that answer is kept INVALID_TTL seconds.
        """
        now = time.monotonic()
        if now >= self.live_ids_until or not self.live_ids_loaded:
            self._renew_live_ids(now)
        if page_id in self.live_ids:
            return True
        cached = self.validity.get(page_id)
        if cached is not None and cached[1] > now:
            return cached[0]
        from masthead.news.models import ArticlePage

        try:
            valid = ArticlePage.objects.live().public().filter(pk=page_id).exists()
        except Exception:
            close_old_connections()
            raise
        if len(self.validity) >= MAX_VALIDITY:
            self.validity.clear()
        self.validity[page_id] = (valid, now + (VALID_TTL if valid else INVALID_TTL))
        return valid

    def _renew_live_ids(self, now: float) -> None:
        if not self.live_ids_loaded:
            # The first load: other beacons wait for it rather than check ids one by one.
            with self.live_ids_lock:
                if not self.live_ids_loaded and now >= self.live_ids_until:
                    self.live_ids_until = now + VALID_TTL  # also after a failure: no storm
                    self._load_live_ids()
            return
        with self.lock:
            if now < self.live_ids_until:
                return  # another thread is on it
            self.live_ids_until = now + VALID_TTL
        # Loading 100,000 ids takes a few hundred milliseconds: not a beacon's to wait for.
        threading.Thread(
            target=self._load_live_ids_in_background, name="masthead-views-live-ids", daemon=True
        ).start()

    def _load_live_ids(self) -> None:
        from masthead.news.models import ArticlePage

        try:
            # Unordered, and fetched at once: a server-side cursor over a sorted result
            # (what .iterator() on PostgreSQL makes of Wagtail's ordering) is several times
            # slower.
            ids = ArticlePage.objects.live().public().order_by().values_list("pk", flat=True)
            self.live_ids = frozenset(ids)
        except Exception:
            close_old_connections()
            raise
        self.live_ids_loaded = True
        self.validity.clear()

    def _load_live_ids_in_background(self) -> None:
        try:
            self._load_live_ids()
        except Exception:
            logger.exception("Loading the live article ids failed; retrying later")
        finally:
            connections.close_all()  # this thread's own connection: the thread ends here

    def forget_page(self, page_id: int) -> None:
        """Drop what this process knows of a page (it was published, unpublished or moved)."""
        self.validity.pop(page_id, None)
        self.live_ids = self.live_ids - {page_id}

    # Counting -----------------------------------------------------------------------------

    def hit(self, page_id: int, ip: str, user_agent: str) -> tuple[int, int]:
        """Count one beacon; return (COUNTED | NOT_COUNTED | RATE_LIMITED, total views)."""
        now = time.time()
        bucket = self.get_bucket(now)
        visitor = hash_visitor(bucket.day, ip, user_agent, page_id)
        address = hash_address(bucket.day, ip)
        self._start_flusher()
        if self._redis_usable():
            ttl = int(bucket.ends_at - now) + 24 * 3600  # the salt changes daily anyway
            beacon = ("1", page_id, visitor.hex(), address.hex(), bucket.label, ttl)
            try:
                return self._hit_redis(page_id, beacon)
            except Exception as error:  # any Redis failure: count here instead
                self._mark_redis_down(error)
        return self._hit_local(page_id, visitor, address, bucket, now)

    def get_total(self, page_id: int) -> int:
        """Return the views of one page: flushed buckets plus counts not yet flushed."""
        if self._redis_usable():
            try:
                return self._hit_redis(page_id, ("0", page_id, "", "", "", 0))[1]
            except Exception as error:
                self._mark_redis_down(error)
        return self._local_total(page_id)

    def _hit_local(self, page_id, visitor, address, bucket, now) -> tuple[int, int]:
        with self.lock:
            if self.rate_limit:
                window = int(now // self.rate_window)
                if window != self.window:
                    self.window, self.window_hits = window, defaultdict(int)
                self.window_hits[address] += 1
                if self.window_hits[address] > self.rate_limit:
                    return RATE_LIMITED, self._local_total_locked(page_id)[0]
            if bucket.day != self.seen_day:
                self.seen, self.seen_day = {}, bucket.day
            if visitor in self.seen:
                status = NOT_COUNTED
            else:
                if len(self.seen) >= MAX_SEEN:
                    del self.seen[next(iter(self.seen))]
                self.seen[visitor] = None
                self.pending[(page_id, bucket.day, bucket.hour)] += 1
                self.pending_by_page[page_id] += 1
                status = COUNTED
        return status, self._local_total(page_id)

    def _local_total_locked(self, page_id: int) -> tuple[int, bool, int]:
        unflushed = self.pending_by_page.get(page_id, 0) + self.inflight_by_page.get(page_id, 0)
        cached = self.stored.get(page_id)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0] + unflushed, True, self.generation
        return unflushed, False, self.generation

    def _local_total(self, page_id: int) -> int:
        for _ in range(3):
            with self.lock:
                total, known, generation = self._local_total_locked(page_id)
            if known:
                return total
            try:
                stored = get_stored_total(page_id)
            except Exception as error:  # the beacon is counted: answer what is known
                close_old_connections()
                logger.warning("Reading the stored views of page %s failed: %s", page_id, error)
                return total
            with self.lock:
                # Not while a flush is writing: the value read may or may not include it.
                if self.generation == generation and not self.inflight_by_page:
                    self.stored[page_id] = (stored, time.monotonic() + STORED_TTL_LOCAL)
                    return self._local_total_locked(page_id)[0]
        return stored + total

    def _hit_redis(self, page_id: int, beacon: tuple) -> tuple[int, int]:
        status, stored, pending, inflight, generation = self.hit_batcher.submit(beacon)
        if stored < 0:
            # Redis has counted the beacon by now: a failure from here on must not send it
            # to the local buffer as well.
            try:
                stored = get_stored_total(page_id)
            except Exception as error:
                close_old_connections()
                logger.warning("Reading the stored views of page %s failed: %s", page_id, error)
                return status, pending + inflight  # the flushed views are not known now
            with contextlib.suppress(RedisError):  # only a cache of the stored total
                self.seed_script(args=[self.prefix, generation, page_id, stored, STORED_TTL_REDIS])
        return status, stored + pending + inflight

    def _run_hits(self, beacons: list[tuple]) -> list[tuple[int, int, int, int, int]]:
        """Run HIT_SCRIPT for several beacons; return (status, stored, pending, in flight,
        generation) for each."""
        args = [self.prefix, self.rate_limit or 2**62, self.rate_window]
        for beacon in beacons:
            args.extend(beacon)
        answer = self._run_hit_script(args)
        generation = answer[0]
        return [(*answer[i : i + 4], generation) for i in range(1, len(answer), 4)]

    def _run_hit_script(self, args: list) -> list[int]:
        # What `self.hit_script(args=args)` does, retries included, on the batch's connection:
        # the client's generic path (pool, instrumentation) costs more CPU than the round trip.
        for _ in range(2):
            try:
                return self._send_hit_script(args)
            except NoScriptError:  # Redis restarted or its scripts were flushed: nothing ran
                self.redis.script_load(HIT_SCRIPT)
            except RedisConnectionError:
                # Say the connection was closed while idle. Sending the beacons again cannot
                # count one twice: the first run, if there was one, set its visitor's mark.
                self.hit_connection.disconnect()
        return self._send_hit_script(args)

    def _send_hit_script(self, args: list) -> list[int]:
        # hiredis packs the command in C, several times faster than the client's own packer.
        command = hiredis.pack_command(("EVALSHA", self.hit_script.sha, 0, *args))
        self.hit_connection.send_packed_command([command], check_health=False)
        return self.hit_connection.read_response()

    # Redis health -------------------------------------------------------------------------

    def _redis_usable(self) -> bool:
        return self.redis is not None and time.monotonic() >= self.redis_down_until

    def _mark_redis_down(self, error: Exception) -> None:
        if time.monotonic() >= self.redis_down_until:
            logger.warning("Redis unavailable for view counts, counting locally: %s", error)
        self.redis_down_until = time.monotonic() + REDIS_RETRY_AFTER

    # Flushing -----------------------------------------------------------------------------

    def _start_flusher(self) -> None:
        if self.thread is not None or self.flush_interval <= 0:
            return
        with self.lock:
            if self.thread is not None:
                return
            self.thread = threading.Thread(
                target=self._flush_forever, name="masthead-views-flush", daemon=True
            )
            self.thread.start()
            atexit.register(self.flush)
            # Workers forked by multiprocessing (granian's) leave through os._exit(), which
            # skips atexit but runs multiprocessing's finalizers.
            multiprocessing.util.Finalize(None, self.flush, exitpriority=100)

    def _flush_forever(self) -> None:
        while True:
            time.sleep(self.flush_interval)
            try:
                self.flush()
            except Exception:
                logger.exception("Flushing view counts failed; retrying")

    def flush(self) -> int:
        """Write counted views to the database; return how many views were written."""
        if os.getpid() != self.pid:
            return 0
        with self.flush_lock:
            written = self._flush_local()
            if self._redis_usable():
                try:
                    written += self._flush_redis()
                except Exception as error:
                    self._mark_redis_down(error)
            return written

    def _flush_local(self) -> int:
        with self.lock:
            if not self.pending:
                return 0
            counts, self.pending = dict(self.pending), defaultdict(int)
            self.inflight_by_page, self.pending_by_page = (
                dict(self.pending_by_page),
                defaultdict(int),
            )
            self.generation += 1
        try:
            with transaction.atomic():
                write_buckets(counts)
        except Exception:
            close_old_connections()
            with self.lock:  # put them back: the next flush writes them
                for key, n in counts.items():
                    self.pending[key] += n
                for page_id, n in self.inflight_by_page.items():
                    self.pending_by_page[page_id] += n
                self.inflight_by_page = {}
            raise
        with self.lock:
            now = time.monotonic()
            for page_id, n in self.inflight_by_page.items():
                cached = self.stored.get(page_id)
                if cached is not None:
                    self.stored[page_id] = (cached[0] + n, now + STORED_TTL_LOCAL)
            self.inflight_by_page = {}
            self.generation += 1
        return sum(counts.values())

    def _flush_redis(self) -> int:
        lock_key, lock_value = self.prefix + "flushlock", secrets.token_hex(8)
        # The lock only saves work: ViewsFlush.token is unique, so two writers of one claim
        # cannot both commit it.
        if not self.redis.set(lock_key, lock_value, nx=True, px=15_000):
            return 0  # another process is flushing
        try:
            written = 0
            for _ in range(2):  # an abandoned claim first, then the current counts
                state = self.claim_script(args=[self.prefix, secrets.token_hex(16)])
                if state == 0:
                    break
                written += self._write_claim()
                if state == 1:
                    break
            return written
        finally:
            self.unlock_script(keys=[lock_key], args=[lock_value])

    def _write_claim(self) -> int:
        token = (self.redis.get(self.prefix + "itoken") or b"").decode()
        raw = self.redis.hgetall(self.prefix + "inflight")
        counts: dict[tuple[int, dt.date, int], int] = {}
        for field, value in raw.items():
            page, _, label = field.decode().partition(":")
            day = dt.date(int(label[:4]), int(label[4:6]), int(label[6:8]))
            counts[(int(page), day, int(label[8:10]))] = int(value)
        try:
            with transaction.atomic():
                if not token or not ViewsFlush.objects.filter(token=token).exists():
                    write_buckets(counts)
                    ViewsFlush.objects.create(token=token or secrets.token_hex(16))
                if secrets.randbelow(100) == 0:  # tokens matter only until the claim is gone
                    ViewsFlush.objects.filter(
                        flushed_at__lt=timezone.now() - dt.timedelta(days=1)
                    ).delete()
        except Exception:
            close_old_connections()
            raise
        self.finish_script(args=[self.prefix])
        return sum(counts.values())


_counter: ViewCounter | None = None
_counter_lock = threading.Lock()


def get_counter() -> ViewCounter:
    """Return this process's counter (a forked worker gets its own)."""
    global _counter
    counter = _counter
    if counter is None or counter.pid != os.getpid():
        with _counter_lock:
            if _counter is None or _counter.pid != os.getpid():
                _counter = ViewCounter()
            counter = _counter
    return counter


def reset_counter() -> None:
    """Forget this process's counter (tests, settings changes)."""
    global _counter
    with _counter_lock:
        _counter = None
