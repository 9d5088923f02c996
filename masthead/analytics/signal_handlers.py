"""Reactions to publishing: a page's countability and the "most read" lists change."""

from django.core.cache import cache
from django.db import transaction

VIEWS_SETTINGS = {
    "MASTHEAD_VIEWS_RATE_LIMIT",
    "MASTHEAD_TRUSTED_PROXIES",
    "MASTHEAD_VIEWS_FLUSH_SECONDS",
    "REDIS_URL",
    "CACHE_KEY_PREFIX",
    "TIME_ZONE",
    "SECRET_KEY",
}


def forget_page(sender, instance, **kwargs):
    """Re-check the page's status on its next beacon and recompute the lists."""
    from .counters import get_counter
    from .reports import MOST_READ_CACHE_VERSION_KEY

    page_id = instance.pk

    def forget():
        get_counter().forget_page(page_id)
        try:
            cache.incr(MOST_READ_CACHE_VERSION_KEY)
        except ValueError:
            cache.set(MOST_READ_CACHE_VERSION_KEY, 1, None)

    transaction.on_commit(forget)


def reset_on_setting_change(setting, **kwargs):
    if setting in VIEWS_SETTINGS:
        from . import visitors
        from .counters import reset_counter

        reset_counter()
        visitors._get_trusted_networks.cache_clear()
        visitors._is_trusted_proxy.cache_clear()
        visitors._get_day_key.cache_clear()
