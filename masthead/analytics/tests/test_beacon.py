import pytest

from masthead.analytics.counters import get_counter
from masthead.analytics.models import PageViews

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def beacon(client, page_id, *, ip="203.0.113.7", ua=BROWSER, method="post"):
    return getattr(client, method)(
        f"/api/v1/views/{page_id}/", HTTP_X_FORWARDED_FOR=ip, HTTP_USER_AGENT=ua
    )


def stored(page):
    return sum(PageViews.objects.filter(page_id=page.pk).values_list("count", flat=True))


def test_post_counts_and_answers_the_new_total(client, newsroom):
    article = newsroom["articles"][0]
    response = beacon(client, article.pk)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    assert response.json() == {"views": 1}
    assert beacon(client, article.pk, ip="203.0.113.8").json() == {"views": 2}


def test_get_answers_the_count_without_counting(client, newsroom, counter):
    article = newsroom["articles"][0]
    beacon(client, article.pk)
    for _ in range(3):
        response = beacon(client, article.pk, method="get")
        assert response.status_code == 200
        assert response.json() == {"views": 1}
    get_counter().flush()
    assert stored(article) == 1


def test_replaying_one_visitors_beacon_1000_times_adds_one(client, newsroom, counter, settings):
    settings.MASTHEAD_VIEWS_RATE_LIMIT = "0"
    article = newsroom["articles"][0]
    answers = {beacon(client, article.pk).json()["views"] for _ in range(1000)}
    assert answers == {1}
    get_counter().flush()
    assert stored(article) == 1


def test_same_visitor_counts_once_per_article(client, newsroom, counter):
    first, second = newsroom["articles"][:2]
    beacon(client, first.pk)
    beacon(client, second.pk)
    beacon(client, first.pk)
    get_counter().flush()
    assert (stored(first), stored(second)) == (1, 1)


def test_another_user_agent_from_one_address_is_another_visitor(client, newsroom):
    article = newsroom["articles"][0]
    beacon(client, article.pk)
    assert beacon(client, article.pk, ua=BROWSER + " Safari").json() == {"views": 2}


@pytest.mark.parametrize(
    "ua",
    [
        GOOGLEBOT,
        "python-requests/2.32",
        "curl/8.5.0",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "",
        "   ",
    ],
)
def test_bots_and_scripts_add_nothing(client, newsroom, counter, ua):
    article = newsroom["articles"][0]
    response = beacon(client, article.pk, ua=ua)
    assert response.status_code == 200
    assert response.json() == {"views": 0}
    get_counter().flush()
    assert stored(article) == 0


def test_draft_unpublished_and_private_articles_answer_404_and_count_nothing(
    client, newsroom, counter
):
    from wagtail.models import PageViewRestriction

    from masthead.news.tests.factories import ArticlePageFactory

    section = newsroom["sections"][0]
    draft = ArticlePageFactory(parent=section, live=False, slug="draft")
    unpublished = newsroom["articles"][1]
    unpublished.unpublish()
    private = newsroom["articles"][2]
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    for page in (draft, unpublished, private):
        assert beacon(client, page.pk).status_code == 404
        assert beacon(client, page.pk, method="get").status_code == 404
    get_counter().flush()
    assert PageViews.objects.count() == 0


def test_unknown_page_and_non_article_answer_404(client, newsroom):
    assert beacon(client, 987654321).status_code == 404
    assert beacon(client, newsroom["home"].pk).status_code == 404
    assert beacon(client, newsroom["sections"][0].pk).status_code == 404


@pytest.mark.parametrize("raw", ["abc", "0", "012", "-5", "1.5", "9" * 19, "%20", "١٢"])
def test_malformed_id_answers_400(client, db, raw):
    response = client.post(f"/api/v1/views/{raw}/", HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 400
    assert "error" in response.json()


def test_a_large_body_answers_400(client, newsroom):
    response = client.post(
        f"/api/v1/views/{newsroom['articles'][0].pk}/",
        data="x" * 10_000,
        content_type="text/plain",
        HTTP_USER_AGENT=BROWSER,
    )
    assert response.status_code == 400


def test_untrusted_forwarded_for_from_a_trusted_proxy_answers_400(client, newsroom):
    assert beacon(client, newsroom["articles"][0].pk, ip="not-an-ip").status_code == 400


@pytest.mark.parametrize("method", ["put", "patch", "delete", "options"])
def test_other_methods_answer_405(client, newsroom, method):
    response = beacon(client, newsroom["articles"][0].pk, method=method)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"


def test_rate_limit_answers_429_per_address(client, newsroom, settings):
    settings.MASTHEAD_VIEWS_RATE_LIMIT = "3/60"
    articles = newsroom["articles"]
    codes = [beacon(client, articles[i].pk).status_code for i in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    assert beacon(client, articles[4].pk, ip="203.0.113.99").status_code == 200


def test_forwarded_for_is_ignored_from_an_untrusted_peer(client, newsroom, settings):
    settings.MASTHEAD_TRUSTED_PROXIES = []
    article = newsroom["articles"][0]
    beacon(client, article.pk, ip="203.0.113.1")
    # Same peer (127.0.0.1), another claimed address: the same visitor.
    assert beacon(client, article.pk, ip="203.0.113.2").json() == {"views": 1}


def test_client_address_is_the_rightmost_untrusted_one(newsroom, settings):
    from masthead.analytics.visitors import get_client_ip

    settings.MASTHEAD_TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    assert get_client_ip("127.0.0.1", "1.2.3.4, 198.51.100.1, 10.1.2.3") == "198.51.100.1"
    assert get_client_ip("198.51.100.9", "1.2.3.4") == "198.51.100.9"
    assert get_client_ip("127.0.0.1", "") == "127.0.0.1"
    assert get_client_ip("127.0.0.1", "garbage, 10.0.0.1") is None


@pytest.mark.parametrize(
    ("forwarded_for", "client"),
    [
        ("2001:db8::7, fd00::1", "2001:db8::7"),  # fd00::1 is a trusted proxy
        ("::ffff:10.1.2.3", "::ffff:10.1.2.3"),  # IPv4-mapped: not in an IPv4 network
        ("fe80::1%eth0, 10.0.0.1", "fe80::1%eth0"),  # a scope: read by ipaddress
        ("10.1.2.3", "127.0.0.1"),  # only proxies: the peer is the client
        ("010.1.2.3", None),  # leading zeros are ambiguous: malformed
        ("1.2.3", None),
        ("1.2.3.4\x00", None),
        ("١.٢.٣.٤", None),
    ],
)
def test_forwarded_addresses_are_parsed_strictly(settings, forwarded_for, client):
    from masthead.analytics.visitors import get_client_ip

    settings.MASTHEAD_TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8", "fd00::/8"]
    assert get_client_ip("127.0.0.1", forwarded_for) == client


def test_flush_moves_counts_to_daily_buckets_and_keeps_the_total(client, newsroom, counter):
    article = newsroom["articles"][0]
    for i in range(7):
        beacon(client, article.pk, ip=f"198.51.100.{i}")
    assert counter.get_total(article.pk) == 7
    assert counter.flush() == 7
    assert stored(article) == 7
    row = PageViews.objects.get(page_id=article.pk)
    assert row.count == 7
    assert counter.get_total(article.pk) == 7
    beacon(client, article.pk, ip="198.51.100.200")
    assert beacon(client, article.pk, method="get").json() == {"views": 8}
    get_counter().flush()
    assert PageViews.objects.get(page_id=article.pk).count == 8
    assert counter.flush() == 0


def test_no_raw_address_or_user_agent_is_kept(client, newsroom, counter):
    beacon(client, newsroom["articles"][0].pk, ip="198.51.100.77")
    if counter.redis is not None:
        dump = b" ".join(counter.redis.scan_iter(match=counter.prefix + "*"))
        for key in counter.redis.scan_iter(match=counter.prefix + "*"):
            if counter.redis.type(key) == b"string":
                dump += b" " + (counter.redis.get(key) or b"")
    else:
        dump = b" ".join(counter.seen) + b" ".join(counter.window_hits)
    assert b"198.51.100.77" not in dump
    assert b"Mozilla" not in dump
