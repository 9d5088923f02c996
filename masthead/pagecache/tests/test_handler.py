import gzip
import threading

from django.test import Client

import brotli
import pytest

from masthead.pagecache.handler import PageCacheHandler

pytestmark = pytest.mark.django_db


def test_second_request_is_a_hit_served_without_django(wsgi, newsroom, render_counter):
    url = newsroom["articles"][0].url
    first = wsgi.get(url)
    second = wsgi.get(url)
    assert first.status_code == second.status_code == 200
    assert first.body == second.body
    assert b"Story 0-0" in second.body
    assert render_counter == [newsroom["articles"][0].pk]


def test_cached_page_carries_validators_and_cdn_cache_control(wsgi, newsroom, settings):
    response = wsgi.get(newsroom["articles"][0].url)
    cache_control = response.header("Cache-Control")
    assert "public" in cache_control
    assert f"s-maxage={settings.MASTHEAD_PAGECACHE_SHARED_MAX_AGE}" in cache_control
    assert "stale-while-revalidate=" in cache_control
    assert f"max-age={settings.MASTHEAD_PAGECACHE_BROWSER_MAX_AGE}," in cache_control
    assert response.header("ETag").startswith('"')
    assert response.header("Last-Modified").endswith("GMT")
    assert response.header("Vary") == "Accept-Encoding"


def test_matching_if_none_match_gets_304_without_body(wsgi, newsroom):
    url = newsroom["articles"][0].url
    etag = wsgi.get(url).header("ETag")
    response = wsgi.get(url, if_none_match=etag)
    assert response.status_code == 304
    assert response.body == b""
    assert response.header("ETag") == etag
    assert wsgi.get(url, if_none_match='"something-else"').status_code == 200


def test_if_modified_since_gets_304_when_unchanged(wsgi, newsroom):
    url = newsroom["articles"][0].url
    last_modified = wsgi.get(url).header("Last-Modified")
    assert wsgi.get(url, if_modified_since=last_modified).status_code == 304
    old = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert wsgi.get(url, if_modified_since=old).status_code == 200
    assert wsgi.get(url, if_modified_since="not a date").status_code == 200


def test_gzip_and_brotli_variants_are_chosen_by_accept_encoding(wsgi, newsroom):
    url = newsroom["articles"][0].url
    plain = wsgi.get(url).body
    gzipped = wsgi.get(url, accept_encoding="gzip, deflate")
    assert gzipped.header("Content-Encoding") == "gzip"
    assert gzip.decompress(gzipped.body) == plain
    brotlied = wsgi.get(url, accept_encoding="gzip, deflate, br")
    assert brotlied.header("Content-Encoding") == "br"
    assert brotli.decompress(brotlied.body) == plain
    assert int(brotlied.header("Content-Length")) == len(brotlied.body)
    refused = wsgi.get(url, accept_encoding="br;q=0, gzip;q=0")
    assert refused.header("Content-Encoding") is None
    assert refused.body == plain
    assert len({gzipped.header("ETag"), brotlied.header("ETag"), refused.header("ETag")}) == 3


def test_head_is_answered_from_the_get_entry(wsgi, newsroom, render_counter):
    url = newsroom["articles"][0].url
    body = wsgi.get(url).body
    head = wsgi.request(url, "HEAD")
    assert head.status_code == 200
    assert head.body == b""
    assert int(head.header("Content-Length")) == len(body)
    assert len(render_counter) == 1


def test_query_string_is_normalized_in_the_key(wsgi, newsroom, render_counter):
    url = newsroom["sections"][0].url
    wsgi.get(url + "?b=2&a=1")
    wsgi.get(url + "?a=1&b=2&utm_source=newsletter")
    assert len(render_counter) == 1
    wsgi.get(url + "?a=2&b=2")
    assert len(render_counter) == 2


def test_security_headers_are_replayed_and_reader_pages_use_no_nonce(wsgi, newsroom):
    url = newsroom["articles"][0].url
    first = wsgi.get(url)
    hit = wsgi.get(url)
    csp = hit.header("Content-Security-Policy")
    assert csp and csp == first.header("Content-Security-Policy")
    assert "nonce-" not in csp
    assert hit.header("X-Content-Type-Options") == "nosniff"
    for name in ("X-Frame-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy"):
        assert hit.header(name) and hit.header(name) == first.header(name)


def test_home_and_section_pages_are_cached(wsgi, newsroom, render_counter):
    for page in (newsroom["home"], newsroom["sections"][0]):
        wsgi.get(page.url)
        wsgi.get(page.url)
    assert len(render_counter) == 2


def test_admin_is_never_cached(wsgi, pagecache, newsroom, admin_user):
    client = Client()
    client.force_login(admin_user)
    cookie = "; ".join(f"{k}={v.value}" for k, v in client.cookies.items())
    response = wsgi.get("/admin/", cookie=cookie)
    assert response.status_code == 200
    assert wsgi.get("/admin/login/").status_code == 200
    assert len(pagecache) == 0 if hasattr(pagecache, "__len__") else True
    assert "X-Accel-Expires".lower() not in response.header_names()


def test_preview_is_never_cached(wsgi, pagecache, newsroom, admin_user, render_counter):
    client = Client()
    client.force_login(admin_user)
    cookie = "; ".join(f"{k}={v.value}" for k, v in client.cookies.items())
    article = newsroom["articles"][0]
    preview = f"/admin/pages/{article.pk}/edit/preview/"
    first = wsgi.get(preview, cookie=cookie)
    second = wsgi.get(preview, cookie=cookie)
    assert first.status_code == second.status_code
    assert "x-accel-expires" not in second.header_names()
    assert wsgi.get(preview).status_code != 200  # anonymous: sent to the login page


def test_post_is_never_cached_nor_answered_from_cache(wsgi, newsroom, render_counter):
    url = newsroom["articles"][0].url
    wsgi.get(url)
    response = wsgi.request(url, "POST", data="x=1")
    assert response.status_code == 403  # reached Django (CSRF check), not the stored page
    assert "x-accel-expires" not in response.header_names()
    wsgi.request(url, "POST", data="x=1")
    assert len(render_counter) == 1


def test_response_that_sets_a_cookie_is_never_stored(wsgi, newsroom, render_counter, monkeypatch):
    from wagtail.models import Page

    counting_serve = Page.serve

    def serve_with_cookie(self, request, *args, **kwargs):
        response = counting_serve(self, request, *args, **kwargs)
        response.set_cookie("tracking", "1")
        return response

    monkeypatch.setattr(Page, "serve", serve_with_cookie)
    url = newsroom["articles"][0].url
    first = wsgi.get(url)
    second = wsgi.get(url)
    assert first.header("Set-Cookie") and second.header("Set-Cookie")
    assert len(render_counter) == 2  # rendered every time: never stored


def test_no_cached_response_ever_carries_set_cookie(wsgi, newsroom, pagecache):
    for page in (newsroom["home"], newsroom["sections"][0], *newsroom["articles"]):
        wsgi.get(page.url)
        hit = wsgi.get(page.url, accept_encoding="br")
        assert hit.header("X-Accel-Expires") is not None
        assert "set-cookie" not in hit.header_names()


def test_page_using_a_csp_nonce_is_not_stored(wsgi, newsroom, render_counter, monkeypatch):
    from wagtail.models import Page

    original = Page.serve

    def serve_with_nonce(self, request, *args, **kwargs):
        str(request._csp_nonce)  # the template asked for a nonce
        return original(self, request, *args, **kwargs)

    monkeypatch.setattr(Page, "serve", serve_with_nonce)
    url = newsroom["articles"][0].url
    assert "nonce-" in wsgi.get(url).header("Content-Security-Policy")
    wsgi.get(url)
    assert len(render_counter) == 2


def test_logged_in_editor_never_gets_the_cached_page(wsgi, newsroom, admin_user, render_counter):
    from masthead.news.models import ArticlePage

    article = newsroom["articles"][0]
    wsgi.get(article.url)  # cached for readers
    ArticlePage.objects.filter(pk=article.pk).update(title="Seen only by Django")
    client = Client()
    client.force_login(admin_user)
    cookie = "; ".join(f"{k}={v.value}" for k, v in client.cookies.items())
    editor = wsgi.get(article.url, cookie=cookie)
    reader = wsgi.get(article.url)
    assert b"Seen only by Django" in editor.body
    assert "x-accel-expires" not in editor.header_names()
    assert b"Seen only by Django" not in reader.body  # the edit was saved without a publish
    assert len(render_counter) == 2


def test_editor_render_is_never_stored_for_readers(wsgi, newsroom, admin_user, render_counter):
    client = Client()
    client.force_login(admin_user)
    cookie = "; ".join(f"{k}={v.value}" for k, v in client.cookies.items())
    url = newsroom["articles"][0].url
    wsgi.get(url, cookie=cookie)
    wsgi.get(url)
    assert len(render_counter) == 2


def test_not_found_is_not_stored(wsgi, newsroom):
    assert wsgi.get("/en/no-such-page/").status_code == 404
    assert "x-accel-expires" not in wsgi.get("/en/no-such-page/").header_names()


def test_disabled_cache_renders_every_request(wsgi, newsroom, render_counter, settings):
    settings.MASTHEAD_PAGECACHE_ENABLED = False
    url = newsroom["articles"][0].url
    wsgi.get(url)
    wsgi.get(url)
    assert len(render_counter) == 2


def test_request_that_missed_just_before_the_page_was_stored_does_not_render_it_again(
    wsgi, newsroom, render_counter, pagecache, monkeypatch
):
    # Its first lookup ran before the previous leader stored the page, and by the time
    # it asks to render, that leader's flight is over: it must look again, not render.
    url = newsroom["articles"][0].url
    wsgi.get(url)
    real_get = type(pagecache).get
    lookups = []

    def first_lookup_misses(store, key):
        lookups.append(key)
        return None if len(lookups) == 1 else real_get(store, key)

    monkeypatch.setattr(type(pagecache), "get", first_lookup_misses)
    response = wsgi.get(url)
    assert response.status_code == 200
    assert b"Story 0-0" in response.body
    assert len(lookups) == 2
    assert render_counter == [newsroom["articles"][0].pk]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_waiting_requests_take_the_leaders_page_even_when_the_store_cannot_be_read(
    pagecache, render_counter, monkeypatch
):
    # A shared store that times out under the burst must not turn every waiting request
    # into a render of its own: the leader hands its page over in memory.
    from django.core.handlers.wsgi import WSGIHandler

    from wagtail import hooks

    from masthead.news.tests.factories import build_newsroom
    from masthead.pagecache import handler as handler_module

    from .conftest import WSGIClient

    newsroom = build_newsroom(sections=1, articles_per_section=2)
    url = newsroom["articles"][0].url
    wsgi = WSGIClient(PageCacheHandler(WSGIHandler()))
    wsgi.get(url)  # the first render creates per-site rows, whose saves purge
    pagecache.purge({f"page:{newsroom['articles'][0].pk}"})
    render_counter.clear()
    leader_rendering, release_leader = threading.Event(), threading.Event()
    waiting, waiting_lock = [], threading.Lock()

    class CountedWait(threading.Event):
        def wait(self, timeout=None):
            with waiting_lock:
                waiting.append(threading.get_ident())
            return super().wait(timeout)

    class CountedFlight(handler_module._Flight):
        def __init__(self):
            super().__init__()
            self.done = CountedWait()

    def slow_render(page, request, serve_args, serve_kwargs):
        leader_rendering.set()
        release_leader.wait(10)

    monkeypatch.setattr(handler_module, "_Flight", CountedFlight)
    results = []
    with hooks.register_temporarily("before_serve_page", slow_render):
        leader = threading.Thread(target=lambda: results.append(wsgi.get(url)))
        leader.start()
        assert leader_rendering.wait(10)
        monkeypatch.setattr(type(pagecache), "get", lambda store, key: None)
        followers = [
            threading.Thread(target=lambda: results.append(wsgi.get(url))) for _ in range(5)
        ]
        for follower in followers:
            follower.start()
        for _ in range(1000):
            if len(waiting) == 5:
                break
            threading.Event().wait(0.01)
        assert len(waiting) == 5
        release_leader.set()
        for thread in [leader, *followers]:
            thread.join(timeout=30)
    assert [result.status_code for result in results] == [200] * 6
    assert len({result.body for result in results}) == 1
    assert render_counter == [newsroom["articles"][0].pk]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_burst_of_100_concurrent_misses_renders_once(pagecache, render_counter):
    from django.core.handlers.wsgi import WSGIHandler

    from masthead.news.tests.factories import build_newsroom

    from .conftest import WSGIClient

    newsroom = build_newsroom(sections=1, articles_per_section=2)
    url = newsroom["articles"][0].url
    client = WSGIClient(PageCacheHandler(WSGIHandler()))
    client.get(url)
    pagecache.purge({f"page:{newsroom['articles'][0].pk}"})  # just invalidated
    render_counter.clear()
    start = threading.Barrier(100)
    results = []

    def read():
        start.wait()
        results.append(client.get(url))

    threads = [threading.Thread(target=read) for _ in range(100)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(results) == 100
    assert {result.status_code for result in results} == {200}
    assert len({result.body for result in results}) == 1
    assert render_counter == [newsroom["articles"][0].pk]
