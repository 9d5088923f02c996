import datetime as dt
import logging
import random

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

import pytest

from masthead.distribution.actions import enqueue_missed_publications, resend_article
from masthead.distribution.models import TelegramChannel, TelegramPost
from masthead.distribution.telegram.client import BotApiClient
from masthead.distribution.telegram.ratelimit import RateLimit
from masthead.distribution.telegram.worker import Worker
from masthead.news.models import ArticlePage

from .editions import CODES, add_draft_article, build_editions
from .fake_bot_api import FakeBotApi, FakeClock, max_in_any_minute

TOKEN = "123:secret"
State = TelegramPost.State


@pytest.fixture
def editions(db):
    editions = build_editions()
    for code in CODES:
        TelegramChannel.objects.create(
            locale=Locale.objects.get(language_code=code),
            chat_id=f"@masthead_{code}",
            bot_token=TOKEN,
            active_since=timezone.now() - dt.timedelta(minutes=1),
        )
    return editions


def make_worker(api, clock, **kwargs):
    return Worker(client=BotApiClient(api.url, timeout=5), clock=clock, **kwargs)


def drain(worker, clock, *, rounds=20000):
    """Run the worker until no post waits, advancing the fake clock while it would sleep."""
    for _ in range(rounds):
        if not TelegramPost.objects.filter(state__in=[State.PENDING, State.SENDING]).exists():
            return
        if not worker.run_once():
            clock.sleep(worker.next_wakeup(clock.now()))
    raise AssertionError("the outbox did not drain")


def publish_new_article(section, title, **fields):
    article = add_draft_article(section, title=title, lead=f"Lead of {title}.", **fields)
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def test_first_publication_queues_one_post_with_title_lead_link_and_notice(editions):
    article = publish_new_article(editions["hy"]["section"], "Հայերեն նորություն")
    post = TelegramPost.objects.get()
    assert post.page_id == article.pk
    assert post.channel.chat_id == "@masthead_hy"
    assert "<b>Հայերեն նորություն</b>" in post.text
    assert "Lead of Հայերեն նորություն." in post.text
    assert f'href="{article.get_full_url()}"' in post.text
    assert 'href="http://localhost/hy/"' in post.text  # the reuse notice's hyperlink
    assert "Նյութերի ցանկացած օգտագործում" in post.text  # in the edition's language


def test_the_outbox_row_is_written_in_the_publishing_transaction(editions):
    article = add_draft_article(editions["en"]["section"], title="Rolled back")
    revision = article.save_revision()
    with pytest.raises(RuntimeError), transaction.atomic():
        revision.publish()
        assert TelegramPost.objects.filter(page_id=article.pk).exists()
        raise RuntimeError("the publish fails after the signal")
    assert not TelegramPost.objects.exists()
    assert not ArticlePage.objects.get(pk=article.pk).live


def test_editing_or_republishing_a_published_article_sends_nothing(editions):
    article = publish_new_article(editions["en"]["section"], "Once")
    article.title = "Once, corrected"
    article.save_revision().publish()
    article.unpublish()
    article.save_revision().publish()
    assert TelegramPost.objects.count() == 1


def test_editor_can_send_again_by_hand(editions):
    article = publish_new_article(editions["ru"]["section"], "Ещё раз")
    post = resend_article(article)
    assert post.reason == TelegramPost.Reason.RESEND
    assert TelegramPost.objects.filter(page_id=article.pk).count() == 2


def test_private_draft_and_scheduled_articles_queue_nothing(editions):
    section = editions["en"]["section"]
    add_draft_article(section, title="Draft only")
    private = add_draft_article(section, title="Private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    private.save_revision().publish()
    scheduled = add_draft_article(section, title="Later")
    scheduled.go_live_at = timezone.now() + dt.timedelta(hours=2)
    scheduled.save_revision().publish()
    assert not ArticlePage.objects.get(pk=scheduled.pk).live
    assert not TelegramPost.objects.exists()


def test_scheduled_article_is_queued_when_it_goes_live(editions):
    scheduled = add_draft_article(editions["az"]["section"], title="Sonra")
    scheduled.go_live_at = timezone.now() + dt.timedelta(seconds=1)
    scheduled.save_revision().publish()
    assert not TelegramPost.objects.exists()
    ArticlePage.objects.filter(pk=scheduled.pk).update(
        go_live_at=timezone.now() - dt.timedelta(seconds=1)
    )
    scheduled.revisions.update(approved_go_live_at=timezone.now() - dt.timedelta(seconds=1))
    call_command("publish_scheduled", verbosity=0)
    assert TelegramPost.objects.get().page_id == scheduled.pk


def test_missed_publication_is_queued_once_by_the_sweep(editions):
    article = publish_new_article(editions["en"]["section"], "Missed")
    TelegramPost.objects.all().delete()  # as if the publisher died before writing the row
    assert enqueue_missed_publications() == 1
    assert enqueue_missed_publications() == 0
    assert TelegramPost.objects.get().page_id == article.pk


def test_articles_published_before_the_channel_existed_are_not_swept(editions):
    assert enqueue_missed_publications() == 0


def plan_faults(seed=7):
    """Answer each message's attempts with a seeded mix of faults, at most one lost answer each."""
    rng = random.Random(seed)
    schedules: dict[str, list[str]] = {}

    def plan(text, attempt):
        if text not in schedules:
            faults = []
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
                kinds = ["429", "500"] + (
                    [] if {"reset", "drop"} & set(faults) else ["reset", "drop"]
                )
                faults.append(rng.choice(kinds))
            schedules[text] = faults
        faults = schedules[text]
        return faults[attempt - 1] if attempt <= len(faults) else "ok"

    plan.schedules = schedules
    return plan


def test_two_hundred_publishes_are_each_posted_once_within_the_rate_limit(editions, caplog):
    clock = FakeClock(timezone.now() + dt.timedelta(seconds=1))
    plan = plan_faults()
    articles = []
    for index in range(200):
        code = CODES[index % 4]
        articles.append(publish_new_article(editions[code]["section"], f"Story {code} {index}"))
    assert TelegramPost.objects.count() == 200
    with FakeBotApi(clock, plan) as api, caplog.at_level(logging.WARNING):
        worker = make_worker(api, clock, rate_limit=RateLimit(per_minute=18))
        drain(worker, clock)

    kinds = [kind for _, _, _, kind in api.requests]
    for kind in ("ok", "429", "500", "reset", "drop"):
        assert kinds.count(kind) > 3, kind
    posts = {post.page_id: post for post in TelegramPost.objects.all()}
    assert {post.state for post in posts.values()} == {State.SENT}
    duplicates = 0
    for article in articles:
        post = posts[article.pk]
        copies = api.accepted_texts(post.channel.chat_id).count(post.text)
        dropped = "drop" in plan.schedules[post.text]
        assert copies == (2 if dropped else 1), article.title
        if dropped:
            duplicates += 1
            assert f"Telegram post {post.pk}: the answer to attempt" in caplog.text
            assert post.uncertain_attempts == 1
    assert duplicates > 0
    for code in CODES:
        chat = f"@masthead_{code}"
        times = [moment for chat_id, _, moment, _ in api.requests if chat_id == chat]
        assert len(times) >= 50
        assert max_in_any_minute(times) < 20
    assert api.flood_violations == []


def test_rate_limit_allows_fewer_than_twenty_a_minute():
    rate = RateLimit(per_minute=18)
    now = timezone.now()
    tat, sent = None, []
    for step in range(3000):
        moment = now + dt.timedelta(milliseconds=50 * step)
        ready = rate.ready_at(tat)
        if ready is None or ready <= moment:
            tat = rate.next_tat(tat, moment)
            sent.append(moment)
    assert 18 <= max_in_any_minute(sent) < 20


class KilledClient:
    """Send through the real client, then die before the answer is recorded (or before sending)."""

    def __init__(self, client, *, after_send):
        self.client = client
        self.after_send = after_send

    def send_message(self, token, chat_id, text):
        if self.after_send:
            self.client.send_message(token, chat_id, text)
        raise KeyboardInterrupt("worker killed")


@pytest.mark.parametrize("after_send", [True, False])
def test_worker_killed_mid_send_retries_once_and_logs_the_possible_duplicate(
    editions, caplog, after_send
):
    publish_new_article(editions["en"]["section"], "Killed")
    clock = FakeClock(timezone.now() + dt.timedelta(seconds=1))
    with FakeBotApi(clock) as api, caplog.at_level(logging.WARNING):
        dying = make_worker(api, clock)
        dying.client = KilledClient(dying.client, after_send=after_send)
        with pytest.raises(KeyboardInterrupt):
            dying.run_once()
        post = TelegramPost.objects.get()
        assert post.state == State.SENDING
        restarted = make_worker(api, clock)
        assert restarted.run_once() == 0  # the lease still runs
        clock.sleep(61)
        drain(restarted, clock)
    post.refresh_from_db()
    assert post.state == State.SENT
    assert len(api.accepted) == (2 if after_send else 1)
    assert "was interrupted; retrying, a duplicate is possible" in caplog.text


def test_a_second_interrupted_attempt_fails_the_post_instead_of_posting_again(editions):
    publish_new_article(editions["en"]["section"], "Twice killed")
    clock = FakeClock(timezone.now() + dt.timedelta(seconds=1))
    with FakeBotApi(clock) as api:
        for _ in range(2):
            dying = make_worker(api, clock)
            dying.client = KilledClient(dying.client, after_send=True)
            with pytest.raises(KeyboardInterrupt):
                dying.run_once()
            clock.sleep(61)
        make_worker(api, clock).run_once()
    post = TelegramPost.objects.get()
    assert post.state == State.FAILED
    assert len(api.accepted) == 2


def test_rejected_post_fails_without_retrying(editions):
    publish_new_article(editions["en"]["section"], "Bad token")
    TelegramChannel.objects.update(bot_token="999:wrong")
    clock = FakeClock(timezone.now() + dt.timedelta(seconds=1))
    with FakeBotApi(clock) as api:
        drain(make_worker(api, clock), clock)
    post = TelegramPost.objects.get()
    assert post.state == State.FAILED
    assert post.last_error.startswith("404")
    assert len(api.requests) == 0


def test_unreachable_api_is_retried_with_growing_backoff(editions):
    publish_new_article(editions["en"]["section"], "Nobody home")
    clock = FakeClock(timezone.now() + dt.timedelta(seconds=1))
    with FakeBotApi(clock) as api:
        url = api.url
    worker = Worker(client=BotApiClient(url, timeout=2), clock=clock, max_attempts=3)
    delays = []
    for _ in range(3):
        drained_before = clock.now()
        while not worker.run_once():
            clock.sleep(worker.next_wakeup(clock.now()))
        post = TelegramPost.objects.get()
        delays.append((post.next_attempt_at - drained_before).total_seconds())
    assert post.state == State.FAILED
    assert post.attempts == 3
    assert delays[1] > delays[0] > 0
