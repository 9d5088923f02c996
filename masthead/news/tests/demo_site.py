"""The demo content (`manage.py load_demo`), loaded once for every test that reads it.

Loading the demo takes tens of seconds, and three apps' tests read it (news, distribution,
search). The root conftest's `demo_site` fixture loads it once inside a transaction that stays
open while the tests that ask for `demo` run one after another (conftest.py keeps them
together, and on one pytest-xdist worker); each of those tests runs in its own savepoint, as
usual. After the last of them the transaction is rolled back, so no other test sees the demo.
"""

from contextlib import ExitStack
from io import StringIO

from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, transaction
from django.test import TestCase, override_settings


def clear_caches() -> None:
    """Site root paths and edition texts are cached: with rolled-back rows, on either side."""
    for cache in caches.all():
        cache.clear()


class DemoSite:
    """The demo loaded in an open transaction; `unload()` rolls it back."""

    def __init__(self, blocker, media_root):
        self.blocker = blocker
        self.media_root = media_root
        self.output = ""
        self.counts_after_load = None
        self._stack: ExitStack | None = None

    @property
    def loaded(self) -> bool:
        return self._stack is not None

    def load(self) -> None:
        """Load the demo in a new transaction (a savepoint when a test's is open)."""
        assert not self.loaded
        clear_caches()
        stack = ExitStack()
        stack.enter_context(self.blocker.unblock())
        stack.enter_context(override_settings(MEDIA_ROOT=self.media_root))
        stack.enter_context(transaction.atomic())
        self._stack = stack
        try:
            # Publishing indexes articles for search once the transaction commits, which this
            # one never does: run those callbacks now, as a commit would.
            with TestCase.captureOnCommitCallbacks(execute=True):
                output = StringIO()
                call_command("load_demo", verbosity=0, stdout=output)
            self.output = output.getvalue()
            self.counts_after_load = snapshot_counts()
        except BaseException:
            self.unload()
            raise

    def unload(self) -> None:
        """Roll the demo back and forget what caches learnt from it."""
        if self._stack is None:
            return
        stack, self._stack = self._stack, None
        transaction.set_rollback(True, using=connection.alias)
        stack.close()
        clear_caches()


def snapshot_counts() -> dict:
    """Rows a second load must not add to."""
    from wagtail.images.models import Image
    from wagtail.models import Locale, Page, Revision, Site

    from masthead.ads.models import AdSlot
    from masthead.news.models import Author

    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "authors": Author.objects.count(),
        "ads": AdSlot.objects.count(),
        "images": Image.objects.count(),
        "locales": Locale.objects.count(),
        "sites": Site.objects.count(),
    }
