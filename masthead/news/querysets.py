"""Reusable reads of news pages, each with the related rows it needs."""

from django.db.models import Prefetch

from wagtail.models import PageManager, PageQuerySet

from masthead.core.privacy import CachedPrivacyQuerySetMixin


class ArticlePageQuerySet(CachedPrivacyQuerySetMixin, PageQuerySet):
    def in_section(self, section):
        return self.child_of(section)

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def for_listing(self):
        """Load what a teaser shows (image, authors) in a fixed number of queries."""
        from .models.authors import ArticleAuthor

        return self.select_related("hero_image", "locale").prefetch_related(
            Prefetch(
                "article_authors",
                queryset=ArticleAuthor.objects.select_related("author").order_by("sort_order"),
            )
        )

    def live_articles(self):
        return self.live().public()


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)
