"""Fixtures of the analytics tests: a fresh counter and empty shared counters for each test."""

from django.core.cache import cache

import pytest
import redis

from masthead.analytics.counters import get_counter, reset_counter


def clear_redis_counters():
    counter = get_counter()
    if counter.redis is not None:
        try:
            keys = list(counter.redis.scan_iter(match=counter.prefix + "*", count=1000))
        except redis.RedisError:
            return  # a test pointed REDIS_URL at nothing
        if keys:
            counter.redis.delete(*keys)


@pytest.fixture(autouse=True)
def views_settings(settings):
    settings.MASTHEAD_TRUSTED_PROXIES = ["127.0.0.1"]
    settings.MASTHEAD_VIEWS_RATE_LIMIT = "120/60"
    reset_counter()
    clear_redis_counters()
    cache.clear()
    yield settings
    clear_redis_counters()
    reset_counter()


@pytest.fixture
def counter():
    return get_counter()
