"""WSGI entry point."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.production")

application = get_wsgi_application()

# The views beacon is answered before Django's request cycle (analytics app).
from masthead.analytics.wsgi import with_views_beacon  # noqa: E402

application = with_views_beacon(application)
