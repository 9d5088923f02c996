import datetime as dt

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Locale

import pytest

from masthead.distribution.forms import TelegramChannelForm
from masthead.distribution.models import TelegramChannel, TelegramPost

from .editions import build_editions
from .fake_bot_api import FakeBotApi, FakeClock
from .test_telegram import publish_new_article


@pytest.fixture
def editions(db):
    editions = build_editions()
    TelegramChannel.objects.create(
        locale=Locale.objects.get(language_code="en"),
        chat_id="@masthead_en",
        bot_token="123:secret",
        active_since=timezone.now() - dt.timedelta(minutes=1),
    )
    return editions


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.com", "pw")
    client.force_login(user)
    return user


def test_channel_form_keeps_the_token_when_left_empty_and_never_shows_it(editions):
    channel = TelegramChannel.objects.get()
    form = TelegramChannelForm(instance=channel)
    assert "123:secret" not in form.as_p()
    data = {
        "locale": channel.locale_id,
        "chat_id": "@renamed",
        "bot_token": "",
        "is_enabled": "on",
        "active_since": timezone.localtime(channel.active_since).strftime("%Y-%m-%d %H:%M"),
    }
    form = TelegramChannelForm(data, instance=channel)
    assert form.is_valid(), form.errors
    form.save()
    channel.refresh_from_db()
    assert channel.bot_token == "123:secret" and channel.chat_id == "@renamed"


def test_channel_admin_pages_render(client, editor, editions):
    assert client.get("/admin/telegram_channels/").status_code == 200
    channel = TelegramChannel.objects.get()
    response = client.get(f"/admin/telegram_channels/edit/{channel.pk}/")
    assert response.status_code == 200
    assert b"123:secret" not in response.content


def test_editor_sends_an_article_again_from_the_admin(client, editor, editions):
    article = publish_new_article(editions["en"]["section"], "Send me twice")
    url = f"/admin/distribution/telegram/{article.pk}/"
    assert "Send me twice" in client.get(url).content.decode()
    response = client.post(url)
    assert response.status_code == 302
    assert TelegramPost.objects.filter(page_id=article.pk).count() == 2
    edit = client.get(f"/admin/pages/{article.pk}/edit/")
    assert url.encode() in edit.content


def test_resend_needs_publish_permission(client, django_user_model, editions):
    article = publish_new_article(editions["en"]["section"], "Not yours")
    user = django_user_model.objects.create_user("reader", "r@example.com", "pw")
    client.force_login(user)
    response = client.post(f"/admin/distribution/telegram/{article.pk}/")
    assert response.status_code in (302, 403)
    assert TelegramPost.objects.filter(page_id=article.pk).count() == 1


def test_worker_command_sends_what_is_due_and_publishes_scheduled_pages(editions, settings):
    scheduled = publish_new_article(editions["en"]["section"], "Goes live by the worker")
    TelegramPost.objects.all().delete()
    scheduled.unpublish()
    type(scheduled).objects.filter(pk=scheduled.pk).update(first_published_at=None)
    scheduled.refresh_from_db()
    scheduled.go_live_at = timezone.now() + dt.timedelta(seconds=1)
    scheduled.save_revision().publish()
    scheduled.revisions.update(approved_go_live_at=timezone.now() - dt.timedelta(seconds=1))
    clock = FakeClock(timezone.now())
    with FakeBotApi(clock) as api:
        settings.MASTHEAD_TELEGRAM_API_URL = api.url
        call_command("run_distribution_worker", "--once")
    assert [text.split("\n")[0] for text in api.accepted_texts()] == [
        "<b>Goes live by the worker</b>"
    ]
    assert TelegramPost.objects.get().state == TelegramPost.State.SENT
