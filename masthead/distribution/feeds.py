"""RSS 2.0 and Atom feeds of an edition, a section, an author and a tag."""

import uuid
from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext

from taggit.models import Tag

from masthead.news.models import Author, SectionPage

from .notices import get_publication_name, get_site_settings, render_reuse_notice
from .queries import (
    ENCLOSURE_SPEC,
    get_author_url,
    get_distributed_articles,
    get_edition,
    get_rendition_or_none,
    get_section_title,
    get_section_titles,
    get_site_root_url,
    with_distribution_data,
)

FEED_LENGTH = 30
KINDS = ("edition", "section", "author", "tag")


@dataclass
class FeedItem:
    title: str
    link: str
    guid: str
    description: str
    published_at: object
    updated_at: object
    author_name: str
    author_link: str
    categories: list[str]
    enclosures: list[Enclosure] = field(default_factory=list)


@dataclass
class FeedScope:
    title: str
    link: str
    description: str
    language: str
    rights: str
    items: list[FeedItem]


class ArticleFeed(Feed):
    """One feed class for every scope; the URL says which (``kind``) and whose (``slug``)."""

    feed_type = Rss201rev2Feed

    def get_object(self, request, kind="edition", slug=None):
        if kind not in KINDS:
            raise Http404
        locale, home = get_edition()
        articles = get_distributed_articles(locale)
        site_settings = get_site_settings(request=request)
        publication = get_publication_name(site_settings)
        home_url = home.get_full_url(request)
        if kind == "edition":
            title, link = publication, home_url
            description = gettext("The latest articles of %(publication)s") % {
                "publication": publication
            }
        elif kind == "section":
            section = SectionPage.objects.live().public().child_of(home).filter(slug=slug).first()
            if section is None:
                raise Http404
            articles = articles.child_of(section)
            title = f"{section.title} — {publication}"
            link = section.get_full_url(request)
            description = section.description or title
        elif kind == "author":
            author = Author.objects.filter(locale=locale, slug=slug).first()
            if author is None:
                raise Http404
            articles = articles.filter(article_authors__author=author)
            title = f"{author.name} — {publication}"
            link = get_author_url(get_site_root_url(home, request), locale.language_code, slug)
            description = gettext("Articles by %(author)s") % {"author": author.name}
        else:
            tag = Tag.objects.filter(slug=slug).first()
            if tag is None:
                raise Http404
            articles = articles.filter(tagged_items__tag=tag)
            title = f"{tag.name} — {publication}"
            link = home_url
            description = gettext("Articles tagged “%(tag)s”") % {"tag": tag.name}
        rights = gettext("Any use of materials is allowed only with a hyperlink to %(site)s") % {
            "site": home_url
        }
        if site_settings.reuse_notice:
            rights = f"{site_settings.reuse_notice} {home_url}"
        items = self.build_items(
            request, site_settings, locale, with_distribution_data(articles.newest_first())
        )
        return FeedScope(title, link, description, locale.language_code, rights, items)

    def build_items(self, request, site_settings, locale, articles) -> list[FeedItem]:
        articles = list(articles.distinct()[:FEED_LENGTH])
        sections = get_section_titles(articles)
        items = []
        for article in articles:
            link = article.get_full_url(request)
            root_url = get_site_root_url(article, request)
            authors = [link.author for link in article.article_authors.all()]
            description = ""
            if article.lead:
                description = f"<p>{escape(article.lead)}</p>"
            description += f"<p>{render_reuse_notice(site_settings, link)}</p>"
            categories = [get_section_title(article, sections)]
            categories += [tagged.tag.name for tagged in article.tagged_items.all()]
            enclosures = []
            rendition = get_rendition_or_none(article.hero_image, ENCLOSURE_SPEC)
            if rendition is not None:
                try:
                    size = rendition.file.size
                except OSError:
                    size = None
                if size:
                    enclosures.append(
                        Enclosure(
                            rendition.full_url
                            if rendition.url.startswith("http")
                            else request.build_absolute_uri(rendition.url),
                            str(size),
                            _mime_type(rendition),
                        )
                    )
            items.append(
                FeedItem(
                    title=article.title,
                    link=link,
                    guid=get_guid(root_url, article),
                    description=description,
                    published_at=timezone.localtime(article.published_at),
                    updated_at=timezone.localtime(
                        max(filter(None, [article.published_at, article.updated_at]))
                    ),
                    author_name=", ".join(author.name for author in authors),
                    author_link=get_author_url(root_url, locale.language_code, authors[0].slug)
                    if authors
                    else "",
                    categories=[category for category in categories if category],
                    enclosures=enclosures,
                )
            )
        return items

    # The syndication framework's hooks, all read from the prepared scope.

    def title(self, scope):
        return scope.title

    def link(self, scope):
        return scope.link

    def description(self, scope):
        return scope.description

    def subtitle(self, scope):
        return scope.description

    def feed_copyright(self, scope):
        return scope.rights

    def items(self, scope):
        return scope.items

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.link

    def item_guid(self, item):
        return item.guid

    item_guid_is_permalink = False

    def item_description(self, item):
        return item.description

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.author_name or None

    def item_author_link(self, item):
        return item.author_link or None

    def item_categories(self, item):
        return item.categories

    def item_enclosures(self, item):
        return item.enclosures


class ArticleAtomFeed(ArticleFeed):
    feed_type = Atom1Feed


def _mime_type(rendition) -> str:
    name = rendition.file.name.lower()
    if name.endswith(".png"):
        return "image/png"
    if name.endswith(".webp"):
        return "image/webp"
    if name.endswith(".gif"):
        return "image/gif"
    return "image/jpeg"


def get_guid(root_url: str, article) -> str:
    """Return an id that survives a new title or slug: the site and the page's id."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{root_url}/page/{article.pk}')}"
