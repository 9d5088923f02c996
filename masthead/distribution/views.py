"""Sitemaps, robots.txt and generated share images."""

from django.contrib.sitemaps import views as sitemap_views
from django.http import FileResponse, Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from masthead.core.privacy import is_public
from masthead.news.listings import get_edition_frames
from masthead.news.models import ArticlePage

from . import share_images
from .sitemaps import EditionSitemap, NewsSitemap


def get_live_homes() -> list:
    """Return the live, public home page of every edition, in tree order (no query)."""
    homes = [home for home, _sections in get_edition_frames().values() if is_public(home)]
    return sorted(homes, key=lambda home: home.path)


def get_sitemaps(request) -> dict:
    """Return {section: sitemap}: one page sitemap and one news sitemap per live edition."""
    sitemaps = {}
    for home in get_live_homes():
        code = home.locale.language_code
        sitemaps.setdefault(code, EditionSitemap(request, home.locale, home))
        sitemaps.setdefault(f"news-{code}", NewsSitemap(request, home.locale, home))
    return sitemaps


@require_safe
def sitemap_index(request):
    return sitemap_views.index(
        request, get_sitemaps(request), sitemap_url_name="distribution:sitemap"
    )


@require_safe
def sitemap(request, section):
    sitemaps = get_sitemaps(request)
    if section not in sitemaps:
        raise Http404("No such sitemap")
    template = "distribution/sitemap_news.xml" if section.startswith("news-") else "sitemap.xml"
    try:
        return sitemap_views.sitemap(request, sitemaps, section=section, template_name=template)
    except Http404:
        raise
    except ValueError as exc:  # a bad ?p= is the reader's mistake, not ours
        raise Http404 from exc


@require_safe
@cache_control(public=True, max_age=3600)
def robots_txt(request):
    codes = sorted({home.locale.language_code for home in get_live_homes()})
    sitemaps = [request.build_absolute_uri(reverse("distribution:sitemap_index"))]
    sitemaps += [
        request.build_absolute_uri(
            reverse("distribution:sitemap", kwargs={"section": f"news-{code}"})
        )
        for code in codes
    ]
    body = render_to_string("distribution/robots.txt", {"sitemaps": sitemaps})
    return HttpResponse(body, content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=86400)
def share_image(request, page_id, ratio):
    """Serve the generated card of an article without a main image."""
    if ratio not in share_images.RATIOS:
        raise Http404
    article = (
        ArticlePage.objects.live().public().filter(pk=page_id).select_related("locale").first()
    )
    if article is None:
        raise Http404
    name = share_images.get_or_create_share_image(article, ratio)
    response = FileResponse(share_images.open_image(name), content_type="image/png")
    return response


@require_safe
@cache_control(public=True, max_age=86400)
def publisher_logo(request):
    """Serve the publication's name as a logo image, for structured data without a logo."""
    name = share_images.get_or_create_logo(request)
    return FileResponse(share_images.open_image(name), content_type="image/png")
