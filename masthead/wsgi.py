"""WSGI entry point: the page cache in front of Django (masthead.pagecache)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.production")

django_application = get_wsgi_application()

from masthead.pagecache.handler import PageCacheHandler  # noqa: E402 - needs settings loaded

application = PageCacheHandler(django_application)
