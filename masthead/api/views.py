"""The content API's endpoints (Wagtail's API v2 machinery, versioned as our v1)."""

from django.db.models import Prefetch

from wagtail.api.v2.views import PagesAPIViewSet

from masthead.news.models import ArticleAuthor, ArticlePage

from .serializers import ArticleSerializer

ARTICLE_FIELDS = [
    "kicker",
    "lead",
    "published_at",
    "updated_at",
    "is_live",
    "hero_image",
    "authors",
    "tags",
    "body",
]


class ArticlesAPIViewSet(PagesAPIViewSet):
    """Live, public articles; filter with ?locale=ru, ?child_of=<section id>, ?search=…"""

    model = ArticlePage
    base_serializer_class = ArticleSerializer
    body_fields = [*PagesAPIViewSet.body_fields, *ARTICLE_FIELDS]
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "kicker",
        "lead",
        "published_at",
        "is_live",
        "authors",
        "hero_image",
    ]
    nested_default_fields = [*PagesAPIViewSet.nested_default_fields, "published_at"]

    def get_queryset(self):
        return (
            ArticlePage.objects.filter(pk__in=self.get_base_queryset().values("pk"))
            .select_related("locale", "hero_image")
            .prefetch_related(
                Prefetch(
                    "article_authors",
                    queryset=ArticleAuthor.objects.select_related("author").order_by("sort_order"),
                ),
                "tags",
            )
            .order_by("-published_at", "-pk")
        )
