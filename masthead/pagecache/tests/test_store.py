import time

import pytest

from masthead.pagecache.entry import build_cached_page, parse_accept_encoding
from masthead.pagecache.store import MemoryStore


def make_page(tags=("all", "page:1")):
    return build_cached_page(
        status="200 OK",
        headers=[("Content-Type", "text/html"), ("Set-Cookie", "a=b")],
        body=b"<p>story</p>" * 100,
        tags=tuple(tags),
        cache_control="public, max-age=30",
        proxy_ttl=1,
        now=time.time(),
    )


@pytest.fixture
def journal(tmp_path):
    return str(tmp_path / "pagecache.journal")


def test_purge_in_one_process_reaches_the_others_exactly(journal):
    here = MemoryStore(max_entries=10, ttl=60, journal=journal)
    there = MemoryStore(max_entries=10, ttl=60, journal=journal)  # another worker process
    there.put("/a", make_page(("all", "page:1")), there.token())
    there.put("/b", make_page(("all", "page:2")), there.token())
    here.purge({"page:1"})
    assert there.get("/a") is None
    assert there.get("/b") is not None


def test_render_begun_before_a_purge_is_not_stored(journal):
    store = MemoryStore(max_entries=10, ttl=60, journal=journal)
    other = MemoryStore(max_entries=10, ttl=60, journal=journal)
    token = store.token()
    other.purge({"page:9"})  # an editor published while the page was rendering
    assert store.put("/a", make_page(), token) is False
    assert store.get("/a") is None
    assert store.put("/a", make_page(), store.token()) is True


def test_rotated_journal_drops_what_it_may_have_missed(journal, monkeypatch):
    import masthead.pagecache.store as store_module

    reader = MemoryStore(max_entries=10, ttl=60, journal=journal)
    writer = MemoryStore(max_entries=10, ttl=60, journal=journal)
    reader.put("/a", make_page(), reader.token())
    monkeypatch.setattr(store_module, "JOURNAL_ROTATE_BYTES", 0)
    writer.purge({"page:unrelated"})
    writer.purge({"page:unrelated-too"})
    assert reader.get("/a") is None


def test_oldest_entries_make_room_for_new_ones():
    store = MemoryStore(max_entries=2, ttl=60)
    for key in ("/a", "/b", "/c"):
        store.put(key, make_page(), store.token())
    assert store.get("/a") is None
    assert store.get("/c") is not None
    assert len(store) == 2


def test_expired_entry_is_a_miss():
    store = MemoryStore(max_entries=2, ttl=0)
    page = make_page()
    page.stored_at -= 10
    store.put("/a", page, store.token())
    assert store.get("/a") is None


def test_stored_page_never_keeps_set_cookie():
    page = make_page()
    for headers in page.headers.values():
        assert "set-cookie" not in {name.lower() for name, _value in headers}


def test_accept_encoding_parsing_tolerates_garbage():
    assert parse_accept_encoding("gzip;q=abc, br") == {"gzip": 0.0, "br": 1.0}
    assert parse_accept_encoding(",,;") == {}
