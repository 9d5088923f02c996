"""Editors' writes are all-or-nothing."""

from django.conf import settings
from django.db import transaction


class AtomicAdminWritesMiddleware:
    """Run every admin POST in one database transaction.

    Wagtail's publish action saves the page and then sends `page_published`
    without a transaction of its own, so rows that other apps write in
    reaction (the Telegram outbox, say) would otherwise commit separately. In
    one transaction a publish and everything it causes commit together, or
    nothing does. Reader requests are untouched: on SQLite a transaction takes
    the write lock.
    """

    unsafe_methods = frozenset({"POST", "PUT", "PATCH", "DELETE"})

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefix = "/" + settings.MASTHEAD_ADMIN_PATH.strip("/") + "/"

    def __call__(self, request):
        if request.method not in self.unsafe_methods or not request.path.startswith(self.prefix):
            return self.get_response(request)
        with transaction.atomic():
            response = self.get_response(request)
            if response.status_code >= 500:
                # The view failed after writing: keep none of it.
                transaction.set_rollback(True)
        return response
