"""Which ads run where on the page being rendered."""

from django.utils.translation import get_language

from wagtail.images import get_image_model

from .models import AdSlot

AD_IMAGE_SPEC = "max-1200x400"


# Ads start and stop at set times without anyone saving anything: re-read this often.
RUNNING_ADS_TTL = 60.0


def get_running_ads(request) -> dict[str, list[AdSlot]]:
    """Return the running ads of the active language by placement.

    Read once per content change (saving an ad slot moves the content generation) and at
    least every RUNNING_ADS_TTL seconds, in each process's memory.
    """
    from masthead.pagecache.generation import cached_for_generation

    language = get_language()
    return cached_for_generation(
        f"ads:running:{language}", lambda: _load_running_ads(language), ttl=RUNNING_ADS_TTL
    )


def _load_running_ads(language: str) -> dict[str, list[AdSlot]]:
    from django.db.models import Prefetch

    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=AD_IMAGE_SPEC)
    slots = (
        AdSlot.objects.active_at()
        .filter(locale__language_code=language)
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
    return by_placement
