"""Read the search page's parameters leniently: a bad value is ignored, never an error page."""

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from .analysis import MAX_QUERY_LENGTH
from .engines import COUNT_CAP
from .queries import SORTS

PER_PAGE = 10
MAX_PAGE = COUNT_CAP // PER_PAGE


def _date(value: str) -> dt.date | None:
    try:
        day = dt.date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None
    return day if dt.date(1900, 1, 1) <= day <= dt.date(9000, 1, 1) else None


def _int(value: str) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) < 10 else None


@dataclass
class SearchParams:
    q: str = ""
    section_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sort: str = "relevance"
    page: int = 1

    @classmethod
    def from_request(cls, data, *, section_ids) -> "SearchParams":
        """Return the parameters of a GET query, dropping every value that is not valid."""
        section_id = _int(data.get("section", ""))
        date_from, date_to = _date(data.get("from", "")), _date(data.get("to", ""))
        if date_from and date_to and date_from > date_to:
            date_from, date_to = date_to, date_from
        page = _int(data.get("page", "")) or 1
        sort = data.get("sort", "")
        return cls(
            q=(data.get("q", "") or "")[:MAX_QUERY_LENGTH].strip(),
            section_id=section_id if section_id in section_ids else None,
            date_from=date_from,
            date_to=date_to,
            sort=sort if sort in SORTS else "relevance",
            page=page if 1 <= page <= MAX_PAGE else (1 if page < 1 else MAX_PAGE + 1),
        )

    @property
    def published_from(self) -> dt.datetime | None:
        if not self.date_from:
            return None
        return timezone.make_aware(dt.datetime.combine(self.date_from, dt.time.min))

    @property
    def published_before(self) -> dt.datetime | None:
        if not self.date_to:
            return None
        next_day = self.date_to + dt.timedelta(days=1)
        return timezone.make_aware(dt.datetime.combine(next_day, dt.time.min))

    def query_string(self, **changes) -> str:
        """Return the URL query for these parameters with some changed (pagination links)."""
        from urllib.parse import urlencode

        values = {
            "q": self.q,
            "section": self.section_id or "",
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
            "sort": self.sort if self.sort != "relevance" else "",
            "page": self.page,
        }
        values.update(changes)
        if values["page"] == 1:
            values["page"] = ""  # the first page has no page number
        return urlencode({key: value for key, value in values.items() if value})
