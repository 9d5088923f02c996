"""Delete baked pages older than the page cache's lifetime (MASTHEAD_PAGECACHE_TTL)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from masthead.pagecache.bake import Bakery


class Command(BaseCommand):
    help = (
        "Delete baked page files (MASTHEAD_PAGECACHE_BAKE_DIR) older than "
        "MASTHEAD_PAGECACHE_TTL seconds, as the page cache forgets its own copies. "
        "The distribution worker runs this every few minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Delete every baked page (after a release)."
        )

    def handle(self, *args, **options):
        if not settings.MASTHEAD_PAGECACHE_BAKE_DIR:
            self.stdout.write("MASTHEAD_PAGECACHE_BAKE_DIR is not set: nothing is baked.")
            return
        bakery = Bakery(settings.MASTHEAD_PAGECACHE_BAKE_DIR)
        if options["all"]:
            bakery.clear()
            self.stdout.write("Deleted every baked page.")
            return
        deleted = bakery.sweep(settings.MASTHEAD_PAGECACHE_TTL)
        if options["verbosity"]:
            self.stdout.write(f"Deleted {deleted} baked page(s) older than the page cache TTL.")
