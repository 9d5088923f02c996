"""A unique token in drafts, private pages and scheduled articles must never leak out."""

import datetime as dt

from django.utils import timezone

from wagtail.models import Locale, Page, PageViewRestriction

import pytest

from masthead.distribution.models import TelegramChannel, TelegramPost
from masthead.news.models import ArticlePage

from .editions import CODES, add_draft_article, build_editions, parse_xml
from .fake_bot_api import FakeBotApi, FakeClock
from .test_telegram import drain, make_worker, publish_new_article

TOKEN = "zqxcanary7731"


@pytest.fixture
def site_with_secrets(db):
    editions = build_editions()
    for code in CODES:
        TelegramChannel.objects.create(
            locale=Locale.objects.get(language_code=code),
            chat_id=f"@masthead_{code}",
            bot_token="123:secret",
            active_since=timezone.now() - dt.timedelta(minutes=1),
        )
    en, ru = editions["en"]["section"], editions["ru"]["section"]
    body = [("paragraph", f"<p>Body {TOKEN}</p>")]

    # A draft never published.
    draft = add_draft_article(en, title=f"Draft {TOKEN}", lead=f"Lead {TOKEN}", body=body)
    draft.tags.add("budget")
    draft.save_revision()
    # A live article with unpublished changes.
    edited = publish_new_article(en, "Edited in public")
    edited.title = f"Edited {TOKEN}"
    edited.lead = f"Lead {TOKEN}"
    edited.save_revision()
    # A private article, and an article inside a private section.
    private = add_draft_article(ru, title=f"Private {TOKEN}", lead=f"Lead {TOKEN}", body=body)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    private.save_revision().publish()
    hidden_section = editions["hy"]["home"].add_child(
        instance=type(editions["hy"]["section"])(title=f"Closed {TOKEN}", slug="closed")
    )
    PageViewRestriction.objects.create(
        page=hidden_section, restriction_type=PageViewRestriction.LOGIN
    )
    publish_new_article(hidden_section, f"Inside {TOKEN}")
    # A scheduled article, and a live article with a scheduled revision.
    scheduled = add_draft_article(
        editions["az"]["section"], title=f"Later {TOKEN}", lead=f"Lead {TOKEN}", body=body
    )
    scheduled.go_live_at = timezone.now() + dt.timedelta(days=1)
    scheduled.save_revision().publish()
    rescheduled = publish_new_article(editions["az"]["section"], "Now")
    rescheduled.title = f"Rescheduled {TOKEN}"
    rescheduled.go_live_at = timezone.now() + dt.timedelta(days=1)
    rescheduled.save_revision().publish()
    # And one ordinary article, so the checks below see real output.
    publish_new_article(en, "Ordinary news")
    # Two more carry it only in a revision (a pending edit and a scheduled one).
    assert ArticlePage.objects.filter(title__contains=TOKEN).count() == 4
    return editions


def urls_to_check(client, editions):
    urls = ["/robots.txt", "/sitemap.xml"]
    index = parse_xml(client.get("/sitemap.xml").content)
    urls += [
        loc.text.replace("http://testserver", "")
        for loc in index.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    for code in CODES:
        for fmt in ("rss", "atom"):
            urls.append(f"/{code}/feeds/{fmt}/")
            urls.append(f"/{code}/feeds/section/{editions[code]['section'].slug}/{fmt}/")
            urls.append(f"/{code}/feeds/author/{editions[code]['author'].slug}/{fmt}/")
            urls.append(f"/{code}/feeds/tag/budget/{fmt}/")
    for page in Page.objects.live().public().filter(depth__gte=2):
        urls.append(page.url)
    return urls


def test_token_appears_in_no_feed_sitemap_page_search_result_or_post(client, site_with_secrets):
    checked = 0
    for url in urls_to_check(client, site_with_secrets):
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert TOKEN.encode() not in body, url
        checked += 1
    assert checked > 40
    assert "Ordinary news" in client.get("/en/feeds/rss/").content.decode()

    assert not ArticlePage.objects.live().public().search(TOKEN)
    assert ArticlePage.objects.live().public().search("Ordinary")

    clock = FakeClock(timezone.now() + dt.timedelta(seconds=1))
    with FakeBotApi(clock) as api:
        drain(make_worker(api, clock), clock)
    texts = api.accepted_texts()
    assert any("Ordinary news" in text for text in texts)
    assert not any(TOKEN in text for text in texts)
    assert not TelegramPost.objects.filter(text__contains=TOKEN).exists()
