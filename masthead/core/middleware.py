"""Middleware of the core app."""

from django.conf import settings


class AdminContentSecurityPolicyMiddleware:
    """Give the admin its own Content-Security-Policy.

    Wagtail's admin widgets still emit small inline scripts, so the admin needs
    'unsafe-inline' for scripts; reader pages keep the strict site policy. Listed
    after Django's CSP middleware so that it marks the response before the
    header is built.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.MASTHEAD_ADMIN_PATH.strip("/") + "/"

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(self.prefix):
            response._csp_config = settings.MASTHEAD_ADMIN_CSP
        return response
