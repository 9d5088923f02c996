"""Send queued Telegram posts, and publish scheduled pages, until stopped."""

import logging
import signal
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from masthead.distribution.actions import enqueue_missed_publications
from masthead.distribution.telegram.client import BotApiClient
from masthead.distribution.telegram.ratelimit import RateLimit
from masthead.distribution.telegram.worker import Worker

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Send the Telegram posts of newly published articles (one worker or several), "
        "and run Wagtail's publish_scheduled (and sweep_baked_pages when pages are baked) "
        "every --publish-scheduled-every seconds."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Send what is due now, then exit (for cron)."
        )
        parser.add_argument(
            "--publish-scheduled-every",
            type=float,
            default=60,
            help="Seconds between runs of publish_scheduled; 0 turns it off (default 60).",
        )

    def handle(self, *args, **options):
        worker = Worker(
            client=BotApiClient(settings.MASTHEAD_TELEGRAM_API_URL),
            rate_limit=RateLimit(per_minute=settings.MASTHEAD_TELEGRAM_MESSAGES_PER_MINUTE),
        )
        every = options["publish_scheduled_every"]
        last_run = [0.0]

        def housekeeping():
            if every and time.monotonic() - last_run[0] >= every:
                last_run[0] = time.monotonic()
                # One transaction: the outbox rows commit together with the publishes.
                with transaction.atomic():
                    call_command("publish_scheduled", verbosity=0)
                if settings.MASTHEAD_PAGECACHE_BAKE_DIR:
                    # nginx sends baked pages without asking the app: nothing else
                    # forgets them when the page cache's lifetime is over.
                    call_command("sweep_baked_pages", verbosity=0)
            enqueue_missed_publications()

        if options["once"]:
            housekeeping()
            worker.run_once()
            return

        stopping = []
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stopping.append(True))
        self.stdout.write("Distribution worker running; Ctrl-C stops it.")
        worker.run(should_stop=lambda: bool(stopping), every=housekeeping)
