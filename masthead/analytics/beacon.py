"""The views beacon, independent of Django's request cycle so that it stays cheap.

`answer_beacon()` is called by the Django view (views.py) and by the WSGI fast path
(wsgi.py), which answers /api/v1/views/<id>/ before Django's middleware and URL routing.
"""

import json

from django.utils.translation import gettext as _

from .counters import RATE_LIMITED, get_counter
from .visitors import get_client_ip, is_bot

PREFIX = "/api/v1/views/"
MAX_BODY = 4096  # a beacon has no body; a large one is not a beacon
ALLOWED_METHODS = ("GET", "HEAD", "POST")


def parse_page_id(raw: str) -> int | None:
    """Return the page id of a beacon's path segment, or None when it is malformed."""
    if not raw.isascii() or not raw.isdigit() or len(raw) > 18 or raw[0] == "0":
        return None
    return int(raw)


def answer_beacon(
    method: str,
    raw_id: str,
    *,
    remote_addr: str,
    forwarded_for: str = "",
    user_agent: str = "",
    content_length: str = "",
) -> tuple[int, dict]:
    """Count (POST) or read (GET) the views of one article; return (HTTP status, JSON body)."""
    if method not in ALLOWED_METHODS:
        return 405, {"error": _("Method not allowed.")}
    page_id = parse_page_id(raw_id)
    if page_id is None or (content_length and not _is_small(content_length)):
        return 400, {"error": _("Malformed request.")}
    counter = get_counter()
    if not counter.is_countable(page_id):
        return 404, {"error": _("No such article.")}
    if method != "POST" or is_bot(user_agent):
        return 200, {"views": counter.get_total(page_id)}
    ip = get_client_ip(remote_addr, forwarded_for)
    if ip is None:
        return 400, {"error": _("Malformed request.")}
    status, total = counter.hit(page_id, ip, user_agent)
    if status == RATE_LIMITED:
        return 429, {"error": _("Too many requests."), "views": total}
    return 200, {"views": total}


def _is_small(content_length: str) -> bool:
    return content_length.isdigit() and int(content_length) <= MAX_BODY


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def encode(body: dict) -> bytes:
    """Return the JSON of an answer; the answer of nearly every beacon without the encoder."""
    if len(body) == 1 and type(views := body.get("views")) is int:
        return b'{"views":%d}' % views
    return _ENCODER.encode(body).encode()


HEADERS = [
    ("Content-Type", "application/json"),
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
]
