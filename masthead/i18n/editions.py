"""Editions: the enabled languages, their locales, and the links between a page's translations."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

from wagtail.models import Locale, Page, Site

from masthead.core.page_urls import served_prefix
from masthead.core.prepared import PreparedQuery


def get_enabled_languages() -> list[tuple[str, str]]:
    """Return (code, name in its own language) for every enabled edition, in settings order."""
    return list(settings.LANGUAGES)


def get_default_language() -> str:
    """Return the code of the default edition."""
    return settings.LANGUAGE_CODE


def ensure_locales() -> list[Locale]:
    """Create the Locale of every enabled language that lacks one; return them all. Idempotent."""
    existing = {locale.language_code: locale for locale in Locale.objects.all()}
    for code, _name in get_enabled_languages():
        if code not in existing:
            existing[code] = Locale.objects.create(language_code=code)
    return [existing[code] for code, _name in get_enabled_languages()]


def choose_language(accept_language: str | None) -> str:
    """Return the enabled language that best matches an Accept-Language header.

    The header is parsed leniently: malformed values, unknown languages and absurdly long
    headers fall back to the default edition.
    """
    enabled = [code for code, _name in get_enabled_languages()]
    header = accept_language or ""
    try:
        preferences = parse_accept_lang_header(header)
    except (ValueError, TypeError):
        preferences = ()
    for tag, quality in preferences:
        if tag == "*" or quality <= 0:
            continue
        tag = tag.lower()
        for candidate in (tag, tag.split("-")[0]):
            if candidate in enabled:
                return candidate
    return get_default_language() if get_default_language() in enabled else enabled[0]


@dataclass(frozen=True)
class EditionLink:
    """Where one edition's link goes from the current page."""

    language_code: str
    name: str
    url: str
    full_url: str
    is_current: bool
    is_translation: bool  # the same content in that language, not a fallback


def get_home_url(language_code: str) -> str:
    try:
        return served_prefix(language_code)
    except Exception:  # wagtail_serve is always routed here; stay safe for other URLconfs
        return f"/{language_code}/"


def _ancestor_paths(page: Page) -> list[str]:
    """Return the tree paths of the page and its ancestors below the root, deepest first."""
    step = Page.steplen
    return [page.path[:end] for end in range(len(page.path), step, -step)]


# What a link to a translation needs (Page.get_url reads url_path and the locale): the
# other thirty-odd columns of a page would only cost time to load, a dozen pages a request.
TRANSLATION_FIELDS = (
    "id", "path", "depth", "url_path", "translation_key", "locale", "alias_of", "live",
    "content_type", "title",
)  # fmt: skip


def find_translations_in_tree(page: Page, request=None) -> dict[str, list[Page]]:
    """Return the live translations of the page and its ancestors, per language code, deepest first.

    Memoized on the request (the switcher, hreflang and JSON-LD share it). When the router
    left the page's ancestors on it (Wagtail's `_cached_parent_obj`), the page's own
    translations are one simple query and the
    ancestors' (sections, home pages: the same on every page) come from process memory;
    otherwise one query finds them all, the translation keys coming from a subquery on
    the ancestors' tree paths.
    """
    memos = getattr(request, "_masthead_tree_translations", None)
    if memos is None:
        memos = {}
        if request is not None:
            request._masthead_tree_translations = memos
    if page.pk in memos:
        return memos[page.pk]
    ancestors = _loaded_ancestors(page)
    if ancestors is None:
        keys = Page.objects.filter(path__in=_ancestor_paths(page)).values("translation_key")
        candidates = list(_translations_query().filter(translation_key__in=keys))
    else:
        candidates = PAGE_TRANSLATIONS(translation_key=page.translation_key)
        for ancestor in ancestors:
            candidates += _shared_translations(ancestor.translation_key)
    by_language: dict[str, list[Page]] = {}
    for candidate in candidates:
        # Aliases are left out here rather than in SQL: with `alias_of IS NULL` in the
        # query, SQLite walks the alias_of index over every page.
        if candidate.alias_of_id is None:
            by_language.setdefault(candidate.locale.language_code, []).append(candidate)
    memos[page.pk] = by_language
    return by_language


def _translations_query():
    return (
        Page.objects.live()
        .select_related("locale")
        .only(*TRANSLATION_FIELDS)
        .order_by("-depth", "pk")
    )


# Every page served uncached asks this: compiled once (core.prepared).
PAGE_TRANSLATIONS = PreparedQuery(
    lambda translation_key: _translations_query().filter(translation_key=translation_key),
    translation_key="uuid",
)


def _loaded_ancestors(page: Page) -> list[Page] | None:
    """Return the ancestors below the root that are already loaded (deepest first), or None."""
    ancestors, node = [], page
    while node.depth > 2:
        node = getattr(node, "_cached_parent_obj", None)
        if node is None:
            return None
        ancestors.append(node)
    return ancestors


def _shared_translations(translation_key) -> list[Page]:
    """Return the live translations of a section or home page, read once per content change."""
    from masthead.pagecache.generation import cached_for_generation

    return cached_for_generation(
        f"i18n:translations:{translation_key}",
        lambda: list(_translations_query().filter(translation_key=translation_key)),
    )


def _page_of_context(context) -> Page | None:
    page = context.get("page")
    if isinstance(page, Page) and page.pk and page.path:
        return page
    return None


def _is_subroute(request, page: Page) -> bool:
    """Return whether the request shows a route below the page (author or tag pages)."""
    match = getattr(request, "routable_resolver_match", None)
    return bool(match and match.route)


def _absolute(request, site_root_url: str | None, path: str) -> str:
    if site_root_url:
        return site_root_url.rstrip("/") + path
    if request is not None:
        return request.build_absolute_uri(path)
    return path


def _site_root_url(request) -> str | None:
    site = Site.find_for_request(request) if request is not None else None
    return site.root_url if site else None


def get_edition_links(context) -> list[EditionLink]:
    """Return one link per enabled edition for the page in `context` (cached on the request).

    A page links to its live translation; without one, to the deepest translated live
    ancestor (section, then home); without any, to the edition's front page. Views that are
    not pages link to the same view in the other language (the query string kept), and a
    view can pass `alternate_urls` ({language code: path}) to decide for itself.
    """
    request = context.get("request")
    cached = getattr(request, "_masthead_edition_links", None)
    if cached is not None:
        return cached
    links = _build_edition_links(context, request)
    if request is not None:
        request._masthead_edition_links = links
    return links


def _build_edition_links(context, request) -> list[EditionLink]:
    current = translation.get_language()
    site_root_url = _site_root_url(request)
    page = _page_of_context(context)
    overrides = context.get("alternate_urls") or {}
    links = []

    if page is not None:
        translations = find_translations_in_tree(page, request)
        subroute = request is not None and _is_subroute(request, page)
        for code, name in get_enabled_languages():
            url, is_translation = None, False
            if code in overrides:
                url, is_translation = overrides[code], True
            elif code == current and request is not None and subroute:
                url, is_translation = request.get_full_path(), True
            else:
                for candidate in translations.get(code, []):
                    candidate_url = candidate.get_url(request)
                    if candidate_url:
                        url = candidate_url
                        is_translation = candidate.translation_key == page.translation_key and (
                            not subroute or code == current
                        )
                        break
            if url is None:
                url = get_home_url(code)
            links.append(
                EditionLink(
                    code,
                    name,
                    url,
                    _absolute(request, site_root_url, url),
                    code == current,
                    is_translation,
                )
            )
        return links

    path = request.get_full_path() if request is not None else "/"
    resolvable = _is_view_path(request)
    for code, name in get_enabled_languages():
        if code in overrides:
            url, is_translation = overrides[code], True
        elif resolvable:
            url = translate_url(path, code)
            is_translation = url != path or code == current
            if not is_translation:
                url = get_home_url(code)
        else:
            url, is_translation = get_home_url(code), False
        links.append(
            EditionLink(
                code,
                name,
                url,
                _absolute(request, site_root_url, url),
                code == current,
                is_translation,
            )
        )
    return links


def _is_view_path(request) -> bool:
    """Return whether the request resolves to a view of our own (not a missing Wagtail page)."""
    if request is None:
        return False
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.url_name != "wagtail_serve"


def get_alternates(links: list[EditionLink]) -> tuple[list[EditionLink], EditionLink | None]:
    """Return the hreflang alternates (true translations only) and the x-default among them."""
    alternates = [link for link in links if link.is_translation]
    if len(alternates) < 1:
        return [], None
    default = get_default_language()
    x_default = next((link for link in alternates if link.language_code == default), alternates[0])
    return alternates, x_default
