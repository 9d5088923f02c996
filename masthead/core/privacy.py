"""Private sections (Wagtail's page view restrictions), read once per content change.

Wagtail asks the database for the restrictions on every `.public()` queryset and for every
page it serves. They change only when an editor sets privacy on a page, which purges the
caches and moves the content generation (masthead.pagecache.generation).
"""

from django.db.models import Q

from wagtail.models import Page, PageViewRestriction

from masthead.pagecache.generation import cached_for_generation


def get_restrictions() -> list:
    """Return every page view restriction, each with its page's tree path as `page_path`."""

    def load():
        restrictions = list(PageViewRestriction.objects.select_related("page").order_by("pk"))
        for restriction in restrictions:
            restriction.page_path = restriction.page.path
        return restrictions

    return cached_for_generation("core:view-restrictions", load)


def restrictions_for(page) -> list:
    """Return the restrictions that apply to a page: its own and its ancestors'."""
    path = _source(page).path
    return [r for r in get_restrictions() if path.startswith(r.page_path)]


def is_public(page) -> bool:
    return not restrictions_for(page)


def private_q() -> Q:
    """The Q of pages in a private section (Wagtail's PageQuerySet.private_q, cached)."""
    q = Q()
    for restriction in get_restrictions():
        q |= Q(path__startswith=restriction.page_path)
    return q if q else Q(pk__in=[])


def _source(page):
    """An alias is restricted as its source page is."""
    if page.alias_of_id:
        return Page.objects.only("path").get(pk=page.alias_of_id)
    return page


class CachedPrivacyQuerySetMixin:
    """Give a PageQuerySet the cached restrictions for public() and not_public()."""

    def private_q(self):
        return private_q()


class CachedPrivacyPageMixin:
    """Give a Page the cached restrictions in get_view_restrictions() (checked on serve)."""

    def get_view_restrictions(self):
        ids = [restriction.pk for restriction in restrictions_for(self)]
        if not ids:
            return PageViewRestriction.objects.none()  # iterating it asks nothing
        return PageViewRestriction.objects.filter(pk__in=ids)
