"""Which stored pages a change affects, and purging them here and in the CDN.

A change names tags (see policy.Policy.tags_for): `page:<id>` is every address a Wagtail
page was served at (all its listing pages, its old address after a move), `path:<path>`
every query string of one address, `edition:<lang>` one language edition, `kind:feed:<lang>`
and `kind:sitemap` the feeds and sitemaps, `all` the whole site.
"""

import logging

from django.conf import settings
from django.db import transaction

from wagtail.models import Page

from .generation import reread_for_request
from .handler import get_store

logger = logging.getLogger(__name__)


def purge_tags(tags: set[str], *, urls: set[str] | None = None) -> None:
    """Purge the tagged pages once the current transaction commits (now outside one)."""
    tags = set(tags)
    urls = set(urls or ())

    def purge():
        get_store().purge(tags)
        reread_for_request()
        if urls and getattr(settings, "WAGTAILFRONTENDCACHE", None):
            purge_frontend_cache(urls)

    transaction.on_commit(purge)


def purge_frontend_cache(urls: set[str]) -> None:
    """Purge addresses from nginx or the CDN through Wagtail's frontend cache."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_urls(sorted(urls))
    try:
        batch.purge()
    except Exception:
        logger.exception("Frontend cache purge failed")


def tags_for_page(page: Page) -> tuple[set[str], set[str]]:
    """Return (tags, absolute URLs) of everything that shows this page."""
    from masthead.news.models import ArticlePage

    page = page.specific_deferred if type(page) is Page else page
    edition = page.locale.language_code if page.locale_id else "-"
    if not isinstance(page, ArticlePage):
        # Home and section pages are in every page's navigation: the whole edition shows them.
        return {f"edition:{edition}", "kind:sitemap", f"kind:feed:{edition}"}, _urls_of([page])
    tags = {
        f"page:{page.pk}",
        f"path:{_path_of(page)}",
        f"kind:feed:{edition}",
        "kind:feed:-",
        "kind:sitemap",
    }
    shown_with = list(page.get_ancestors().filter(depth__gt=1))  # section and home listings
    shown_with += _neighbours(page)
    tags.update(f"page:{other.pk}" for other in shown_with)
    tags.update(_author_and_tag_paths(page, edition))
    return tags, _urls_of([page, *shown_with])


def tags_for_author(author, *, old_slug: str | None = None) -> set[str]:
    """Return the tags of an author's page and of every article with their byline."""
    from masthead.news.models import ArticleAuthor

    edition = author.locale.language_code
    tags = {f"path:/{edition}/authors/{author.slug}/"}
    if old_slug and old_slug != author.slug:
        tags.add(f"path:/{edition}/authors/{old_slug}/")
    article_ids = ArticleAuthor.objects.filter(author=author).values_list("article_id", flat=True)
    tags.update(f"page:{pk}" for pk in article_ids)
    return tags


def _path_of(page: Page) -> str:
    url = page.get_url() or ""
    return url if url.startswith("/") else "/" + url.split("/", 3)[-1]


def _urls_of(pages) -> set[str]:
    urls = set()
    for page in pages:
        url = page.get_full_url()
        if url:
            urls.add(url)
    return urls


def _neighbours(page) -> list:
    """Return the articles next to this one in its section (they show its title)."""
    from masthead.news.models import ArticlePage

    siblings = ArticlePage.objects.live().sibling_of(page, inclusive=False)
    older = (
        siblings.filter(published_at__lte=page.published_at)
        .exclude(published_at=page.published_at, pk__gt=page.pk)
        .order_by("-published_at", "-pk")
        .first()
    )
    newer = (
        siblings.filter(published_at__gte=page.published_at)
        .exclude(published_at=page.published_at, pk__lt=page.pk)
        .order_by("published_at", "pk")
        .first()
    )
    return [p for p in (older, newer) if p is not None]


def _author_and_tag_paths(page, edition: str) -> set[str]:
    """Return the author and tag pages listing this article, as published and as before."""
    tags = set()
    authors = {link.author.slug for link in page.article_authors.all().select_related("author")}
    topics = {tag.slug for tag in page.tags.all()}
    previous = _previous_live_version(page)
    if previous is not None:
        authors |= {link.author.slug for link in previous.article_authors.all()}
        topics |= {tag.slug for tag in previous.tags.all()}
    tags.update(f"path:/{edition}/authors/{slug}/" for slug in authors)
    tags.update(f"path:/{edition}/tags/{slug}/" for slug in topics)
    return tags


def _previous_live_version(page):
    """Return the page as its previous published revision had it, or None."""
    revision = (
        page.revisions.exclude(pk=page.live_revision_id)
        .filter(approved_go_live_at__isnull=True)
        .order_by("-created_at", "-pk")
        .first()
        if page.live_revision_id
        else None
    )
    if revision is None:
        return None
    try:
        return revision.as_object()
    except Exception:  # an old revision that no longer fits the model
        logger.warning("Could not read revision %s", revision.pk, exc_info=True)
        return None
