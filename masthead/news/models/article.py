"""The article: the unit of everything Masthead publishes."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from masthead.core.privacy import CachedPrivacyPageMixin
from masthead.i18n.slugs import TransliteratedSlugMixin

from ..blocks import ArticleBodyBlock
from ..querysets import ArticlePageManager
from .authors import ArticleAuthor

# Same-instant articles skipped before the next older one is certainly among the rows read.
NEXT_ARTICLE_PROBE = 4
# What the "Next article" link shows (Page.get_url reads url_path and the locale).
NEXT_ARTICLE_FIELDS = (
    "id", "title", "slug", "path", "depth", "url_path", "locale", "live", "content_type",
    "translation_key", "published_at",
)  # fmt: skip


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(CachedPrivacyPageMixin, TransliteratedSlugMixin, Page):
    kicker = models.CharField(
        _("kicker"),
        max_length=120,
        blank=True,
        help_text=_("A short line above the title, such as “Exclusive” or a place name."),
    )
    lead = models.TextField(
        _("lead"),
        blank=True,
        help_text=_("One or two sentences under the title; also used in teasers and feeds."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the article and in teasers and social cards."),
    )
    hero_caption = models.CharField(
        _("main image caption"), max_length=250, blank=True, help_text=_("Caption and credit.")
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    sign_off = models.CharField(
        _("sign-off"),
        max_length=100,
        blank=True,
        help_text=_("The line after the text; the publication name when empty."),
    )
    published_at = models.DateTimeField(
        _("publication date"),
        default=timezone.now,
        db_index=True,
        help_text=_("The date and time shown on the article and used to order listings."),
    )
    updated_at = models.DateTimeField(
        _("updated"),
        null=True,
        blank=True,
        help_text=_("Set when the story was materially changed; readers see an “Updated” notice."),
    )
    is_live = models.BooleanField(
        _("LIVE"),
        default=False,
        help_text=_("A running story: marked LIVE on the page and in a banner on the home page."),
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))

    objects = ArticlePageManager()

    parent_page_types = ["news.SectionPage"]
    subpage_types: list[str] = []

    content_panels = [
        FieldPanel("kicker"),
        *Page.content_panels,
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption")], heading=_("Main image")
        ),
        FieldPanel("body"),
        InlinePanel("article_authors", label=_("Authors"), min_num=0),
        FieldPanel("tags"),
        FieldPanel("sign_off"),
        MultiFieldPanel(
            [FieldPanel("published_at"), FieldPanel("updated_at"), FieldPanel("is_live")],
            heading=_("Dates and status"),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("kicker"),
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("published_at"),
        index.FilterField("is_live"),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["published_at"], name="article_published_at")]

    def get_context(self, request, *args, **kwargs):
        """Add the section, byline, tags and next article, in a fixed number of queries."""
        from .. import listings

        context = super().get_context(request, *args, **kwargs)
        home = listings.get_edition_home(request, locale_id=self.locale_id)
        sections = listings.get_edition_sections(request, home=home)
        body_images = [block.value["image"] for block in self.body if block.block_type == "image"]
        listings.attach_renditions(body_images, listings.BODY_IMAGE_SPEC)
        if self.hero_image_id:
            listings.attach_renditions(
                [self.hero_image], listings.HERO_SPEC, *listings.HERO_SHARE_SPECS.values()
            )
        next_article = self.get_next_article()
        # One query for the byline; partials that call get_authors() (JSON-LD...) reuse it.
        models.prefetch_related_objects(
            [self],
            models.Prefetch(
                "article_authors",
                queryset=ArticleAuthor.objects.select_related("author").order_by("sort_order"),
            ),
        )
        context.update(
            edition_home=home,
            section=listings.find_section_of(self, sections),
            authors=self.get_authors(),
            article_tags=list(self.tags.order_by("name")),
            next_article=next_article,
        )
        return context

    def get_authors(self) -> list:
        """Return the authors in byline order (uses the prefetch when there is one)."""
        links = getattr(self, "_prefetched_objects_cache", {}).get("article_authors")
        if links is None:
            links = self.article_authors.select_related("author").order_by("sort_order")
        return [link.author for link in links]

    def get_next_article(self):
        """Return the next older live article of the same section, or None.

        Ordered by (published_at, pk) descending. The filter is a plain `published_at <=`
        range, with the rare equal timestamps sorted out here: an OR of the two conditions
        makes SQLite scan the whole tree instead of walking the published_at index.
        """
        candidates = (
            ArticlePage.objects.live()
            .public()
            .sibling_of(self, inclusive=False)
            .filter(published_at__lte=self.published_at)
            .only(*NEXT_ARTICLE_FIELDS)  # the link needs the title and address, not the body
            .newest_first()
        )
        probe = list(candidates[:NEXT_ARTICLE_PROBE])
        for article in probe:
            if article.published_at < self.published_at or article.pk < self.pk:
                return article
        if len(probe) < NEXT_ARTICLE_PROBE:
            return None  # that was every candidate
        # Only articles published at the very same instant with a higher id came back.
        tied = candidates.filter(published_at=self.published_at, pk__lt=self.pk).first()
        return tied or candidates.filter(published_at__lt=self.published_at).first()
