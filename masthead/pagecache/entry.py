"""A stored page: status line, headers and the body in each encoding, ready to send."""

import gzip
import hashlib
from dataclasses import dataclass, field
from email.utils import formatdate
from functools import lru_cache

import brotli

# Headers a stored response never keeps: per-connection, per-request or rebuilt on replay.
DROPPED_HEADERS = frozenset(
    {
        "set-cookie",
        "date",
        "connection",
        "keep-alive",
        "transfer-encoding",
        "content-length",
        "content-encoding",
        "etag",
        "last-modified",
        "cache-control",
        "expires",
        "vary",
        "x-accel-expires",
    }
)
ENCODINGS = ("br", "gzip", "identity")
MIN_COMPRESS_BYTES = 512  # below this a compressed copy saves less than its headers cost


@dataclass(slots=True)
class CachedPage:
    """One page as stored: everything needed to answer a request without Django."""

    status: str
    etag: str
    last_modified: str
    stored_at: float
    tags: tuple[str, ...]
    bodies: dict[str, bytes]
    headers: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    not_modified_headers: list[tuple[str, str]] = field(default_factory=list)

    def pick_encoding(self, accept_encoding: str) -> str:
        """Return the best stored encoding the client accepts."""
        if not accept_encoding or len(self.bodies) == 1:
            return "identity"
        return preferred_encoding(accept_encoding)


@lru_cache(maxsize=256)
def preferred_encoding(accept_encoding: str) -> str:
    """Return br, gzip or identity for an Accept-Encoding header (browsers send a few)."""
    accepted = parse_accept_encoding(accept_encoding)
    for encoding in ("br", "gzip"):
        if accepted.get(encoding, accepted.get("*", 0)) > 0:
            return encoding
    return "identity"


def parse_accept_encoding(header: str) -> dict[str, float]:
    """Return {coding: q} from an Accept-Encoding header; malformed q values count as 0."""
    result: dict[str, float] = {}
    for part in header.lower().split(","):
        coding, _, params = part.strip().partition(";")
        if not coding:
            continue
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        result[coding.strip()] = quality
    return result


def build_cached_page(
    *,
    status: str,
    headers: list[tuple[str, str]],
    body: bytes,
    tags: tuple[str, ...],
    cache_control: str,
    proxy_ttl: int,
    now: float,
) -> CachedPage:
    """Compress the body once per encoding and precompute each variant's header list."""
    kept = [(name, value) for name, value in headers if name.lower() not in DROPPED_HEADERS]
    bodies = {"identity": body}
    if len(body) >= MIN_COMPRESS_BYTES:
        bodies["gzip"] = gzip.compress(body, compresslevel=6, mtime=0)
        bodies["br"] = brotli.compress(body, quality=5)
    etag_base = hashlib.blake2b(body, digest_size=12).hexdigest()
    last_modified = formatdate(now, usegmt=True)
    common = [
        ("Cache-Control", cache_control),
        ("Vary", "Accept-Encoding"),
        ("Last-Modified", last_modified),
    ]
    if proxy_ttl:
        common.append(("X-Accel-Expires", str(proxy_ttl)))
    variants = {}
    for encoding, data in bodies.items():
        variant = [*kept, *common, ("ETag", _etag(etag_base, encoding))]
        if encoding != "identity":
            variant.append(("Content-Encoding", encoding))
        variant.append(("Content-Length", str(len(data))))
        variants[encoding] = variant
    not_modified = [(n, v) for n, v in common] + [
        (n, v) for n, v in kept if n.lower() in {"content-location", "expires"}
    ]
    return CachedPage(
        status=status,
        etag=etag_base,
        last_modified=last_modified,
        stored_at=now,
        tags=tags,
        bodies=bodies,
        headers=variants,
        not_modified_headers=not_modified,
    )


def _etag(base: str, encoding: str) -> str:
    """Return a strong ETag per encoding: the bytes differ, so the tags must too."""
    return f'"{base}"' if encoding == "identity" else f'"{base}-{encoding}"'


def etag_matches(if_none_match: str, page: CachedPage) -> bool:
    """Return True when If-None-Match names any variant of the stored page (weak comparison)."""
    if if_none_match.strip() == "*":
        return True
    for candidate in if_none_match.split(","):
        tag = candidate.strip()
        if tag.startswith("W/"):
            tag = tag[2:]
        tag = tag.strip('"')
        if tag.split("-", 1)[0] == page.etag:
            return True
    return False
