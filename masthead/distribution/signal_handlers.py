"""Reactions to publishing in the news app."""

from wagtail.signals import page_published

from masthead.news.models import ArticlePage

from .actions import enqueue_first_publication


def queue_telegram_post(sender, instance, revision=None, **kwargs):
    """Queue the post of an article's first publication; later publishes are edits."""
    if not instance.live or instance.first_published_at is None:
        return  # scheduled for later: page_published fires again when it goes live
    if instance.last_published_at and instance.first_published_at != instance.last_published_at:
        return
    enqueue_first_publication(instance)


def connect():
    page_published.connect(
        queue_telegram_post, sender=ArticlePage, dispatch_uid="distribution_telegram"
    )
