"""State changes of the distribution app: putting articles into the Telegram outbox."""

import datetime as dt
import logging

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from wagtail.models import Page

from masthead.news.models import ArticlePage

from .models import TelegramChannel, TelegramPost
from .notices import get_site_settings, render_reuse_notice

logger = logging.getLogger(__name__)

LEAD_LIMIT = 700  # keeps a post well under Telegram's 4,096 characters


def is_distributable(article) -> bool:
    """Return True when readers may see the article: live, and no view restriction on its path."""
    return article.live and ArticlePage.objects.live().public().filter(pk=article.pk).exists()


def build_post_text(article) -> str:
    """Return the post for the article's channel: title, lead, link and reuse notice (HTML)."""
    site_settings = get_site_settings(page=article)
    url = article.get_full_url()
    home = get_edition_home_url(article) or url
    lead = article.lead.strip()
    if len(lead) > LEAD_LIMIT:
        lead = lead[: LEAD_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    with translation.override(article.locale.language_code):
        parts = [f"<b>{escape(article.title)}</b>"]
        if lead:
            parts.append(escape(lead))
        read_more = gettext("Read the article")
        parts.append(f'<a href="{escape(url)}">{escape(read_more)}</a>')
        parts.append(f"<i>{render_reuse_notice(site_settings, home)}</i>")
    return "\n\n".join(parts)


def get_edition_home_url(page) -> str | None:
    """Return the full URL of the home page of the page's edition."""
    home = Page.objects.ancestor_of(page, inclusive=True).filter(depth=2).first()
    return home.get_full_url() if home else None


def get_channel(locale_id) -> TelegramChannel | None:
    return TelegramChannel.objects.filter(locale_id=locale_id, is_enabled=True).first()


def enqueue_first_publication(article) -> TelegramPost | None:
    """Put a newly published article into its edition's outbox, once per article.

    Runs inside the publishing transaction when there is one; the worker sends the post later.
    Articles whose publication date is ahead wait until then.
    """
    if not is_distributable(article):
        return None
    channel = get_channel(article.locale_id)
    if channel is None or (
        article.first_published_at and article.first_published_at < channel.active_since
    ):
        return None
    if TelegramPost.objects.filter(
        page_id=article.pk, reason=TelegramPost.Reason.FIRST_PUBLICATION
    ).exists():
        return None
    now = timezone.now()
    post = TelegramPost(
        page_id=article.pk,
        channel=channel,
        reason=TelegramPost.Reason.FIRST_PUBLICATION,
        text=build_post_text(article),
        next_attempt_at=max(now, article.published_at or now),
    )
    try:
        with transaction.atomic():
            post.save()
    except IntegrityError:
        return None  # a concurrent publish of the same article wrote the row first
    logger.info("Telegram post %s queued for article %s", post.pk, article.pk)
    return post


def resend_article(article, *, user=None) -> TelegramPost:
    """Queue the article for its edition's channel again, at an editor's request."""
    if not is_distributable(article):
        raise ValueError(gettext("Only a published, public article can be sent."))
    channel = get_channel(article.locale_id)
    if channel is None:
        raise ValueError(gettext("This edition has no enabled Telegram channel."))
    post = TelegramPost.objects.create(
        page_id=article.pk,
        channel=channel,
        reason=TelegramPost.Reason.RESEND,
        text=build_post_text(article),
    )
    logger.info(
        "Telegram post %s queued again for article %s by %s",
        post.pk,
        article.pk,
        getattr(user, "pk", None),
    )
    return post


def enqueue_missed_publications(*, now=None, window=dt.timedelta(hours=6)) -> int:
    """Queue recent first publications that have no outbox row (the publisher died in between).

    Wagtail's publish is not one transaction, so the row is written right after the page is
    saved; this sweep closes that gap. The unique constraint keeps it from queueing twice.
    """
    now = now or timezone.now()
    queued = 0
    for channel in TelegramChannel.objects.filter(is_enabled=True):
        since = max(channel.active_since, now - window)
        missing = (
            ArticlePage.objects.live()
            .public()
            .filter(locale_id=channel.locale_id, first_published_at__gte=since)
            .exclude(
                pk__in=TelegramPost.objects.filter(
                    reason=TelegramPost.Reason.FIRST_PUBLICATION, page__isnull=False
                ).values("page_id")
            )
        )
        for article in missing:
            if enqueue_first_publication(article):
                logger.warning("Telegram post queued late for article %s", article.pk)
                queued += 1
    return queued
