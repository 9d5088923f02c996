"""The front page of one edition, and its author and tag pages."""

from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from taggit.models import Tag

from masthead.core.page_urls import QuickUrlPageMixin
from masthead.core.privacy import CachedPrivacyPageMixin
from masthead.i18n.slugs import TransliteratedSlugMixin

from .. import listings


class HomePage(
    QuickUrlPageMixin, CachedPrivacyPageMixin, TransliteratedSlugMixin, RoutablePageMixin, Page
):
    """The front page of an edition; one per locale, at the root of its tree.

    It also serves the edition's author pages (authors/<slug>/) and tag pages (tags/<slug>/),
    each listing only this edition's articles.
    """

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage"]

    class Meta:
        verbose_name = _("home page")

    @property
    def localized(self):
        """Return this edition's home in the active language, from the cached frames.

        Wagtail routes every request from `site.root_page.localized`: answering from the
        frames spares the two queries (the active Locale, the translation) it would cost.
        """
        frame = listings.get_edition_frames().get(
            listings.get_locale_ids().get(translation.get_language())
        )
        if frame is not None and frame[0].translation_key == self.translation_key:
            return frame[0]
        return super().localized

    def route(self, request, path_components):
        """Route to a section from the cached frames; anything else the usual way."""
        if path_components and self.live and not self._is_own_route(path_components):
            frame = listings.get_edition_frames().get(self.locale_id)
            if frame is not None and frame[0].pk == self.pk:
                for section in frame[1]:
                    if section.slug == path_components[0]:
                        return section.route(request, path_components[1:])
        return super().route(request, path_components)

    def _is_own_route(self, path_components) -> bool:
        """Return whether the path is one of this page's own routes (authors/, tags/)."""
        try:
            self.resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True

    def get_articles(self):
        """Return this edition's live articles, newest first."""
        from .article import ArticlePage

        return ArticlePage.objects.live().public().descendant_of(self).newest_first()

    def get_home_context(self, request) -> dict:
        """Return the front page's blocks: lead story, latest feed, LIVE stories, sections."""
        sections = listings.get_edition_sections(request, home=self)
        latest = list(listings.listing(self.get_articles())[: listings.LATEST_FEED_SIZE + 1])
        return {
            "lead_story": latest[0] if latest else None,
            "latest_articles": latest[1:],
            "live_articles": list(self.get_articles().filter(is_live=True)[:3]),
            "section_blocks": listings.get_section_blocks(self, sections),
        }

    @path("", name="home")
    def home(self, request):
        return self.render(request, context_overrides=self.get_home_context(request))

    @path("authors/<slug:slug>/", name="author")
    def author_page(self, request, slug):
        from .authors import Author

        author = (
            Author.objects.filter(locale_id=self.locale_id, slug=slug)
            .select_related("photo")
            .first()
        )
        if author is None:
            raise Http404("No such author")
        articles = self.get_articles().filter(article_authors__author=author).distinct()
        return self._render_listing(
            request,
            "news/author_page.html",
            articles,
            count_key=f"news:author-count:{self.pk}:{author.pk}",
            author=author,
            heading=author.name,
        )

    @path("tags/<str:slug>/", name="tag")
    def tag_page(self, request, slug):
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404("No such tag")
        articles = self.get_articles().filter(tags=tag).distinct()
        return self._render_listing(
            request,
            "news/tag_page.html",
            articles,
            count_key=f"news:tag-count:{self.pk}:{tag.pk}",
            tag=tag,
            heading=tag.name,
        )

    def _render_listing(self, request, template, articles, *, count_key: str, **extra):
        page_of_articles = listings.paginate(
            request, listings.listing(articles), count_key=count_key
        )
        return self.render(
            request,
            template=template,
            context_overrides={"articles": page_of_articles, **extra},
        )

    def get_url_for_author(self, author) -> str:
        return (self.url or "/") + self.reverse_subpage("author", args=[author.slug])

    def get_url_for_tag(self, tag) -> str:
        return (self.url or "/") + self.reverse_subpage("tag", args=[tag.slug])
