"""The views beacon through Django (tests, ASGI); WSGI servers answer it in wsgi.py first."""

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from .beacon import HEADERS, answer_beacon, encode


@csrf_exempt  # no cookie is read or set: nothing for a forged request to borrow
def page_views(request, raw_id: str):
    """Count (POST) or return (GET) an article's views as {"views": N}."""
    status, body = answer_beacon(
        request.method,
        raw_id,
        remote_addr=request.META.get("REMOTE_ADDR", ""),
        forwarded_for=request.META.get("HTTP_X_FORWARDED_FOR", ""),
        user_agent=request.META.get("HTTP_USER_AGENT", ""),
        content_length=request.META.get("CONTENT_LENGTH", ""),
    )
    response = HttpResponse(b"" if request.method == "HEAD" else encode(body), status=status)
    for name, value in HEADERS:
        response[name] = value
    if status == 405:
        response["Allow"] = "GET, HEAD, POST"
    return response
