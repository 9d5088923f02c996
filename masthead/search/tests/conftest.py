from django.core.cache import cache

import pytest

from masthead.search.indexing import rebuild_index

from .factories import build_editions


@pytest.fixture
def editions(db):
    """Four small editions, indexed."""
    built = build_editions()
    rebuild_index()
    return built


@pytest.fixture(autouse=True)
def _clear_cache():
    """Popular searches are cached; with Redis the cache outlives a test."""
    cache.clear()
    yield
    cache.clear()
