"""{% distribution_head %}: feed links, OpenGraph, Twitter card and JSON-LD of the page."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from ..structured_data import HeadData, get_head_data

register = template.Library()


@register.simple_tag(takes_context=True)
def distribution_head(context) -> SafeString:
    return render_head(get_head_data(context))


def render_head(head: HeadData) -> SafeString:
    """Write the head tags with format_html: every page served uncached has some thirty,
    and a template loop over them cost as much as building them."""
    parts = [
        format_html(
            '\n  <link rel="alternate" type="{}" title="{}" href="{}">',
            feed["type"],
            feed["title"],
            feed["href"],
        )
        for feed in head.feeds
    ]
    parts += [
        format_html('\n  <meta {}="{}" content="{}">', attribute, key, content)
        for attribute, key, content in head.meta
    ]
    parts += [
        format_html('\n  <script type="application/ld+json">{}</script>', block)
        for block in head.json_ld
    ]
    return mark_safe("".join(parts))  # noqa: S308 (each part escaped by format_html)
