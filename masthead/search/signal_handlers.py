"""Follow publishing: index on publish, drop on unpublish and delete, reindex on move."""

from functools import partial

from django.db import transaction

from masthead.news.models import ArticlePage

from .indexing import index_article, index_subtree, remove_article


def on_page_published(sender, instance, **kwargs):
    transaction.on_commit(partial(index_article, instance.pk))


def on_page_unpublished(sender, instance, **kwargs):
    transaction.on_commit(partial(remove_article, instance.pk))


def on_page_deleted(sender, instance, **kwargs):
    # The entry goes with the page by cascade; this covers deletes that bypass it.
    transaction.on_commit(partial(remove_article, instance.pk))


def on_page_moved(sender, instance, **kwargs):
    # A moved section changes its articles' section; a moved article its own.
    transaction.on_commit(partial(index_subtree, instance))


def connect():
    from django.db.models.signals import post_delete

    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(on_page_published, sender=ArticlePage, dispatch_uid="search_publish")
    page_unpublished.connect(
        on_page_unpublished, sender=ArticlePage, dispatch_uid="search_unpublish"
    )
    post_delete.connect(on_page_deleted, sender=ArticlePage, dispatch_uid="search_delete")
    post_page_move.connect(on_page_moved, dispatch_uid="search_move")
