"""Write the counted views to the database now (the app processes also do it every few seconds)."""

from django.core.management.base import BaseCommand

from masthead.analytics.counters import get_counter


class Command(BaseCommand):
    help = "Write counted views (Redis, or this process's buffer) to the database."

    def handle(self, *args, **options):
        written = get_counter().flush()
        self.stdout.write(f"{written} views written")
