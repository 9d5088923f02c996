"""Per-edition sitemaps with hreflang alternates, and Google News sitemaps of the last 48 hours."""

import datetime as dt
from collections import defaultdict

from django.db.models import Max
from django.utils import timezone

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .notices import get_publication_name, get_site_settings
from .queries import get_distributed_articles

NEWS_WINDOW = dt.timedelta(hours=48)


class EditionSitemap(Sitemap):
    """Every live, public page of one edition, with the addresses of its translations."""

    limit = 10000

    def __init__(self, request, locale, home):
        super().__init__(request)
        self.locale = locale
        self.home = home

    def items(self):
        return (
            Page.objects.live()
            .public()
            .descendant_of(self.home, inclusive=True)
            .filter(locale=self.locale)
            .exclude(
                pk__in=Page.objects.filter(articlepage__published_at__gt=timezone.now()).values(
                    "pk"
                )
            )
            .order_by("path")
        )

    def get_latest_lastmod(self):
        """Return the newest change in one query (the default walks every item)."""
        return self.items().order_by().aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        keys = {item.translation_key for item in pages}
        for other in (
            Page.objects.live()
            .public()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            translations[other.translation_key].append(other)
        urls = []
        last_mods = set()
        for item in pages:
            for info in item.get_sitemap_urls(self.request):
                alternates = [
                    {
                        "lang_code": other.locale.language_code,
                        "location": other.get_full_url(self.request),
                    }
                    for other in translations[item.translation_key]
                ]
                if len(alternates) > 1:
                    default = next(
                        (a for a in alternates if a["lang_code"] == self._default_language()),
                        None,
                    )
                    if default:
                        alternates.append(
                            {"lang_code": "x-default", "location": default["location"]}
                        )
                    info["alternates"] = alternates
                urls.append(info)
                last_mods.add(info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    @staticmethod
    def _default_language():
        from django.conf import settings

        return settings.LANGUAGES[0][0]


class NewsSitemap(Sitemap):
    """Articles of one edition published in the last 48 hours, in Google News's format."""

    limit = 1000  # Google News reads at most 1,000 articles per sitemap file

    def __init__(self, request, locale, home):
        super().__init__(request)
        self.locale = locale
        self.home = home

    def items(self):
        now = timezone.now()
        return (
            get_distributed_articles(self.locale, now=now)
            .filter(published_at__gte=now - NEWS_WINDOW)
            .descendant_of(self.home)
            .only(
                "id",
                "path",
                "url_path",
                "title",
                "published_at",
                "last_published_at",
                "latest_revision_created_at",
                "locale",
                "depth",
            )
            .order_by("-published_at", "-pk")
        )

    def get_latest_lastmod(self):
        return self.items().order_by().aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        publication = get_publication_name(
            get_site_settings(request=self.request, language_code=self.locale.language_code)
        )
        urls = []
        for article in self.paginator.page(page).object_list:
            urls.append(
                {
                    "location": article.get_full_url(self.request),
                    "lastmod": article.last_published_at,
                    "news": {
                        "name": publication,
                        "language": self.locale.language_code,
                        "publication_date": timezone.localtime(article.published_at).isoformat(
                            timespec="seconds"
                        ),
                        "title": article.title,
                    },
                }
            )
        return urls
