"""What a page tells search engines and social networks: JSON-LD, OpenGraph, Twitter cards."""

import json
from dataclasses import dataclass, field

from django.urls import NoReverseMatch
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from masthead.core.page_urls import reverse_once
from masthead.news.models import ArticlePage, HomePage, SectionPage

from . import share_images
from .notices import get_publication_name, get_site_settings
from .queries import HERO_SPECS, get_author_url, get_site_root_url

OG_LOCALES = {"en": "en_US", "ru": "ru_RU", "hy": "hy_AM", "az": "az_AZ"}
LOGO_SPEC = "max-600x60|format-png"


@dataclass
class HeadData:
    feeds: list[dict] = field(default_factory=list)
    meta: list[tuple[str, str, str]] = field(default_factory=list)  # (attribute, key, content)
    json_ld: list[SafeString] = field(default_factory=list)


def to_json_ld(data: dict) -> SafeString:
    """Serialize for a <script type="application/ld+json"> block; <, > and & cannot end it.

    Three replace() calls, not str.translate(): on text with non-ASCII letters (three of
    the four editions) translate() maps character by character, some 100 µs per block.
    """
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    return mark_safe(text)  # noqa: S308


def iso(value) -> str:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else ""


def absolute(request, url: str) -> str:
    if not url or url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


def feed_links(kind: str, slug: str | None, title: str) -> list[dict]:
    links = []
    for fmt, mime in (("rss", "application/rss+xml"), ("atom", "application/atom+xml")):
        name = f"feeds:{kind}_{fmt}"
        try:
            href = reverse_once(name, **({"slug": slug} if slug else {}))
        except NoReverseMatch:
            continue
        links.append({"type": mime, "title": f"{title} ({fmt.upper()})", "href": href})
    return links


def get_head_data(context) -> HeadData:
    """Build the head tags of the page in ``context`` (Wagtail page, author or tag listing)."""
    request = context.get("request")
    page = context.get("page")
    data = HeadData()
    if request is None:
        return data
    site_settings = get_site_settings(request=request, language_code=translation.get_language())
    publication = get_publication_name(site_settings)
    data.feeds += feed_links("edition", None, publication)
    if isinstance(page, SectionPage):
        data.feeds += feed_links("section", page.slug, f"{page.title} — {publication}")
    if context.get("author") is not None and getattr(context["author"], "slug", None):
        author = context["author"]
        data.feeds += feed_links("author", author.slug, f"{author.name} — {publication}")
    if context.get("tag") is not None and getattr(context["tag"], "slug", None):
        tag = context["tag"]
        data.feeds += feed_links("tag", tag.slug, f"{tag.name} — {publication}")
    subroute_title = getattr(context.get("author"), "name", None) or getattr(
        context.get("tag"), "name", None
    )
    if isinstance(page, ArticlePage):
        add_article_data(data, page, request, site_settings, publication)
    elif subroute_title:  # an author's or a tag's page, served by the home page's routes
        data.meta += [
            ("property", "og:type", "website"),
            ("property", "og:site_name", publication),
            ("property", "og:title", subroute_title),
            ("property", "og:url", request.build_absolute_uri(request.path)),
        ]
    elif isinstance(page, HomePage):
        add_home_data(data, page, request, site_settings, publication)
    elif page is not None and getattr(page, "live", False):
        add_basic_page_data(data, page, request, publication)
    return data


def get_publisher(request, site_settings, publication, home_url) -> dict:
    logo_url = None
    logo = getattr(site_settings, "logo", None)
    if logo is not None:
        try:
            logo_url = absolute(request, logo.get_rendition(LOGO_SPEC).url)
        except Exception:
            logo_url = None
    if not logo_url:
        logo_url = absolute(request, reverse_once("distribution:publisher_logo"))
    return {
        "@type": "Organization",
        "name": publication,
        "url": home_url,
        "logo": {"@type": "ImageObject", "url": logo_url},
    }


def get_article_images(page, request) -> list[dict]:
    """Return [{"url", "width", "height"}] in 16x9, 4x3 and 1x1: renditions, or share cards."""
    images = []
    if page.hero_image_id:
        try:
            renditions = page.hero_image.get_renditions(*HERO_SPECS.values())
        except Exception:
            renditions = {}
        for spec in HERO_SPECS.values():
            rendition = renditions.get(spec)
            if rendition is not None:
                images.append(
                    {
                        "url": absolute(request, rendition.url),
                        "width": rendition.width,
                        "height": rendition.height,
                        "alt": page.hero_caption or page.title,
                    }
                )
    if not images:
        fields = share_images.get_card_fields(page, request)
        for ratio, (width, height) in share_images.RATIOS.items():
            images.append(
                {
                    "url": absolute(request, share_images.get_share_image_url(page, ratio, fields)),
                    "width": width,
                    "height": height,
                    "alt": page.title,
                }
            )
    return images


def get_translation_languages(page, request=None) -> list[str]:
    """Return the language codes of the page's live, public translations.

    Read from the translations the language switcher loads (memoized on the page), so
    the page pays one query for both.
    """
    from masthead.core.privacy import is_public
    from masthead.i18n.editions import find_translations_in_tree

    return sorted(
        code
        for code, candidates in find_translations_in_tree(page, request).items()
        if any(
            other.translation_key == page.translation_key
            and other.pk != page.pk
            and is_public(other)
            for other in candidates
        )
    )


def add_article_data(data, page, request, site_settings, publication) -> None:
    language = page.locale.language_code
    url = page.get_full_url(request)
    root_url = get_site_root_url(page, request)
    section = page.get_parent().specific if page.depth > 1 else None
    home = section.get_parent() if section is not None else None
    home_url = home.get_full_url(request) if home is not None else f"{root_url}/{language}/"
    authors = page.get_authors()  # the byline's prefetch when the page has one
    images = get_article_images(page, request)
    description = page.search_description or page.lead or page.title
    published = iso(page.published_at)
    modified = iso(max(filter(None, [page.published_at, page.updated_at])))
    translations = get_translation_languages(page, request)

    article = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting" if page.is_live else "NewsArticle",
        "headline": page.title[:110],
        "description": description,
        "image": [image["url"] for image in images],
        "datePublished": published,
        "dateModified": modified,
        "author": [
            {
                "@type": "Person",
                "name": author.name,
                "url": get_author_url(root_url, language, author.slug),
            }
            for author in authors
        ]
        or [{"@type": "Organization", "name": publication, "url": home_url}],
        "publisher": get_publisher(request, site_settings, publication, home_url),
        "inLanguage": language,
        "isAccessibleForFree": True,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
    }
    if section is not None and isinstance(section, SectionPage):
        article["articleSection"] = section.title
        data.feeds += feed_links("section", section.slug, f"{section.title} — {publication}")
    if page.is_live:
        article["coverageStartTime"] = published
        article["liveBlogUpdate"] = [
            {
                "@type": "BlogPosting",
                "headline": page.title[:110],
                "datePublished": modified,
                "url": url,
            }
        ]
    data.json_ld.append(to_json_ld(article))

    crumbs = [(home, home_url)]
    if section is not None:
        crumbs.append((section, section.get_full_url(request)))
    crumbs.append((page, url))
    data.json_ld.append(
        to_json_ld(
            {
                "@context": "https://schema.org",
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "name": publication if crumb is home else crumb.title,
                        "item": crumb_url,
                    }
                    for position, (crumb, crumb_url) in enumerate(crumbs, start=1)
                    if crumb is not None
                ],
            }
        )
    )

    image = images[0]
    data.meta += [
        ("property", "og:type", "article"),
        ("property", "og:site_name", publication),
        ("property", "og:title", page.title),
        ("property", "og:description", description),
        ("property", "og:url", url),
        ("property", "og:image", image["url"]),
        ("property", "og:image:width", str(image["width"])),
        ("property", "og:image:height", str(image["height"])),
        ("property", "og:image:alt", image["alt"]),
        ("property", "og:locale", OG_LOCALES.get(language, language)),
    ]
    data.meta += [
        ("property", "og:locale:alternate", OG_LOCALES.get(code, code))
        for code in translations
        if code != language
    ]
    data.meta += [("property", "article:published_time", published)]
    data.meta += [("property", "article:modified_time", modified)]
    if section is not None and isinstance(section, SectionPage):
        data.meta += [("property", "article:section", section.title)]
    data.meta += [
        ("property", "article:author", get_author_url(root_url, language, author.slug))
        for author in authors
    ]
    add_twitter(data, site_settings, page.title, description, image)


def add_twitter(data, site_settings, title, description, image) -> None:
    data.meta += [
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
        ("name", "twitter:image", image["url"]),
        ("name", "twitter:image:alt", image["alt"]),
    ]
    handle = (getattr(site_settings, "twitter_url", "") or "").rstrip("/").rsplit("/", 1)[-1]
    if handle and "." not in handle:
        data.meta.append(("name", "twitter:site", f"@{handle.lstrip('@')}"))


def add_home_data(data, page, request, site_settings, publication) -> None:
    url = page.get_full_url(request)
    language = page.locale.language_code
    with translation.override(language):
        search_url = absolute(request, f"/{language}/search/")
    data.json_ld.append(
        to_json_ld(
            {
                "@context": "https://schema.org",
                **get_publisher(request, site_settings, publication, url),
                "sameAs": [
                    link for _key, _label, link in getattr(site_settings, "social_links", [])
                ],
            }
        )
    )
    data.json_ld.append(
        to_json_ld(
            {
                "@context": "https://schema.org",
                "@type": "WebSite",
                "name": publication,
                "url": url,
                "inLanguage": language,
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": {
                        "@type": "EntryPoint",
                        "urlTemplate": f"{search_url}?q={{search_term_string}}",
                    },
                    "query-input": "required name=search_term_string",
                },
            }
        )
    )
    add_basic_page_data(data, page, request, publication)


def add_basic_page_data(data, page, request, publication) -> None:
    language = page.locale.language_code
    description = getattr(page, "search_description", "") or getattr(page, "description", "")
    data.meta += [
        ("property", "og:type", "website"),
        ("property", "og:site_name", publication),
        ("property", "og:title", page.seo_title or page.title),
        ("property", "og:url", page.get_full_url(request)),
        ("property", "og:locale", OG_LOCALES.get(language, language)),
    ]
    data.meta += [
        ("property", "og:locale:alternate", OG_LOCALES.get(code, code))
        for code in get_translation_languages(page, request)
        if code != language
    ]
    if description:
        data.meta.append(("property", "og:description", description))
