"""{% distribution_head %}: feed links, OpenGraph, Twitter card and JSON-LD of the page."""

from django import template

from ..structured_data import get_head_data

register = template.Library()


@register.inclusion_tag("distribution/head_tags.html", takes_context=True)
def distribution_head(context):
    return {"head": get_head_data(context)}
