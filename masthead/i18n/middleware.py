"""Language selection for requests."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware


class EditionLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus the 404 redirect outside the editions.

    Django turns a 404 on an unprefixed path into a redirect to /<lang>/<path> when that
    would resolve, and Wagtail's catch-all route resolves everything. That helps a reader
    who typed /analytics/ but not the API, the admin or files: their 404 stays a 404.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(settings.MASTHEAD_UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
