"""Baked pages: the files nginx sends are the stored pages, and purges delete them."""

import gzip
import importlib
import os
import re
import sys
import time
from pathlib import Path

from django.conf import settings as django_settings
from django.core.management import call_command

import brotli
import pytest

from masthead.news.tests.factories import build_newsroom
from masthead.pagecache.bake import Bakery, BakingStore
from masthead.pagecache.entry import build_cached_page
from masthead.pagecache.handler import get_store

pytestmark = pytest.mark.django_db

NGINX_CONF = Path(django_settings.BASE_DIR) / "deploy" / "nginx" / "masthead.conf"


@pytest.fixture
def bake_dir(tmp_path, settings, pagecache):
    settings.MASTHEAD_PAGECACHE_BAKE_DIR = str(tmp_path / "baked")
    store = get_store()
    assert isinstance(store, BakingStore)
    store.clear()
    yield tmp_path / "baked"
    store.clear()


@pytest.fixture
def site(db):
    return build_newsroom(sections=2, articles_per_section=3)


def baked(bake_dir: Path, page) -> Path:
    return bake_dir / "pages" / "http" / "testserver" / page.url.lstrip("/") / "index.html"


def test_stored_page_is_baked_in_every_encoding(bake_dir, wsgi, site):
    article = site["articles"][0]
    served = wsgi.get(article.url)
    file = baked(bake_dir, article)
    assert file.read_bytes() == served.body
    assert gzip.decompress(Path(f"{file}.gz").read_bytes()) == served.body
    assert brotli.decompress(Path(f"{file}.br").read_bytes()) == served.body
    assert file.stat().st_mode & 0o777 == 0o644  # nginx's user reads it
    assert b"Story 0-0" in file.read_bytes()


def test_only_plain_html_addresses_are_baked(bake_dir, wsgi, site):
    article = site["articles"][0]
    assert wsgi.get(article.url + "?page=2").status_code == 200
    assert wsgi.get("/en/no-such-page/").status_code == 404
    feed = wsgi.get("/en/feeds/rss/")
    assert feed.status_code == 200
    # A query string, a 404 and a feed: nothing under pages/ but maybe directories.
    files = [p for p in (bake_dir / "pages").rglob("*") if p.is_file()] if bake_dir.exists() else []
    assert files == []
    wsgi.get(article.url, host="testserver:8000")
    assert not (bake_dir / "pages" / "http" / "testserver:8000").exists()


def test_published_edit_deletes_the_files_of_every_page_that_shows_it(
    bake_dir, wsgi, site, django_capture_on_commit_callbacks
):
    home, (section, other_section), articles = site["home"], site["sections"], site["articles"]
    for page in [home, section, other_section, *articles]:
        wsgi.get(page.url)
    article = articles[1]
    assert baked(bake_dir, article).exists()
    article.title = "Story 0-1, corrected"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    for page in (article, section, home, articles[0], articles[2]):
        for suffix in ("", ".gz", ".br"):
            assert not Path(f"{baked(bake_dir, page)}{suffix}").exists(), page.url
    assert baked(bake_dir, other_section).exists()  # it does not show the article
    assert baked(bake_dir, articles[3]).exists()
    # The next request renders the correction and bakes it again.
    assert b"Story 0-1, corrected" in wsgi.get(article.url).body
    assert b"Story 0-1, corrected" in baked(bake_dir, article).read_bytes()


def test_unpublished_article_file_is_gone(bake_dir, wsgi, site, django_capture_on_commit_callbacks):
    article = site["articles"][2]
    wsgi.get(article.url)
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert not baked(bake_dir, article).exists()
    assert wsgi.get(article.url).status_code == 404


def test_site_settings_change_deletes_every_baked_page(
    bake_dir, wsgi, site, django_capture_on_commit_callbacks
):
    from masthead.core.models import SiteSettings

    for page in (site["home"], *site["articles"]):
        wsgi.get(page.url)
    settings_row = SiteSettings.for_site(site["home"].get_site())
    with django_capture_on_commit_callbacks(execute=True):
        settings_row.save()
    assert list((bake_dir / "pages").rglob("index.html")) == []


def test_page_rendered_before_a_purge_is_not_left_baked(bake_dir, site):
    """A purge between put() and the files being written found nothing to delete."""
    store = get_store()
    page = _page(tags=("all", "page:1"))
    key = "http://testserver/en/late/?"
    real_bake = store.bakery.bake

    def purge_meanwhile(key, page):
        store.purge({"page:1"})  # another process publishes while we write
        return real_bake(key, page)

    store.bakery.bake = purge_meanwhile
    assert store.put(key, page, store.token())
    assert not (bake_dir / "pages" / "http" / "testserver" / "en" / "late" / "index.html").exists()


def test_render_that_began_before_a_purge_is_neither_stored_nor_baked(bake_dir, site):
    store = get_store()
    token = store.token()
    store.purge({"page:1"})
    assert not store.put("http://testserver/en/late/?", _page(tags=("page:1",)), token)
    assert not (bake_dir / "pages").exists() or not list((bake_dir / "pages").rglob("*.html"))


@pytest.mark.parametrize(
    "key",
    [
        "http://testserver/en/../etc/?",
        "http://testserver/en/./x/?",
        "http://testserver/en//x/?",
        "http://testserver/en/a\\b/?",
        "http://testserver/en/a\x00b/?",
        "http://testserver/en/story?",
        "http://testserver/en/story/?q=1",
        "http://../en/?",
        "http://TestServer/en/?",
        "http://testserver:8000/en/?",
        "ftp://testserver/en/?",
        "testserver/en/?",
    ],
)
def test_unsafe_or_unreachable_addresses_are_never_baked(tmp_path, key):
    assert Bakery(tmp_path).target_for(key, _page()) is None


def test_non_ascii_paths_are_baked_as_the_bytes_nginx_looks_up(tmp_path):
    # WSGI gives the path as UTF-8 bytes decoded as latin-1; nginx's $uri is those bytes.
    path = "/ru/новости/".encode().decode("latin-1")
    target = Bakery(tmp_path).bake(f"http://testserver{path}?", _page())
    assert os.fsencode(target).endswith("/ru/новости/index.html".encode())


def test_a_tampered_entry_never_deletes_outside_the_pages(tmp_path):
    bakery = Bakery(tmp_path / "baked")
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me")
    bakery.bake("http://testserver/en/x/?", _page(tags=("t",)))
    for entry in (tmp_path / "baked" / "tags").rglob("*"):
        if entry.is_file():
            entry.write_bytes(b"../precious.txt")
    bakery.purge({"t"})
    assert outside.read_text() == "keep me"


def test_sweep_deletes_pages_older_than_the_ttl(bake_dir, settings):
    bakery = Bakery(bake_dir)
    old = bakery.bake("http://testserver/en/old/?", _page(stored_at=time.time() - 7200))
    new = bakery.bake("http://testserver/en/new/?", _page())
    settings.MASTHEAD_PAGECACHE_TTL = 3600
    call_command("sweep_baked_pages", verbosity=0)
    assert not old.exists() and not Path(f"{old}.gz").exists()
    assert new.exists()
    call_command("sweep_baked_pages", "--all", verbosity=0)
    assert not new.exists()


# The nginx configuration adds to baked pages the headers the app sends with them.
def _baked_location() -> str:
    text = NGINX_CONF.read_text()
    return text[text.index("\n    location / {") : text.index("location @app")]


def _baked_location_headers() -> dict[str, str]:
    headers = {}
    for name, value in re.findall(r'add_header\s+(\S+)\s+("[^"]*"|\S+?);', _baked_location()):
        headers[name.lower()] = value.strip('"')
    return headers


def test_nginx_adds_the_headers_the_app_stores_with_a_page(bake_dir, wsgi, site):
    served = wsgi.get(site["articles"][0].url)
    nginx = _baked_location_headers()
    kept = {
        "cache-control",
        "content-security-policy",
        "x-frame-options",
        "x-content-type-options",
        "referrer-policy",
        "cross-origin-opener-policy",
    }
    app = {name.lower(): value for name, value in served.headers if name.lower() in kept}
    assert set(app) == kept
    assert {name: nginx.get(name) for name in kept} == app


def test_nginx_hsts_header_is_the_production_one(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "only-to-read-the-production-settings")
    monkeypatch.delenv("MASTHEAD_LOCAL_HTTP", raising=False)
    monkeypatch.delenv("MASTHEAD_HSTS_SECONDS", raising=False)
    monkeypatch.delitem(sys.modules, "masthead.settings.production", raising=False)
    production = importlib.import_module("masthead.settings.production")
    monkeypatch.delitem(sys.modules, "masthead.settings.production")

    expected = f"max-age={production.SECURE_HSTS_SECONDS}"
    if production.SECURE_HSTS_INCLUDE_SUBDOMAINS:
        expected += "; includeSubDomains"
    if production.SECURE_HSTS_PRELOAD:
        expected += "; preload"
    assert _baked_location_headers()["strict-transport-security"] == expected


def test_nginx_rechecks_a_baked_file_within_a_second_of_its_purge():
    block = _baked_location()
    assert re.search(r"\n\s*open_file_cache_valid 1s;", block)


def test_nginx_sends_baked_pages_only_for_plain_reads():
    text = NGINX_CONF.read_text()
    start = text.index("$masthead_baked {")
    entries = re.findall(r'^\s*"([^"]*)"\s+1;', text[start : text.index("}", start)], re.M)
    # method : query string? : editor's cookie? : Authorization
    assert sorted(entries) == ["GET::0:", "HEAD::0:"]
    assert "try_files $masthead_bake_prefix/$scheme/$host${uri}index.html @app;" in (
        _baked_location()
    )


def _page(*, tags=("all",), stored_at=None):
    body = b"<!doctype html><title>x</title>" + b"<p>text</p>" * 100
    return build_cached_page(
        status="200 OK",
        headers=[("Content-Type", "text/html; charset=utf-8")],
        body=body,
        tags=tags,
        cache_control="public",
        proxy_ttl=1,
        now=stored_at if stored_at is not None else time.time(),
    )
