"""Per-channel rate limit: a token bucket stored as one timestamp (GCRA) on the channel row."""

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimit:
    """At most ``burst + per_minute`` sends in any minute; the default stays under Telegram's 20."""

    per_minute: float = 18
    burst: int = 1

    @property
    def interval(self) -> dt.timedelta:
        return dt.timedelta(seconds=60 / self.per_minute)

    def ready_at(self, tat: dt.datetime | None) -> dt.datetime | None:
        """Return the earliest moment a send is allowed (None: now)."""
        if tat is None:
            return None
        return tat - self.interval * (self.burst - 1)

    def next_tat(self, tat: dt.datetime | None, now: dt.datetime) -> dt.datetime:
        """Return the bucket's state after one send at ``now``."""
        return max(tat or now, now) + self.interval
