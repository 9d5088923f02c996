import pytest

from masthead.search.indexing import rebuild_index

from .factories import build_editions


@pytest.fixture
def editions(db):
    """Four small editions, indexed."""
    built = build_editions()
    rebuild_index()
    return built
