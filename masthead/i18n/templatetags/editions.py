"""Template helpers for editions: localized datelines."""

from django import template
from django.utils import dateformat, timezone

register = template.Library()


@register.filter
def dateline(value):
    """Format a datetime as "08 June 2022 17:58" in the publication's time zone and language."""
    if not value:
        return ""
    # E: the month name in the form used inside a date (Russian "июня", not "июнь").
    return dateformat.format(timezone.localtime(value), "d E Y H:i")
