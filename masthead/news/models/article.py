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
from taggit.models import Tag, TaggedItemBase

from masthead.core.page_urls import QuickUrlPageMixin
from masthead.core.prepared import PreparedQuery
from masthead.core.privacy import CachedPrivacyPageMixin, get_restrictions
from masthead.i18n.slugs import TransliteratedSlugMixin

from ..blocks import ArticleBodyBlock
from ..querysets import ArticlePageManager
from .authors import ArticleAuthor

# Rows read for the next article: this one and the next older, unless several share its
# publication instant (then two more queries sort out the tie).
NEXT_ARTICLE_PROBE = 2
# What the "Next article" link shows (Page.get_url reads url_path and the locale).
NEXT_ARTICLE_FIELDS = (
    "id", "title", "slug", "path", "depth", "url_path", "locale", "live", "content_type",
    "translation_key", "published_at",
)  # fmt: skip


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(QuickUrlPageMixin, CachedPrivacyPageMixin, TransliteratedSlugMixin, Page):
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
        indexes = [
            models.Index(fields=["published_at"], name="article_published_at"),
            # The front page's LIVE stories: without it, finding the few live ones meant
            # reading every article's row (is_live sits after the body).
            models.Index(fields=["is_live", "published_at"], name="article_live_published_at"),
        ]

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
        if getattr(request, "is_preview", False):
            # The draft's own byline and tags, held in memory by its revision.
            self._byline = sorted(self.article_authors.all(), key=lambda link: link.sort_order)
            article_tags = sorted(self.tags.all(), key=lambda tag: tag.name)
        else:
            # One query each, compiled once; partials that call get_authors() reuse the byline.
            self._byline = ARTICLE_BYLINE(article_id=self.pk)
            article_tags = ARTICLE_TAGS(article_id=self.pk)
        context.update(
            edition_home=home,
            section=listings.find_section_of(self, sections),
            authors=self.get_authors(),
            article_tags=article_tags,
            next_article=next_article,
        )
        return context

    def get_authors(self) -> list:
        """Return the authors in byline order (uses the prefetch when there is one)."""
        links = self.__dict__.get("_byline")
        if links is None:
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
        if get_restrictions():
            probe = list(self._older_siblings()[:NEXT_ARTICLE_PROBE])
        else:  # no private section anywhere: the probe compiled once (this article is in it)
            probe = OLDER_SIBLINGS(
                parent_path=self.path[: -Page.steplen],
                depth=self.depth,
                published_at=self.published_at,
            )
        for article in probe:
            if article.published_at < self.published_at or article.pk < self.pk:
                return article
        if len(probe) < NEXT_ARTICLE_PROBE:
            return None  # that was every candidate
        # Only articles published at the very same instant with a higher id came back.
        candidates = self._older_siblings()
        tied = candidates.filter(published_at=self.published_at, pk__lt=self.pk).first()
        return tied or candidates.filter(published_at__lt=self.published_at).first()

    def _older_siblings(self):
        return (
            ArticlePage.objects.live()
            .public()
            .sibling_of(self, inclusive=False)
            .filter(published_at__lte=self.published_at)
            .only(*NEXT_ARTICLE_FIELDS)  # the link needs the title and address, not the body
            .newest_first()
        )


def _older_siblings(parent_path, depth, published_at):
    """The next-article probe: live articles of a section from a publication time down.

    A prefix (LIKE) rather than a path range, as in Wagtail's sibling_of: with a range,
    SQLite walks the section's slice of the path index and sorts it all; with LIKE, which
    no index serves, it walks published_at newest first and stops after a few rows.
    """
    return (
        ArticlePage.objects.live()
        .filter(path__startswith=parent_path, depth=depth, published_at__lte=published_at)
        .only(*NEXT_ARTICLE_FIELDS)
        .newest_first()[:NEXT_ARTICLE_PROBE]
    )


OLDER_SIBLINGS = PreparedQuery(
    _older_siblings, parent_path="startswith", depth="int", published_at="datetime"
)


ARTICLE_BYLINE = PreparedQuery(
    lambda article_id: (
        ArticleAuthor.objects.filter(article_id=article_id)
        .select_related("author")
        .order_by("sort_order", "pk")
    ),
    article_id="int",
)
ARTICLE_TAGS = PreparedQuery(
    lambda article_id: Tag.objects.filter(
        news_articletag_items__content_object_id=article_id
    ).order_by("name", "pk"),
    article_id="int",
)
