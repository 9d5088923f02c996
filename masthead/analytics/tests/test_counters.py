import time

from django.test import Client

import pytest

from masthead.analytics.counters import get_counter
from masthead.analytics.models import PageViews, ViewsFlush
from masthead.analytics.wsgi import with_views_beacon

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0"


def stored_total():
    return sum(PageViews.objects.values_list("count", flat=True))


def call_wsgi(app, method, path, **environ):
    answer = {}

    def start_response(status, headers):
        answer["status"], answer["headers"] = status, dict(headers)

    body = b"".join(
        app(
            {
                "REQUEST_METHOD": method,
                "PATH_INFO": path,
                "REMOTE_ADDR": "127.0.0.1",
                "HTTP_USER_AGENT": BROWSER,
                **environ,
            },
            start_response,
        )
    )
    return answer["status"], answer["headers"], body


def test_wsgi_fast_path_answers_beacons_and_passes_the_rest_on(newsroom):
    passed = []

    def django_app(environ, start_response):
        passed.append(environ["PATH_INFO"])
        start_response("200 OK", [])
        return [b"page"]

    app = with_views_beacon(django_app)
    article = newsroom["articles"][0]
    status, headers, body = call_wsgi(
        app, "POST", f"/api/v1/views/{article.pk}/", HTTP_X_FORWARDED_FOR="198.51.100.3"
    )
    assert (status, body) == ("200 OK", b'{"views":1}')
    assert headers["Content-Type"] == "application/json"
    assert call_wsgi(app, "GET", f"/api/v1/views/{article.pk}/")[2] == b'{"views":1}'
    assert call_wsgi(app, "POST", "/api/v1/views/x/")[0] == "400 Bad Request"
    assert call_wsgi(app, "POST", "/api/v1/views/99999999/")[0] == "404 Not Found"
    status, headers, _ = call_wsgi(app, "DELETE", f"/api/v1/views/{article.pk}/")
    assert (status, headers["Allow"]) == ("405 Method Not Allowed", "GET, HEAD, POST")
    assert call_wsgi(app, "GET", "/en/")[2] == b"page"
    assert call_wsgi(app, "GET", f"/api/v1/views/{article.pk}/extra/")[2] == b"page"
    assert passed == ["/en/", f"/api/v1/views/{article.pk}/extra/"]


def test_with_redis_down_views_are_counted_locally_and_pages_render(newsroom, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    article = newsroom["articles"][0]
    client = Client()
    answers = [
        client.post(
            f"/api/v1/views/{article.pk}/",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{i}",
            HTTP_USER_AGENT=BROWSER,
        )
        for i in range(3)
    ]
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert answers[-1].json() == {"views": 3}
    counter = get_counter()
    assert counter.redis is not None and not counter._redis_usable()
    assert counter.flush() == 3
    assert stored_total() == 3
    assert client.get(f"/api/v1/views/{article.pk}/").json() == {"views": 3}


def test_failed_flush_keeps_the_counts_for_the_next_one(newsroom, monkeypatch):
    from masthead.analytics import counters

    article = newsroom["articles"][0]
    counter = get_counter()
    counter._redis_usable = lambda: False  # the process buffer is what this is about
    counter.hit(article.pk, "198.51.100.1", BROWSER)
    counter.hit(article.pk, "198.51.100.2", BROWSER)

    def broken(counts):
        raise RuntimeError("database down")

    monkeypatch.setattr(counters, "write_buckets", broken)
    # The flusher drops a broken connection; here it is the test's own, inside its transaction.
    monkeypatch.setattr(counters, "close_old_connections", lambda: None)
    with pytest.raises(RuntimeError):
        counter.flush()
    assert counter.get_total(article.pk) == 2
    monkeypatch.undo()
    assert counter.flush() == 2
    assert stored_total() == 2


def test_redis_claim_left_by_a_dead_flusher_is_written_once(newsroom):
    counter = get_counter()
    if counter.redis is None:
        # Without Redis the claim does not exist; the process buffer is tested above.
        assert counter.flush() == 0
        return
    article = newsroom["articles"][0]
    for i in range(5):
        counter.hit(article.pk, f"198.51.100.{i}", BROWSER)
    # A flusher claims the counts and dies before writing them.
    assert counter.claim_script(args=[counter.prefix, "dead-flusher"]) == 1
    assert counter.get_total(article.pk) == 5
    counter.hit(article.pk, "198.51.100.99", BROWSER)
    assert counter.flush() == 6
    assert stored_total() == 6
    assert counter.get_total(article.pk) == 6
    # A flusher that wrote its claim but died before dropping it: not written twice.
    counter.hit(article.pk, "198.51.100.100", BROWSER)
    assert counter.claim_script(args=[counter.prefix, "wrote-then-died"]) == 1
    ViewsFlush.objects.create(token="wrote-then-died")
    PageViews.objects.filter(page_id=article.pk).update(count=7)  # what it wrote
    counter.flush()
    assert stored_total() == 7
    assert counter.get_total(article.pk) == 7


def test_counts_land_in_the_hour_bucket_of_the_local_day(newsroom):
    from django.utils import timezone

    article = newsroom["articles"][0]
    counter = get_counter()
    counter.hit(article.pk, "198.51.100.1", BROWSER)
    counter.flush()
    row = PageViews.objects.get()
    now = timezone.localtime()
    assert (row.page_id, row.day, row.count) == (article.pk, now.date(), 1)
    assert row.hour in {now.hour, (now.hour - 1) % 24}


def test_bot_check_is_fast_enough_to_cache(newsroom):
    from masthead.analytics.visitors import is_bot

    assert is_bot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
    assert not is_bot(BROWSER)
    started = time.perf_counter()
    for _ in range(1000):
        is_bot(BROWSER)
    assert is_bot.cache_info().hits >= 1000
    assert time.perf_counter() - started >= 0


def test_concurrent_beacons_of_one_process_count_exactly(newsroom, settings):
    """Threads counting at once (with Redis, they share round trips): every beacon answered,
    each visitor counted once, the answers' totals never beyond the true count."""
    import threading

    settings.MASTHEAD_VIEWS_RATE_LIMIT = "0"
    first, second = newsroom["articles"][:2]
    counter = get_counter()
    answers = []

    def visit(n):
        for i in range(25):
            page = first if i % 2 else second
            # Each visitor sends its beacon twice: the replay counts nothing.
            for _ in range(2):
                answers.append(counter.hit(page.pk, f"198.51.{n}.{i}", BROWSER))

    threads = [threading.Thread(target=visit, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = [status for status, _ in answers]
    assert statuses.count(1) == 16 * 25 and statuses.count(0) == 16 * 25
    assert max(total for _, total in answers) == 16 * 13
    assert counter.get_total(first.pk) == 16 * 12
    assert counter.get_total(second.pk) == 16 * 13
    assert counter.flush() == 16 * 25
    assert stored_total() == 16 * 25


def test_with_redis_down_concurrent_beacons_are_all_counted_locally(newsroom, settings):
    import threading

    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    article = newsroom["articles"][0]
    counter = get_counter()
    answers = []

    def visit(n):
        for i in range(10):
            answers.append(counter.hit(article.pk, f"198.51.{n}.{i}", BROWSER))

    threads = [threading.Thread(target=visit, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [status for status, _ in answers] == [1] * 80
    assert not counter._redis_usable()
    assert counter.get_total(article.pk) == 80
    assert counter.flush() == 80


def test_live_ids_load_inline_once_then_renew_in_the_background(
    newsroom, django_assert_num_queries
):
    import threading

    article = newsroom["articles"][0]
    counter = get_counter()
    with django_assert_num_queries(2):  # the view restrictions, then the live ids
        assert counter.is_countable(article.pk)
    loaded_by = []
    renewed = threading.Event()

    def load():
        loaded_by.append(threading.current_thread())
        renewed.set()

    counter._load_live_ids = load
    counter.live_ids_until = 0.0  # the set is stale
    with django_assert_num_queries(0):  # the beacon answers from the set it has
        assert counter.is_countable(article.pk)
    assert renewed.wait(10)
    assert loaded_by[0] is not threading.current_thread()
    assert counter.live_ids_until > time.monotonic()


def test_beacons_arriving_during_the_first_load_wait_for_it(newsroom):
    import threading

    article = newsroom["articles"][0]
    counter = get_counter()
    release, loads, checked_one_by_one = threading.Event(), [], []

    def load():
        loads.append(1)
        assert release.wait(10)
        counter.live_ids, counter.live_ids_loaded = frozenset({article.pk}), True

    class Validity(dict):
        def get(self, key, default=None):
            checked_one_by_one.append(key)
            return super().get(key, default)

    counter._load_live_ids = load
    counter.validity = Validity()
    answers = []
    threads = [
        threading.Thread(target=lambda: answers.append(counter.is_countable(article.pk)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    release.set()
    for thread in threads:
        thread.join(10)
    assert answers == [True] * 4
    assert loads == [1] and checked_one_by_one == []


def test_a_dropped_redis_connection_is_replaced_without_counting_locally(newsroom):
    counter = get_counter()
    article = newsroom["articles"][0]
    assert counter.hit(article.pk, "198.51.100.1", BROWSER) == (1, 1)
    if counter.redis is None:
        return  # no connection to drop: the process buffer counted, as asserted above
    # Redis closes the batch's connection (a restart, an idle timeout): the next beacon
    # reconnects, and is still counted in Redis, once.
    counter.hit_connection.send_command("CLIENT", "ID")
    client_id = counter.hit_connection.read_response()
    counter.redis.client_kill_filter(_id=client_id)
    assert counter.hit(article.pk, "198.51.100.2", BROWSER) == (1, 2)
    assert counter._redis_usable()
    assert int(counter.redis.hget(counter.prefix + "ptot", article.pk)) == 2


def test_a_beacon_counted_while_the_database_fails_counts_once_and_is_answered(
    newsroom, monkeypatch
):
    from masthead.analytics import counters

    counter = get_counter()
    article = newsroom["articles"][0]

    def database_down(page_id):
        raise RuntimeError("database down")

    monkeypatch.setattr(counters, "get_stored_total", database_down)
    monkeypatch.setattr(counters, "close_old_connections", lambda: None)  # the test's own
    # The page's flushed views cannot be read: the answer has the unflushed ones.
    assert counter.hit(article.pk, "198.51.100.1", BROWSER) == (1, 1)
    monkeypatch.undo()
    # Counted once: in Redis, or else in the process buffer, never in both.
    assert sum(counter.pending.values()) == (0 if counter._redis_usable() else 1)
    assert counter.flush() == 1
    assert stored_total() == 1
