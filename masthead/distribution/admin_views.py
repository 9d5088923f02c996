"""Admin view: an article's Telegram posts, and sending it again by hand."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from masthead.news.models import ArticlePage

from .actions import resend_article
from .models import TelegramPost


def telegram_post(request, page_id):
    article = get_object_or_404(ArticlePage, pk=page_id)
    if not article.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if request.method == "POST":
        try:
            resend_article(article, user=request.user)
        except ValueError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("“%(title)s” will be posted to its Telegram channel again.")
                % {"title": article.title},
            )
        return redirect(reverse("distribution_telegram_post", args=[article.pk]))
    posts = TelegramPost.objects.filter(page_id=article.pk).select_related("channel")
    return TemplateResponse(
        request,
        "distribution/admin/telegram_post.html",
        {
            "page": article,
            "posts": posts,
            "header_title": _("Telegram: %(title)s") % {"title": article.title},
            "page_title": _("Telegram"),
        },
    )
