"""Template helpers of the news pages: the edition's sections and links to author and tag pages."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from .. import listings
from ..models import SectionPage

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_sections(context) -> list:
    """Return the sections of the page's edition (memoized on the request)."""
    request = context.get("request")
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    home = listings.get_edition_home(request, locale_id=locale_id)
    return listings.get_edition_sections(request, home=home)


@register.simple_tag(takes_context=True)
def edition_home_url(context) -> str:
    request = context.get("request")
    page = context.get("page")
    home = listings.get_edition_home(request, locale_id=getattr(page, "locale_id", None))
    return (home.url if home else None) or "/"


@register.simple_tag(takes_context=True)
def author_url(context, author) -> str:
    """Return the address of an author's page in the current edition."""
    home = listings.get_edition_home(context.get("request"), locale_id=author.locale_id)
    return home.get_url_for_author(author) if home else ""


@register.simple_tag(takes_context=True)
def tag_url(context, tag) -> str:
    """Return the address of a tag's page in the current edition."""
    page = context.get("page")
    home = listings.get_edition_home(
        context.get("request"), locale_id=getattr(page, "locale_id", None)
    )
    return home.get_url_for_tag(tag) if home else ""


@register.simple_tag(takes_context=True)
def section_nav_key(context) -> int | str:
    """Return what the section navigation marks as current (a key for its cached fragment)."""
    section = context.get("section") or context.get("page")
    return section.pk if isinstance(section, SectionPage) else ""


IN_ARTICLE_AD_AFTER = 2  # blocks before the in-article ad (at the end of a shorter body)


@register.simple_tag(takes_context=True)
def article_body(context, body) -> SafeString:
    """Render the body's blocks with the in-article ad after the second one.

    What `{% for %}{% include_block %}` did, with the page's context flattened once rather
    than once per block (include_block copies every layer of it for each paragraph).
    """
    flat = context.flatten()
    blocks = list(body)
    placement = context.template.engine.get_template("ads/placement.html")
    parts = []
    for number, block in enumerate(blocks, start=1):
        parts.append(conditional_escape(block.render_as_block(context=flat)))
        if number == IN_ARTICLE_AD_AFTER and number < len(blocks):
            parts.append(_in_article_ad(context, placement))
    if len(blocks) <= IN_ARTICLE_AD_AFTER:
        parts.append(_in_article_ad(context, placement))
    return mark_safe("".join(parts))  # noqa: S308 (blocks and the ad rendered escaped)


def _in_article_ad(context, placement) -> str:
    with context.push(placement="in_article"):
        return placement.render(context)
