"""Fixtures shared by every app's tests."""

import pytest


@pytest.fixture(autouse=True)
def _isolated_state(settings):
    """Start every test with empty caches and the default language.

    The database is rolled back after each test, but caches (process memory, or Redis in
    the PostgreSQL + Redis run) and the active language would otherwise carry one test's
    rows and language into the next.
    """
    from django.core.cache import caches
    from django.utils import translation

    from masthead.pagecache.generation import forget_cached_values

    for cache in caches.all(initialized_only=True):
        cache.clear()
    forget_cached_values()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def newsroom(db):
    """A small English edition: home page, two sections, three articles each."""
    from masthead.news.tests.factories import build_newsroom

    return build_newsroom()
