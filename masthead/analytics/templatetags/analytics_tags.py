"""Template tags of the analytics app: an article's views and the most read lists."""

from django import template

from ..counters import get_counter
from ..reports import get_most_read

register = template.Library()


@register.simple_tag
def page_views(page) -> int:
    """Return the views of a page as stored now (the beacon's answer updates it in the page)."""
    if page is None or not page.pk:
        return 0
    return get_counter().get_total(page.pk)


@register.simple_tag
def most_read(page=None) -> dict:
    """Return the most read lists of the page's edition (the active language's without one)."""
    locale_id = getattr(page, "locale_id", None)
    if locale_id is None:
        from wagtail.models import Locale

        try:
            locale_id = Locale.get_active().pk
        except Locale.DoesNotExist:
            return {"day": [], "week": []}
    return get_most_read(locale_id)
