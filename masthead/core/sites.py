"""The Wagtail Site of a request and its settings, read once per content change.

Wagtail finds the Site of every request with a query, and the site settings with another;
both change only when an administrator edits them (which purges the caches and moves the
content generation). Kept in process memory, they cost no query on the reader path.
"""

import copy

from django.http.request import split_domain_port

from wagtail.models import Site

from masthead.pagecache.generation import cached_for_generation


def find_site(request):
    """Return the Site for the request (Wagtail's own matching), its root page specific."""

    def load():
        site = Site._find_for_request(request)
        if site is not None:
            # Wagtail routes from site.root_page.localized.specific: keep the specific page.
            site.root_page = site.root_page.specific
        return site

    # get_host() checks ALLOWED_HOSTS (a 400 otherwise): only allowed names become keys.
    hostname = split_domain_port(request.get_host())[0]
    return cached_for_generation(f"core:site:{hostname}:{request.get_port()}", load)


class CachedSiteMiddleware:
    """Set `request._wagtail_site`, which Site.find_for_request() returns when present."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = find_site(request)
        return self.get_response(request)


def settings_for_request(model, request):
    """Return a copy of the cached settings row of the request's site (for_request's work)."""
    site = Site.find_for_request(request)
    if site is None:
        raise model.DoesNotExist(f"{model} does not exist for site None.")
    shared = cached_for_generation(
        f"core:settings:{model._meta.label}:{site.pk}", lambda: model.for_site(site)
    )
    instance = copy.copy(shared)  # for_request() marks it with the request: not the shared one
    instance._request = request
    return instance
