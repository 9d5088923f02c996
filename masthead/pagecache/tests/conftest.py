"""Call the page cache as a WSGI server would, in front of Django's real handler."""

from dataclasses import dataclass

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

import pytest

from masthead.pagecache.handler import PageCacheHandler, get_store


@dataclass
class WSGIResult:
    status: str
    headers: list
    body: bytes

    @property
    def status_code(self) -> int:
        return int(self.status.split()[0])

    def header(self, name: str):
        values = [v for n, v in self.headers if n.lower() == name.lower()]
        return values[0] if values else None

    def header_names(self) -> set[str]:
        return {n.lower() for n, _v in self.headers}


class WSGIClient:
    def __init__(self, app):
        self.app = app
        self.factory = RequestFactory()

    def request(self, path, method="GET", data=None, **headers) -> WSGIResult:
        environ = self.factory.generic(
            method, path, data=data or "", headers=headers, content_type="text/plain"
        ).environ
        if "?" in path:
            environ["QUERY_STRING"] = path.split("?", 1)[1]
            environ["PATH_INFO"] = path.split("?", 1)[0]
        captured = {}

        def start_response(status, response_headers, exc_info=None):
            captured["status"] = status
            captured["headers"] = list(response_headers)

        # As Django's test client does: the test's transaction outlives the request.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            result = self.app(environ, start_response)
            try:
                body = b"".join(result)
            finally:
                if hasattr(result, "close"):
                    result.close()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        return WSGIResult(captured["status"], captured["headers"], body)

    def get(self, path, **headers) -> WSGIResult:
        return self.request(path, "GET", **headers)


@pytest.fixture
def pagecache(settings):
    """A fresh page cache for this test (memory, or the Redis of REDIS_URL)."""
    settings.MASTHEAD_PAGECACHE_ENABLED = True
    settings.MASTHEAD_PAGECACHE_JOURNAL = ""
    store = get_store()
    store.clear()
    yield store
    store.clear()


@pytest.fixture
def wsgi(pagecache):
    return WSGIClient(PageCacheHandler(WSGIHandler()))


@pytest.fixture
def render_counter():
    """Count the Wagtail pages Django actually serves (ids, in order)."""
    from wagtail import hooks

    calls = []

    def count(page, request, serve_args, serve_kwargs):
        calls.append(page.pk)

    with hooks.register_temporarily("before_serve_page", count):
        yield calls
