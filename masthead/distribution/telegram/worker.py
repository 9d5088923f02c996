"""The outbox worker: claims due posts, sends them at the channel's pace, records the outcome.

Every state change is a conditional UPDATE on the row (its state and attempt id), so several
workers may run at once and none can finish another's attempt. A post is sent at most once
unless an answer is lost: a lost answer (or a worker killed mid-send) allows exactly one more
attempt, which may post a duplicate and is logged; a second lost answer fails the post for an
editor to check.
"""

import datetime as dt
import logging
import time
import uuid
from dataclasses import dataclass, field

from django.db import DatabaseError, close_old_connections
from django.db.models import F, Min, Q
from django.utils import timezone

from ..models import TelegramChannel, TelegramPost
from .client import BotApiClient, Outcome
from .ratelimit import RateLimit

logger = logging.getLogger(__name__)

State = TelegramPost.State


class SystemClock:
    def now(self) -> dt.datetime:
        return timezone.now()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@dataclass
class Worker:
    client: BotApiClient
    clock: SystemClock = field(default_factory=SystemClock)
    rate_limit: RateLimit = field(default_factory=RateLimit)
    lease: dt.timedelta = dt.timedelta(seconds=60)
    max_attempts: int = 10
    max_uncertain_attempts: int = 1
    backoff_base: float = 5.0
    backoff_cap: float = 30 * 60.0
    batch_size: int = 50

    # Choosing work.

    def due_posts(self, now):
        return (
            TelegramPost.objects.filter(
                Q(state=State.PENDING, next_attempt_at__lte=now)
                | Q(state=State.SENDING, lease_expires_at__lte=now)
            )
            .filter(channel__is_enabled=True)
            .select_related("channel")
            .order_by("next_attempt_at", "pk")[: self.batch_size]
        )

    def channel_ready_at(self, channel: TelegramChannel) -> dt.datetime | None:
        candidates = [self.rate_limit.ready_at(channel.send_tat), channel.blocked_until]
        candidates = [moment for moment in candidates if moment is not None]
        return max(candidates) if candidates else None

    def next_wakeup(self, now) -> float:
        """Return the seconds until something may be due (at most 5, to notice new rows)."""
        moments = []
        firsts = (
            TelegramPost.objects.filter(state=State.PENDING, channel__is_enabled=True)
            .values("channel_id")
            .annotate(first=Min("next_attempt_at"))
        )
        first_by_channel = {row["channel_id"]: row["first"] for row in firsts}
        for channel in TelegramChannel.objects.filter(pk__in=first_by_channel):
            ready = self.channel_ready_at(channel)
            first = first_by_channel[channel.pk]
            moments.append(max(first, ready) if ready else first)
        lease = (
            TelegramPost.objects.filter(state=State.SENDING)
            .order_by("lease_expires_at")
            .values_list("lease_expires_at", flat=True)
            .first()
        )
        if lease:
            moments.append(lease)
        if not moments:
            return 5.0
        return min(max((min(moments) - now).total_seconds(), 0.0), 5.0)

    # Claiming and sending.

    def take_token(self, channel: TelegramChannel, now) -> bool:
        """Spend one send of the channel's bucket; False when another worker spent it first."""
        ready = self.channel_ready_at(channel)
        if ready is not None and ready > now:
            return False
        new_tat = self.rate_limit.next_tat(channel.send_tat, now)
        taken = TelegramChannel.objects.filter(pk=channel.pk, send_tat=channel.send_tat).update(
            send_tat=new_tat
        )
        if taken:
            channel.send_tat = new_tat
        return bool(taken)

    def claim(self, post: TelegramPost, now) -> bool:
        """Move the post to "sending" under a fresh attempt id, if it is still as we read it."""
        attempt_id = uuid.uuid4()
        if post.state == State.SENDING:
            # The previous worker died mid-send (or lost its answer without recording it).
            post.uncertain_attempts += 1
            logger.warning(
                "Telegram post %s: attempt %s was interrupted; retrying, a duplicate is possible",
                post.pk,
                post.attempt_id,
            )
            if post.uncertain_attempts > self.max_uncertain_attempts:
                self.fail(post, "interrupted twice; check the channel before sending again")
                return False
        claimed = TelegramPost.objects.filter(
            pk=post.pk, state=post.state, attempt_id=post.attempt_id
        ).update(
            state=State.SENDING,
            attempt_id=attempt_id,
            attempts=F("attempts") + 1,
            uncertain_attempts=post.uncertain_attempts,
            lease_expires_at=now + self.lease,
        )
        if claimed:
            post.state, post.attempt_id = State.SENDING, attempt_id
            post.attempts += 1
        return bool(claimed)

    def _finish(self, post: TelegramPost, **changes) -> bool:
        done = TelegramPost.objects.filter(
            pk=post.pk, state=State.SENDING, attempt_id=post.attempt_id
        ).update(**changes)
        if not done:
            logger.error("Telegram post %s: attempt %s lost its claim", post.pk, post.attempt_id)
        return bool(done)

    def fail(self, post: TelegramPost, error: str) -> None:
        TelegramPost.objects.filter(pk=post.pk, attempt_id=post.attempt_id).update(
            state=State.FAILED, last_error=error[:1000], lease_expires_at=None
        )
        logger.error("Telegram post %s failed: %s", post.pk, error)

    def backoff(self, attempts: int) -> dt.timedelta:
        return dt.timedelta(
            seconds=min(self.backoff_base * 2 ** max(attempts - 1, 0), self.backoff_cap)
        )

    def send(self, post: TelegramPost) -> None:
        channel = post.channel
        result = self.client.send_message(channel.bot_token, channel.chat_id, post.text)
        now = self.clock.now()
        if result.outcome is Outcome.SENT:
            self._finish(
                post,
                state=State.SENT,
                sent_at=now,
                message_id=result.message_id,
                lease_expires_at=None,
                last_error="",
            )
            if post.uncertain_attempts:
                logger.warning(
                    "Telegram post %s sent after %s attempt(s) with a lost answer: "
                    "the channel may show it twice",
                    post.pk,
                    post.uncertain_attempts,
                )
            return
        if result.outcome is Outcome.REJECTED:
            self._finish(post, state=State.FAILED, last_error=result.error, lease_expires_at=None)
            logger.error("Telegram post %s rejected: %s", post.pk, result.error)
            return
        if result.outcome is Outcome.RATE_LIMITED:
            until = now + dt.timedelta(seconds=result.retry_after)
            TelegramChannel.objects.filter(pk=channel.pk).update(blocked_until=until)
            channel.blocked_until = until
            self._finish(
                post,
                state=State.PENDING,
                next_attempt_at=until,
                attempts=F("attempts") - 1,  # a refused request is no attempt
                last_error=result.error,
                lease_expires_at=None,
            )
            logger.info("Telegram channel %s: flood wait %ss", channel.pk, result.retry_after)
            return
        uncertain = post.uncertain_attempts
        if result.outcome is Outcome.UNCERTAIN:
            uncertain += 1
            logger.warning(
                "Telegram post %s: the answer to attempt %s was lost (%s); "
                "retrying, a duplicate is possible",
                post.pk,
                post.attempt_id,
                result.error,
            )
            if uncertain > self.max_uncertain_attempts:
                self._finish(
                    post,
                    state=State.FAILED,
                    uncertain_attempts=uncertain,
                    last_error=f"answers lost twice; check the channel ({result.error})",
                    lease_expires_at=None,
                )
                return
        if post.attempts >= self.max_attempts:
            self._finish(
                post,
                state=State.FAILED,
                uncertain_attempts=uncertain,
                last_error=result.error,
                lease_expires_at=None,
            )
            logger.error("Telegram post %s gave up: %s", post.pk, result.error)
            return
        self._finish(
            post,
            state=State.PENDING,
            uncertain_attempts=uncertain,
            next_attempt_at=now + self.backoff(post.attempts),
            last_error=result.error,
            lease_expires_at=None,
        )

    def run_once(self) -> int:
        """Send every post that is due now and whose channel may send; return how many tried."""
        tried = 0
        now = self.clock.now()
        channels: dict[int, TelegramChannel] = {}
        for post in self.due_posts(now):
            channel = channels.setdefault(post.channel_id, post.channel)
            post.channel = channel
            ready = self.channel_ready_at(channel)
            if ready is not None and ready > now:
                continue
            if not self.claim(post, now):
                continue
            if not self.take_token(channel, now):
                # Another worker sent on this channel meanwhile: hand the post back untouched.
                TelegramPost.objects.filter(pk=post.pk, attempt_id=post.attempt_id).update(
                    state=State.PENDING, attempts=F("attempts") - 1, lease_expires_at=None
                )
                continue
            self.send(post)
            tried += 1
            now = self.clock.now()
        return tried

    def run(self, *, should_stop=lambda: False, every=None) -> None:
        """Work until ``should_stop()``; call ``every()`` between rounds (scheduled publishing)."""
        while not should_stop():
            try:
                if every is not None:
                    every()
                tried = self.run_once()
                if not tried:
                    self.clock.sleep(self.next_wakeup(self.clock.now()))
            except DatabaseError:
                logger.exception("Distribution worker: database unavailable; retrying")
                close_old_connections()
                self.clock.sleep(5)
