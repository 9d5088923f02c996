"""`manage.py load_demo`: load the demo publication, idempotently, and print the admin login."""

import logging
import time

from django.core.management.base import BaseCommand

from masthead.news.demo.loader import count_content, load_demo, reset_admin_password


class Command(BaseCommand):
    help = "Load the demo content (four editions, articles, images, ads); safe to run again."

    def handle(self, *args, **options):
        started = time.monotonic()
        if options["verbosity"] < 2:
            # One line per saved page and background task would bury the summary.
            for name in ("django_tasks", "wagtail"):
                logging.getLogger(name).setLevel(logging.WARNING)
        report = load_demo()
        changes = {**{f"new {k}": v for k, v in report.created.items()}}
        changes.update({f"updated {k}": v for k, v in report.updated.items()})
        if report.images_created:
            changes["new images"] = report.images_created
        summary = ", ".join(f"{k}: {v}" for k, v in sorted(changes.items())) or "nothing changed"
        self.stdout.write(f"Demo content loaded in {time.monotonic() - started:.1f} s ({summary}).")
        for language, counts in count_content().items():
            line = ", ".join(f"{count} {kind}" for kind, count in counts.items())
            self.stdout.write(f"  {language}: {line}")
        password = reset_admin_password()
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: http://127.0.0.1:8000/admin/  user: admin  password: {password}"
            )
        )
