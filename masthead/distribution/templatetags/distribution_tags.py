"""{% distribution_head %}: feed links, OpenGraph, Twitter card and JSON-LD of the page."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from ..structured_data import HeadData, get_head_data

register = template.Library()


@register.simple_tag(takes_context=True)
def distribution_head(context) -> SafeString:
    return render_head(get_head_data(context))


def render_head(head: HeadData) -> SafeString:
    """Write the head tags in Python: every page served uncached has some thirty, and a
    template loop over them cost as much as building them. Every value is escaped."""
    e = conditional_escape
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
