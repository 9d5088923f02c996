"""Who sent a beacon: the client address, bots, and the daily salted visitor hash.

Nothing here stores a raw address or user agent: both only enter keyed hashes whose key
changes every day.
"""

import datetime as dt
import functools
import hashlib
import ipaddress

from django.conf import settings

from crawleruseragents import CRAWLER_USER_AGENTS_DATA

_BOT_PATTERN = None


def _get_bot_pattern():
    """Compile the crawler list once per process, as one regular expression."""
    global _BOT_PATTERN
    if _BOT_PATTERN is None:
        import re

        _BOT_PATTERN = re.compile("|".join(item["pattern"] for item in CRAWLER_USER_AGENTS_DATA))
    return _BOT_PATTERN


@functools.lru_cache(maxsize=4096)
def is_bot(user_agent: str) -> bool:
    """Return True for a known crawler, a script or an empty user agent."""
    if not user_agent.strip():
        return True
    return _get_bot_pattern().search(user_agent) is not None


@functools.lru_cache(maxsize=1)
def _get_trusted_networks() -> tuple:
    return tuple(
        ipaddress.ip_network(item, strict=False)
        for item in getattr(settings, "MASTHEAD_TRUSTED_PROXIES", [])
    )


@functools.lru_cache(maxsize=1024)
def _is_trusted_proxy(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return _is_trusted(ip)


def _is_trusted(ip) -> bool:
    return any(ip in network for network in _get_trusted_networks())


def get_client_ip(remote_addr: str, forwarded_for: str) -> str | None:
    """Return the client's address, or None when a trusted proxy sent a malformed one.

    X-Forwarded-For is read only when the direct peer is a trusted proxy, from the right:
    the first address not itself a trusted proxy is the client (entries further left were
    written by the client and prove nothing).
    """
    if not forwarded_for or not _is_trusted_proxy(remote_addr):
        return remote_addr
    for item in reversed(forwarded_for.split(",")):
        candidate = item.strip()
        try:
            ip = ipaddress.ip_address(candidate)  # parsed once: a new address per visitor
        except ValueError:
            return None
        if not _is_trusted(ip):
            return candidate
    return remote_addr


@functools.lru_cache(maxsize=4)
def _get_day_key(day: dt.date) -> bytes:
    """Return the salt of one day, derived from SECRET_KEY so that every process agrees."""
    material = f"masthead-views:{day.isoformat()}:{settings.SECRET_KEY}".encode()
    return hashlib.sha256(material).digest()[:32]


def hash_visitor(day: dt.date, ip: str, user_agent: str, page_id: int) -> bytes:
    """Return the visitor's mark for one page and day: a keyed hash, never the raw values."""
    return hashlib.blake2b(
        f"{ip}\x00{user_agent}\x00{page_id}".encode(errors="replace"),
        key=_get_day_key(day),
        digest_size=16,
    ).digest()


def hash_address(day: dt.date, ip: str) -> bytes:
    """Return the key under which one address is rate-limited today."""
    return hashlib.blake2b(ip.encode(), key=_get_day_key(day), digest_size=12).digest()
