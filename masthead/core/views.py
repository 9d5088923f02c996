"""Error pages in the site's design."""

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.utils.translation import get_language


def page_not_found(request, exception=None):
    """Render the 404 page in the reader's language, with the site's header and footer."""
    return HttpResponseNotFound(loader.render_to_string("404.html", {}, request=request))


def server_error(request):
    """Render the 500 page without touching the database (it may be what failed)."""
    context = {
        "publication_name": settings.MASTHEAD_PUBLICATION_NAME,
        "LANGUAGE_CODE": get_language() or settings.LANGUAGE_CODE,
    }
    return HttpResponseServerError(loader.render_to_string("500.html", context))
