"""Who sent a beacon: the client address, bots, and the daily salted visitor hash.

Nothing here stores a raw address or user agent: both only enter keyed hashes whose key
changes every day.
"""

import datetime as dt
import functools
import hashlib
import ipaddress
import socket

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
def _get_trusted_networks() -> tuple[tuple[int, int, int], ...]:
    """Return the trusted proxies as (IP version, network address, netmask) integers."""
    networks = (
        ipaddress.ip_network(item, strict=False)
        for item in getattr(settings, "MASTHEAD_TRUSTED_PROXIES", [])
    )
    return tuple((net.version, int(net.network_address), int(net.netmask)) for net in networks)


def _parse_address(candidate: str) -> tuple[int, int] | None:
    """Return (IP version, address as an integer), or None when `candidate` is not an address.

    inet_pton() (C) reads the usual forms at a fraction of ipaddress's cost; a forwarded
    address is new with each visitor, so this runs once per beacon. What it refuses (an
    IPv6 scope, say) goes to ipaddress, which decides.
    """
    try:
        return 4, int.from_bytes(socket.inet_pton(socket.AF_INET, candidate))
    except (OSError, ValueError):  # ValueError: a NUL or a character no codec takes
        pass
    try:
        return 6, int.from_bytes(socket.inet_pton(socket.AF_INET6, candidate))
    except (OSError, ValueError):
        pass
    try:
        ip = ipaddress.ip_address(candidate)
    except ValueError:
        return None
    return ip.version, int(ip)


def _is_trusted(version: int, address: int) -> bool:
    return any(
        version == net_version and (address & netmask) == network
        for net_version, network, netmask in _get_trusted_networks()
    )


@functools.lru_cache(maxsize=1024)
def _is_trusted_proxy(candidate: str) -> bool:
    parsed = _parse_address(candidate)
    return parsed is not None and _is_trusted(*parsed)


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
        parsed = _parse_address(candidate)
        if parsed is None:
            return None
        if not _is_trusted(*parsed):
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
