"""Purge the pages a change shows up on: connected in PagecacheConfig.ready()."""

from django.apps import apps
from django.core.signals import request_finished, request_started
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .generation import forget_for_request, note_local_change, remember_for_request
from .invalidation import purge_tags, tags_for_author, tags_for_page


def purge_page(sender, instance, **kwargs):
    """A page was published or unpublished: purge it and every listing that shows it."""
    tags, urls = tags_for_page(instance)
    purge_tags(tags, urls=urls)


def purge_moved_page(sender, instance, parent_page_before=None, **kwargs):
    """A page moved: purge it, its new listings and the ones it left."""
    tags, urls = tags_for_page(instance)
    if parent_page_before is not None:
        for page in parent_page_before.get_ancestors(inclusive=True).filter(depth__gt=1):
            tags.add(f"page:{page.pk}")
        if parent_page_before.locale_id != instance.locale_id:
            tags.add(f"edition:{parent_page_before.locale.language_code}")
    purge_tags(tags, urls=urls)


def purge_deleted_page(sender, instance, **kwargs):
    """A page is being deleted: work out what shows it while it is still in the database."""
    if not isinstance(instance, Page) or type(instance) is Page:
        return  # the specific page of the same row gets its own signal
    tags, urls = tags_for_page(instance)
    purge_tags(tags, urls=urls)


def purge_site(sender, **kwargs):
    """Site settings, sites: every page shows them."""
    purge_tags({"all"})


def purge_edition_of(sender, instance, **kwargs):
    """An ad slot: every page of its edition may show it."""
    locale = getattr(instance, "locale", None)
    purge_tags({f"edition:{locale.language_code}"} if locale else {"all"})


def remember_author_slug(sender, instance, **kwargs):
    if instance.pk:
        instance._pagecache_old_slug = (
            sender.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
        )


def purge_author(sender, instance, **kwargs):
    """An author changed: their page and every article with their byline."""
    purge_tags(tags_for_author(instance, old_slug=getattr(instance, "_pagecache_old_slug", None)))


def connect() -> None:
    page_published.connect(purge_page, dispatch_uid="pagecache.page_published")
    page_unpublished.connect(purge_page, dispatch_uid="pagecache.page_unpublished")
    post_page_move.connect(purge_moved_page, dispatch_uid="pagecache.page_moved")
    pre_delete.connect(purge_deleted_page, dispatch_uid="pagecache.page_deleted")
    restriction = apps.get_model("wagtailcore", "PageViewRestriction")
    edition_texts = apps.get_model("i18n", "EditionTexts")  # names and legal lines per edition
    for model in (apps.get_model("core", "SiteSettings"), Site, restriction, edition_texts):
        post_save.connect(purge_site, sender=model, dispatch_uid=f"pagecache.save.{model}")
        post_delete.connect(purge_site, sender=model, dispatch_uid=f"pagecache.delete.{model}")
    ad_slot = apps.get_model("ads", "AdSlot")  # a sibling app: by label, not by import
    post_save.connect(purge_edition_of, sender=ad_slot, dispatch_uid="pagecache.ad_saved")
    post_delete.connect(purge_edition_of, sender=ad_slot, dispatch_uid="pagecache.ad_deleted")
    # What every page shows (navigation, ads, settings): cached under content_generation().
    for label in (
        "news.HomePage",
        "news.SectionPage",
        "ads.AdSlot",
        "core.SiteSettings",
        "wagtailcore.Locale",
        "wagtailcore.PageViewRestriction",
        "wagtailcore.Site",
        "i18n.EditionTexts",
    ):
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(note_local_change, sender=model, dispatch_uid=f"pagecache.local.{label}")
    request_started.connect(remember_for_request, dispatch_uid="pagecache.generation_start")
    request_finished.connect(forget_for_request, dispatch_uid="pagecache.generation_end")
    author = apps.get_model("news", "Author")
    pre_save.connect(remember_author_slug, sender=author, dispatch_uid="pagecache.author_pre")
    post_save.connect(purge_author, sender=author, dispatch_uid="pagecache.author_saved")
