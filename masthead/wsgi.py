"""WSGI entry point: the views beacon and the page cache answer before Django's request cycle."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.production")

django_application = get_wsgi_application()

# Both need settings loaded, hence after get_wsgi_application().
from masthead.analytics.wsgi import with_views_beacon  # noqa: E402
from masthead.pagecache.handler import PageCacheHandler  # noqa: E402

application = with_views_beacon(PageCacheHandler(django_application))

# What start-up left alive (modules, compiled templates, URL patterns) is never garbage:
# frozen, the cyclic collector stops walking it, and a page render, which allocates a few
# thousand short-lived containers, no longer sets off a collection every 700 of them.
gc.freeze()
gc.set_threshold(20_000, 20, 20)
