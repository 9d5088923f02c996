import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

import pytest

from masthead.pagecache.frontend import EncodingVariantsHTTPBackend

pytestmark = pytest.mark.django_db


class RecordingBackend(BaseBackend):
    purged: list = []

    def purge(self, url):
        RecordingBackend.purged.append(url)


def test_publishing_purges_the_article_and_its_listings_at_the_cdn(
    settings, pagecache, newsroom, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "masthead.pagecache.tests.test_frontend.RecordingBackend"}
    }
    RecordingBackend.purged.clear()
    article = newsroom["articles"][1]
    article.title = "Corrected"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    purged = set(RecordingBackend.purged)
    for page in (article, newsroom["sections"][0], newsroom["home"]):
        assert page.get_full_url() in purged


def test_nginx_backend_refreshes_every_stored_encoding():
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):
            seen.append((self.path, self.headers["Host"], self.headers["Accept-Encoding"]))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 8142), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        backend = EncodingVariantsHTTPBackend({"LOCATION": "http://127.0.0.1:8142"})
        backend.purge("https://news.example/en/politics/story/?page=2")
    finally:
        server.shutdown()
        server.server_close()
    assert sorted(seen) == sorted(
        ("/en/politics/story/?page=2", "news.example", encoding)
        for encoding in ("br", "gzip", "identity")
    )
