"""The bare domain sends each reader to the edition of their language."""

from django.http import HttpResponseRedirect
from django.utils.cache import patch_vary_headers

from .editions import choose_language, get_default_language, get_home_url


def redirect_to_edition(request):
    """Redirect `/` to the best edition for the browser's Accept-Language (302, varies on it)."""
    language = choose_language(request.headers.get("Accept-Language")) or get_default_language()
    response = HttpResponseRedirect(get_home_url(language))
    patch_vary_headers(response, ["Accept-Language"])
    return response
