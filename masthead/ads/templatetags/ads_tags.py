"""Render the ad slots of a placement; a placement with nothing running renders nothing."""

from django import template

from ..placements import AD_IMAGE_SPEC, get_running_ads

register = template.Library()


@register.inclusion_tag("ads/slot.html", takes_context=True)
def ad_slot(context, placement: str) -> dict:
    slots = get_running_ads(context.get("request")).get(placement, [])
    return {"slots": slots, "placement": placement, "image_spec": AD_IMAGE_SPEC}
