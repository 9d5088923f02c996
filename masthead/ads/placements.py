"""Which ads run where on the page being rendered."""

from django.utils.translation import get_language

from wagtail.images import get_image_model

from .models import AdSlot

AD_IMAGE_SPEC = "max-1200x400"


def get_running_ads(request) -> dict[str, list[AdSlot]]:
    """Return the running ads of the active language by placement, loaded once per request."""
    cached = getattr(request, "_masthead_ads", None) if request is not None else None
    if cached is not None:
        return cached
    from django.db.models import Prefetch

    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=AD_IMAGE_SPEC)
    slots = (
        AdSlot.objects.active_at()
        .filter(locale__language_code=get_language())
        .select_related("image")
        .prefetch_related(
            Prefetch("image__renditions", queryset=renditions, to_attr="prefetched_renditions")
        )
    )
    by_placement: dict[str, list[AdSlot]] = {}
    for slot in slots:
        if not (slot.html or slot.image_id):
            continue  # nothing to show
        by_placement.setdefault(slot.placement, []).append(slot)
    if request is not None:
        request._masthead_ads = by_placement
    return by_placement
