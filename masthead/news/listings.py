"""Reads behind the reader pages: an edition's home and sections, paginated lists, home blocks.

Each function runs a fixed number of queries however many articles, authors or tags it shows;
what every page shows (each edition's home and sections) is read once per content change.
"""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch, Q
from django.db.models.functions import Substr
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
# The hero image in the three shapes search engines ask of a NewsArticle (JSON-LD, feeds).
# An article page loads them with HERO_SPEC in one query: Wagtail takes a prefetched list as
# complete, so a shape left out of it would be cut from the original again on every render.
HERO_SHARE_SPECS = {"16x9": "fill-1200x675", "4x3": "fill-1200x900", "1x1": "fill-1200x1200"}


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


def get_edition_frames() -> dict[int, tuple]:
    """Return {locale id: (home page, [sections in tree order])} of every live edition.

    Built in two queries, then kept in process memory until content changes (see
    masthead.pagecache.generation): every reader page shows its edition's navigation.
    """
    from masthead.pagecache.generation import cached_for_generation

    return cached_for_generation("news:edition-frames", _load_edition_frames)


def _load_edition_frames() -> dict[int, tuple]:
    from django.contrib.contenttypes.models import ContentType

    from .models import HomePage, SectionPage

    # Filtered by content type (an indexed column): tree filters (path LIKE) read every
    # page of a 100,000-article archive on SQLite and PostgreSQL alike.
    homes = list(
        HomePage.objects.live()
        .filter(depth=2, content_type=ContentType.objects.get_for_model(HomePage))
        .select_related("locale")
        .order_by("path")
    )
    sections = (
        SectionPage.objects.live()
        .public()
        .filter(depth=3, content_type=ContentType.objects.get_for_model(SectionPage))
        .order_by("path")
    )
    by_home_path: dict[str, list] = {home.path: [] for home in homes}
    homes_by_path = {home.path: home for home in homes}
    for section in sections:
        siblings = by_home_path.get(section.path[: -Page.steplen])
        if siblings is not None:
            siblings.append(section)
            section._cached_parent_obj = homes_by_path[section.path[: -Page.steplen]]
    frames: dict[int, tuple] = {}
    for home in homes:  # the first home of a locale is its edition
        frames.setdefault(home.locale_id, (home, by_home_path[home.path]))
    return frames


def get_edition_home(request, locale_id=None):
    """Return the live home page of an edition (the active language's by default), or None."""
    if locale_id is None:
        locale_id = get_locale_ids().get(get_language())
    frame = get_edition_frames().get(locale_id)
    return frame[0] if frame else None


def get_locale_ids() -> dict[str, int]:
    """Return {language code: Locale id}, read once per content generation."""
    from wagtail.models import Locale

    from masthead.pagecache.generation import cached_for_generation

    return cached_for_generation(
        "news:locale-ids", lambda: dict(Locale.objects.values_list("language_code", "pk"))
    )


def get_edition_sections(request, home=None) -> list:
    """Return the live sections of the edition, in the editors' tree order."""
    home = home or get_edition_home(request)
    if home is None:
        return []
    frame = get_edition_frames().get(home.locale_id)
    if frame is not None and frame[0].pk == home.pk:
        return frame[1]
    # A home that is not its edition's first (several sites): ask the tree.
    from .models import SectionPage

    return list(SectionPage.objects.live().public().child_of(home).order_by("path"))


def find_section_of(article, sections):
    """Return the section (from an already loaded list) an article sits in, or None."""
    parent_path = article.path[: -Page.steplen]
    return next((section for section in sections if section.path == parent_path), None)


def paginate(request, queryset, per_page: int = ARTICLES_PER_PAGE, *, count_key: str = ""):
    """Return one page of a list from ?page=; a bad or out-of-range number is a 404.

    With `count_key`, the number of items is counted once per content change: counting a
    section of 100,000-article archive took longer than the rest of its page.
    """
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    if count_key:
        from masthead.pagecache.generation import cached_for_generation

        paginator.count = cached_for_generation(count_key, queryset.count)
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
    """Return [{"section", "articles"}] with the newest articles of every section, in one query.

    One IN (subquery LIMIT n) per section, OR-ed: each walks the published_at index newest
    first and stops after `per_section` rows of its section. A window function ranking
    every article of the edition (the obvious single query) read and sorted all of them:
    a third of a second with 100,000 articles on SQLite.
    """
    from .models import ArticlePage

    if not sections:
        return []
    section_depth = sections[0].depth
    newest = Q()
    for section in sections:
        newest |= Q(
            pk__in=ArticlePage.objects.live()
            .public()
            .child_of(section)
            .newest_first()
            .values("pk")[:per_section]
        )
    ranked = (
        ArticlePage.objects.filter(newest)
        .annotate(section_path=Substr("path", 1, section_depth * Page.steplen))
        .newest_first()
    )
    by_section: dict[str, list] = {section.path: [] for section in sections}
    for article in listing(ranked):
        by_section.setdefault(article.section_path, []).append(article)
    return [
        {"section": section, "articles": by_section[section.path]}
        for section in sections
        if by_section[section.path]
    ]
