"""`manage.py generate_archive`: a synthetic multilingual archive for benchmarks."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from tqdm import tqdm

from masthead.news.archive import (
    count_archive_articles,
    ensure_archive,
    generate_archive,
    reset_archive,
)
from masthead.news.archive.bulk import DEFAULT_EDITIONS


class Command(BaseCommand):
    help = (
        "Create N realistic synthetic articles across the editions, in bulk, for benchmarks. "
        "Generated pages are marked (owned by the archive-generator user) so --reset and "
        "--ensure find them; other pages are never touched."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=0, help="Articles to add.")
        parser.add_argument(
            "--ensure",
            type=int,
            default=None,
            metavar="N",
            help="Add only the articles missing to reach N (reuse an existing archive).",
        )
        parser.add_argument(
            "--if-fewer-than",
            type=int,
            default=None,
            metavar="N",
            help="Skip the run when there are already N archive articles or more.",
        )
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same archive.")
        parser.add_argument(
            "--batch-size", type=int, default=2000, help="Articles per transaction."
        )
        parser.add_argument(
            "--editions",
            default=",".join(DEFAULT_EDITIONS),
            help="Comma-separated language codes of the editions to fill (default: %(default)s).",
        )
        parser.add_argument("--years", type=int, default=6, help="Years the dates spread over.")
        parser.add_argument(
            "--jobs",
            type=int,
            default=2,
            help="Processes; with 2 or more, workers compose the text while batches are written.",
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the generated archive first (only the generated pages).",
        )

    def handle(self, *args, **options):
        codes = [code.strip() for code in options["editions"].split(",") if code.strip()]
        enabled = {code for code, _name in settings.LANGUAGES}
        unknown = [code for code in codes if code not in enabled]
        if unknown or not codes:
            given = ", ".join(unknown) or "none given"
            raise CommandError(f"Unknown editions: {given} (enabled: {', '.join(sorted(enabled))})")
        if options["batch_size"] < 1 or options["count"] < 0:
            raise CommandError("--count must be >= 0 and --batch-size >= 1.")
        quiet = options["verbosity"] == 0

        if options["reset"]:
            total = count_archive_articles()
            with tqdm(total=total, desc="Deleting", unit="page", disable=quiet) as bar:
                deleted = reset_archive(progress=bar.update)
            self.stdout.write(f"Deleted {deleted} archive articles.")

        existing = count_archive_articles()
        if options["if_fewer_than"] is not None and existing >= options["if_fewer_than"]:
            self.stdout.write(f"Skipped: {existing} archive articles already.")
            return
        count = options["count"]
        if options["ensure"] is not None:
            count = max(0, options["ensure"] - existing)
        if count == 0:
            self.stdout.write(f"Nothing to generate ({existing} archive articles).")
            return

        generate_options = {
            "seed": options["seed"],
            "editions": codes,
            "batch_size": options["batch_size"],
            "years": options["years"],
            "jobs": options["jobs"],
        }
        started = time.perf_counter()
        with tqdm(total=count, desc="Generating", unit="article", disable=quiet) as bar:
            if options["ensure"] is not None:
                made = ensure_archive(options["ensure"], progress=bar.update, **generate_options)
            else:
                made = generate_archive(count, progress=bar.update, **generate_options)
        if connection.vendor == "postgresql":
            # Fresh planner statistics: before autovacuum gets to a bulk load, PostgreSQL
            # would walk every article of a section to find the next one (a tree range)
            # instead of the published_at index.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"Generated {made} articles in {elapsed:.1f} s "
            f"({count_archive_articles()} archive articles in all)."
        )
