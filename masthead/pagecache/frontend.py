"""Purging nginx through Wagtail's frontend cache, once per stored encoding."""

from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest, logger

# deploy/nginx/masthead.conf keys its cache on the encoding it negotiates (br, gzip, none).
ENCODINGS = ("br", "gzip", "identity")


class EncodingVariantsHTTPBackend(HTTPBackend):
    """Send one PURGE per Accept-Encoding variant that nginx keeps of a page."""

    def purge(self, url):
        parts = urlsplit(url)
        host = parts.hostname + (f":{parts.port}" if parts.port else "")
        target = urlunsplit([self.cache_scheme, self.cache_netloc, parts.path, parts.query, ""])
        for encoding in ENCODINGS:
            request = PurgeRequest(
                url=target,
                headers={"Host": host, "Accept-Encoding": encoding, "User-Agent": "Masthead"},
            )
            try:
                urlopen(request, timeout=2).close()  # noqa: S310 - LOCATION comes from settings
            except (HTTPError, URLError, TimeoutError) as error:
                logger.error("Couldn't purge %s (%s) from nginx: %s", url, encoding, error)
