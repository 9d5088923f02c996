"""Reads behind the reader pages: an edition's home and sections, paginated lists, home blocks.

Each function runs a fixed number of queries however many articles, authors or tags it shows;
per-request results are memoized on the request so the header and the page body share them.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import F, Prefetch
from django.db.models.expressions import Window
from django.db.models.functions import RowNumber, Substr
from django.http import Http404
from django.utils.translation import get_language

from wagtail.images import get_image_model
from wagtail.models import Page

ARTICLES_PER_PAGE = 20
SECTION_BLOCK_SIZE = 4
LATEST_FEED_SIZE = 12

# Rendition specs the templates ask for; listed here so listings can prefetch them.
HERO_SPEC = "fill-1200x675-c75"
TEASER_SPEC = "fill-640x360-c75"
BODY_IMAGE_SPEC = "width-1200"
LOGO_SPEC = "height-80"
PORTRAIT_SPEC = "fill-160x160"


def prefetch_renditions(lookup: str, *specs: str) -> Prefetch:
    """Prefetch the renditions of the image at `lookup` (such as "hero_image") in one query."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return Prefetch(f"{lookup}__renditions", queryset=renditions, to_attr="prefetched_renditions")


def attach_renditions(images, *specs: str) -> None:
    """Load the renditions of many image objects in one query and attach them to each."""
    images = [image for image in images if image is not None]
    if not images:
        return
    rendition_model = get_image_model().get_rendition_model()
    by_image: dict[int, list] = {image.pk: [] for image in images}
    for rendition in rendition_model.objects.filter(
        image_id__in=by_image.keys(), filter_spec__in=specs
    ):
        by_image[rendition.image_id].append(rendition)
    for image in images:
        image.prefetched_renditions = list(by_image[image.pk])


def _edition_cache(request) -> dict:
    if request is None:
        return {}
    cache = getattr(request, "_masthead_edition", None)
    if cache is None:
        cache = request._masthead_edition = {}
    return cache


def get_edition_home(request, locale_id=None):
    """Return the live home page of the request's edition (its locale), or None."""
    from .models import HomePage

    cache = _edition_cache(request)
    if "home" not in cache:
        homes = HomePage.objects.live().filter(depth=2)
        if locale_id is not None:
            homes = homes.filter(locale_id=locale_id)
        else:
            homes = homes.filter(locale__language_code=get_language())
        cache["home"] = homes.order_by("path").first()
    return cache["home"]


def get_edition_sections(request, home=None) -> list:
    """Return the live sections of the edition, in the editors' tree order."""
    from .models import SectionPage

    cache = _edition_cache(request)
    if "sections" not in cache:
        home = home or get_edition_home(request)
        if home is None:
            cache["sections"] = []
        else:
            cache["sections"] = list(
                SectionPage.objects.live().public().child_of(home).order_by("path")
            )
    return cache["sections"]


def find_section_of(article, sections):
    """Return the section (from an already loaded list) an article sits in, or None."""
    parent_path = article.path[: -Page.steplen]
    return next((section for section in sections if section.path == parent_path), None)


def paginate(request, queryset, per_page: int = ARTICLES_PER_PAGE):
    """Return one page of a list from ?page=; a bad or out-of-range number is a 404."""
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    raw = request.GET.get("page", "1")
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 6:
        raise Http404("Bad page number")
    try:
        return paginator.page(int(raw))
    except (EmptyPage, PageNotAnInteger) as exc:
        raise Http404("No such page") from exc


def listing(queryset):
    """Add what a teaser shows: section-independent prefetches and teaser renditions."""
    return queryset.for_listing().prefetch_related(prefetch_renditions("hero_image", TEASER_SPEC))


def get_section_blocks(home, sections, per_section: int = SECTION_BLOCK_SIZE) -> list[dict]:
    """Return [{"section", "articles"}] with the newest articles of every section, in one query."""
    from .models import ArticlePage

    if not sections:
        return []
    section_depth = sections[0].depth
    ranked = (
        ArticlePage.objects.live()
        .public()
        .descendant_of(home)
        .filter(depth=section_depth + 1)
        .annotate(
            section_path=Substr("path", 1, section_depth * Page.steplen),
            rank=Window(
                RowNumber(),
                partition_by=[Substr("path", 1, section_depth * Page.steplen)],
                order_by=[F("published_at").desc(), F("pk").desc()],
            ),
        )
        .filter(rank__lte=per_section)
        .order_by("-published_at", "-pk")
    )
    by_section: dict[str, list] = {section.path: [] for section in sections}
    for article in listing(ranked):
        by_section.setdefault(article.section_path, []).append(article)
    return [
        {"section": section, "articles": by_section[section.path]}
        for section in sections
        if by_section[section.path]
    ]
