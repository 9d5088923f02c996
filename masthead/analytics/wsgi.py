"""A WSGI wrapper that answers the views beacon before Django's request cycle.

A beacon needs no session, user, locale, CSRF, template or URL resolution, so it skips them:
this is what keeps a beacon far cheaper than a page. Everything else goes to Django.
"""

from http import HTTPStatus

from .beacon import HEADERS, PREFIX, answer_beacon, encode


def with_views_beacon(application):
    """Wrap a Django WSGI application with the beacon fast path."""
    reasons = {status.value: f"{status.value} {status.phrase}" for status in HTTPStatus}

    def app(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if not path.startswith(PREFIX):
            return application(environ, start_response)
        raw_id = path[len(PREFIX) :]
        if not raw_id.endswith("/") or "/" in raw_id[:-1]:
            return application(environ, start_response)  # Django answers (404 or a redirect)
        method = environ.get("REQUEST_METHOD", "")
        status, body = answer_beacon(
            method,
            raw_id[:-1],
            remote_addr=environ.get("REMOTE_ADDR", ""),
            forwarded_for=environ.get("HTTP_X_FORWARDED_FOR", ""),
            user_agent=environ.get("HTTP_USER_AGENT", ""),
            content_length=environ.get("CONTENT_LENGTH", ""),
        )
        payload = b"" if method == "HEAD" else encode(body)
        headers = [*HEADERS, ("Content-Length", str(len(payload)))]
        if status == 405:
            headers.append(("Allow", "GET, HEAD, POST"))
        start_response(reasons[status], headers)
        return [payload]

    return app
