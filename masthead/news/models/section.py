"""Sections such as Analytics or Politics."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from masthead.core.page_urls import QuickUrlPageMixin
from masthead.core.prepared import PreparedQuery
from masthead.core.privacy import CachedPrivacyPageMixin
from masthead.i18n.slugs import TransliteratedSlugMixin


def _live_child_article(low, high, depth, slug):
    from .article import ArticlePage

    return (
        ArticlePage.objects.live()
        .filter(path__range=(low, high), depth=depth, slug=slug)
        .select_related("locale")
        .order_by("pk")[:1]
    )


# Every article served uncached starts with this lookup: compiled once (core.prepared).
LIVE_CHILD_ARTICLE = PreparedQuery(
    _live_child_article, low="str", high="str", depth="int", slug="str"
)


class SectionPage(QuickUrlPageMixin, CachedPrivacyPageMixin, TransliteratedSlugMixin, Page):
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_(
            "Shown on the section page and under each of its articles, such as "
            "“Analytical materials of the authors of <publication>”."
        ),
    )

    parent_page_types = ["news.HomePage"]
    subpage_types = ["news.ArticlePage"]
    content_panels = [*Page.content_panels, FieldPanel("description")]
    search_fields = [*Page.search_fields, index.SearchField("description")]

    class Meta:
        verbose_name = _("section")

    def route(self, request, path_components):
        """Route to an article in one query; anything else the usual way.

        Wagtail's own routing reads the child as a plain Page, then again as its specific
        type: two queries for every article served.
        """
        if len(path_components) == 1 and self.live:
            low, high = self._get_children_path_interval(self.path)
            found = LIVE_CHILD_ARTICLE(
                low=low, high=high, depth=self.depth + 1, slug=path_components[0]
            )
            article = found[0] if found else None
            if article is not None:
                article._cached_parent_obj = self
                return article.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from .. import listings

        context = super().get_context(request, *args, **kwargs)
        context["articles"] = listings.paginate(
            request,
            listings.listing(self.get_articles()),
            count_key=f"news:section-count:{self.pk}",
        )
        return context

    def get_articles(self):
        from .article import ArticlePage

        return ArticlePage.objects.live().public().child_of(self).newest_first()
