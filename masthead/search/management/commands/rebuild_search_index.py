"""manage.py rebuild_search_index: rebuild Masthead's article search index in bulk."""

import time

from django.core.management.base import BaseCommand

from tqdm import tqdm

from masthead.search.indexing import indexable_articles, rebuild_index


class Command(BaseCommand):
    help = "Rebuild the per-language article search index from the live articles."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=1000)
        parser.add_argument("--no-progress", action="store_true", help="Hide the progress bar.")

    def handle(self, *args, batch_size, no_progress, verbosity, **options):
        total = indexable_articles().count()
        started = time.perf_counter()
        with tqdm(
            total=total,
            unit="article",
            disable=no_progress or verbosity == 0,
            file=self.stderr._out,
        ) as bar:
            done = rebuild_index(batch_size=batch_size, progress=bar.update)
        elapsed = time.perf_counter() - started
        if verbosity:
            rate = done / elapsed if elapsed else 0
            self.stdout.write(f"Indexed {done} articles in {elapsed:.1f} s ({rate:.0f}/s).")
