"""Admin: Telegram channels per edition, and sending an article to its channel again."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from masthead.news.models import ArticlePage

from . import admin_views
from .forms import TelegramChannelForm
from .models import TelegramChannel


class TelegramChannelViewSet(ModelViewSet):
    model = TelegramChannel
    icon = "mail"
    menu_label = _("Telegram channels")
    add_to_settings_menu = True
    copy_view_enabled = False
    list_display = ["chat_id", "locale", "is_enabled", "active_since"]

    def get_form_class(self, for_update=False):
        return TelegramChannelForm


@hooks.register("register_admin_viewset")
def register_telegram_channels():
    return TelegramChannelViewSet("telegram_channels")


@hooks.register("register_admin_urls")
def register_resend_url():
    return [
        path(
            "distribution/telegram/<int:page_id>/",
            admin_views.telegram_post,
            name="distribution_telegram_post",
        )
    ]


@hooks.register("register_page_header_buttons")
def telegram_button(page, user, view_name, next_url=None):
    if page.specific_class is ArticlePage and page.live:
        yield Button(
            _("Telegram"),
            reverse("distribution_telegram_post", args=[page.pk]),
            icon_name="mail",
            priority=90,
        )
