"""{% distribution_head %}: feed links, OpenGraph, Twitter card and JSON-LD of the page."""

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe

from ..structured_data import HeadData, get_head_data

register = template.Library()


@register.simple_tag(takes_context=True)
def distribution_head(context) -> SafeString:
    return render_head(get_head_data(context))


def render_head(head: HeadData) -> SafeString:
    """Write the head tags in Python: every page served uncached has some thirty, and a
    template loop over them cost as much as building them. Every value is escaped."""
    e = _escape
    parts = [
        f'\n  <link rel="alternate" type="{e(feed["type"])}" title="{e(feed["title"])}" '
        f'href="{e(feed["href"])}">'
        for feed in head.feeds
    ]
    parts += [
        f'\n  <meta {e(attribute)}="{e(key)}" content="{e(content)}">'
        for attribute, key, content in head.meta
    ]
    # JSON-LD blocks are SafeStrings (to_json_ld escapes what could end the script).
    parts += [
        f'\n  <script type="application/ld+json">{e(block)}</script>' for block in head.json_ld
    ]
    return mark_safe("".join(parts))  # noqa: S308 (every value above went through escape)


def _escape(value) -> str:
    """conditional_escape() without its lazy-string wrapper and SafeString per value (some
    forty values a page): safe values as they are, the rest through html.escape."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape(str(value))
