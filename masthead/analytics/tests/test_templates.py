import datetime as dt

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from bs4 import BeautifulSoup

from masthead.analytics.counters import get_counter, write_buckets
from masthead.analytics.reports import get_most_read

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0"


def render(name, **context):
    request = RequestFactory().get("/en/")
    return Template(f'{{% include "{name}" %}}').render(Context({"request": request, **context}))


def test_views_line_shows_stored_and_unflushed_views(newsroom, django_assert_max_num_queries):
    article = newsroom["articles"][0]
    write_buckets({(article.pk, timezone.localdate(), 3): 41})
    get_counter().hit(article.pk, "198.51.100.1", BROWSER)
    with django_assert_max_num_queries(1):
        html = render("analytics/views_count.html", page=article)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("p.views").get_text() == "Views: 42"
    assert soup.select_one("[data-views]").get_text() == "42"
    with django_assert_max_num_queries(0):  # the stored total is cached
        render("analytics/views_count.html", page=article)


def test_scripts_load_the_beacon_module_without_inline_code():
    soup = BeautifulSoup(render("analytics/scripts.html"), "html.parser")
    scripts = soup.find_all("script")
    assert len(scripts) == 1
    assert scripts[0]["type"] == "module"
    assert scripts[0]["src"].endswith("analytics/views.js")
    assert not scripts[0].string


def test_most_read_lists_live_articles_of_the_edition(newsroom, django_assert_max_num_queries):
    articles = newsroom["articles"]
    now = timezone.localtime()
    write_buckets(
        {
            (articles[0].pk, now.date(), now.hour): 5,
            (articles[1].pk, now.date(), now.hour): 9,
            (articles[2].pk, now.date() - dt.timedelta(days=3), 1): 50,
            (articles[3].pk, now.date() - dt.timedelta(days=30), 1): 500,
            (articles[4].pk, now.date(), now.hour): 100,
        }
    )
    articles[4].unpublish()
    with django_assert_max_num_queries(6):
        html = render("analytics/most_read.html", page=articles[0])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("h2").get_text() == "Most read"
    day, week = soup.select("ol")
    assert [a.get_text() for a in day.select("a")] == [articles[1].title, articles[0].title]
    assert [a.get_text() for a in week.select("a")] == [
        articles[2].title,
        articles[1].title,
        articles[0].title,
    ]
    assert day.select_one("a")["href"] == articles[1].get_url()
    with django_assert_max_num_queries(0):  # cached
        render("analytics/most_read.html", page=articles[0])


def test_most_read_is_per_edition(newsroom):
    from wagtail.models import Locale

    article = newsroom["articles"][0]
    write_buckets({(article.pk, timezone.localdate(), timezone.localtime().hour): 5})
    other, _ = Locale.objects.get_or_create(language_code="ru")
    assert get_most_read(other.pk) == {"day": [], "week": []}
    assert [item["title"] for item in get_most_read(article.locale_id)["day"]] == [article.title]


def test_most_read_is_empty_without_views(newsroom):
    html = render("analytics/most_read.html", page=newsroom["articles"][0])
    assert html.strip() == ""
