"""Error pages in the site's design."""

from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader


def page_not_found(request, exception=None):
    """Render the 404 page in the reader's language."""
    return HttpResponseNotFound(loader.render_to_string("404.html", {}, request=request))


def server_error(request):
    """Render the 500 page without touching the database (it may be what failed)."""
    return HttpResponseServerError(loader.render_to_string("500.html", {}))
