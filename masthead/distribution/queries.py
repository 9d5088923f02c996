"""Reads of what distribution may show: live, public, already dated articles only."""

from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone, translation

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from masthead.news import listings
from masthead.news.models import ArticleAuthor, ArticlePage, HomePage, SectionPage

HERO_SPECS = listings.HERO_SHARE_SPECS
ENCLOSURE_SPEC = HERO_SPECS["16x9"]


def get_distributed_articles(locale=None, *, now=None):
    """Return the articles distribution may show: live, public, publication date not ahead."""
    articles = ArticlePage.objects.live().public().filter(published_at__lte=now or timezone.now())
    if locale is not None:
        articles = articles.filter(locale=locale)
    return articles


def with_distribution_data(articles, specs=(ENCLOSURE_SPEC,)):
    """Load authors, tags and hero image renditions of each article in a fixed number of queries."""
    rendition_model = get_image_model().get_rendition_model()
    return articles.select_related("hero_image", "locale").prefetch_related(
        Prefetch(
            "article_authors",
            queryset=ArticleAuthor.objects.select_related("author").order_by("sort_order"),
        ),
        "tagged_items__tag",
        Prefetch(
            "hero_image__renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=specs),
        ),
    )


def get_section_titles(articles) -> dict[str, str]:
    """Return {parent path: section title} for the articles, in one query."""
    paths = {article.path[: -Page.steplen] for article in articles}
    return dict(SectionPage.objects.filter(path__in=paths).values_list("path", "title"))


def get_section_title(article, titles: dict[str, str]) -> str:
    return titles.get(article.path[: -Page.steplen], "")


def get_edition(language_code=None):
    """Return (locale, home page) of the active edition, or raise Http404."""
    code = language_code or translation.get_language()
    locale = Locale.objects.filter(language_code=code).first()
    home = locale and HomePage.objects.live().public().filter(locale=locale).first()
    if not home:
        raise Http404("No such edition")
    return locale, home


def get_site_root_url(page, request=None) -> str:
    parts = page.get_url_parts(request)
    return (parts[1] if parts and parts[1] else "").rstrip("/")


def get_author_url(root_url: str, language_code: str, slug: str) -> str:
    """Return the address of an author's page (the news app serves /<lang>/authors/<slug>/)."""
    return f"{root_url}/{language_code}/authors/{slug}/"


def get_rendition_or_none(image, spec):
    if image is None:
        return None
    try:
        return image.get_rendition(spec)
    except Exception:  # a missing or broken source file must not break a feed or a page
        return None
