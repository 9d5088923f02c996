import csv
import datetime as dt
import io

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

import pytest

from masthead.analytics.counters import write_buckets


@pytest.fixture
def views(newsroom):
    """Stored views: article 0 read most in the last days, article 1 only long ago."""
    today = timezone.localdate()
    hour = timezone.localtime().hour
    first, second, third = newsroom["articles"][:3]
    write_buckets(
        {
            (first.pk, today, hour): 30,
            (first.pk, today - dt.timedelta(days=3), 5): 10,
            (second.pk, today - dt.timedelta(days=20), 5): 500,
            (third.pk, today, hour): 7,
        }
    )
    return first, second, third


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def admin_client_for(client):
    def login(user):
        client.force_login(user)
        return client

    return login


def test_editors_see_the_most_read_articles_of_the_period(admin_client_for, editor, views):
    first, second, third = views
    client = admin_client_for(editor)
    response = client.get("/admin/views/", {"period": "7d"})
    assert response.status_code == 200
    rows = [(page.pk, n) for page, n in response.context["rows"]]
    assert rows == [(first.pk, 40), (third.pk, 7)]
    response = client.get("/admin/views/", {"period": "30d"})
    top_page, top_views = response.context["rows"][0]
    assert (top_page.pk, top_views) == (second.pk, 500)
    response = client.get("/admin/views/", {"period": "24h"})
    assert [(page.pk, n) for page, n in response.context["rows"]] == [
        (first.pk, 30),
        (third.pk, 7),
    ]


def test_custom_dates_and_edition_filter(admin_client_for, editor, views):
    first, second, _ = views
    client = admin_client_for(editor)
    day = (timezone.localdate() - dt.timedelta(days=20)).isoformat()
    response = client.get("/admin/views/", {"period": "custom", "start": day, "end": day})
    assert [(page.pk, n) for page, n in response.context["rows"]] == [(second.pk, 500)]
    response = client.get("/admin/views/", {"period": "30d", "locale": first.locale_id})
    assert len(response.context["rows"]) == 3


@pytest.mark.parametrize(
    "query",
    [
        {"period": "custom"},
        {"period": "custom", "start": "2026-02-01", "end": "2026-01-01"},
        {"period": "custom", "start": "not a date", "end": "2026-01-01"},
        {"period": "forever"},
        {"locale": "999999"},
    ],
)
def test_bad_filters_show_errors_not_500(admin_client_for, editor, views, query):
    response = admin_client_for(editor).get("/admin/views/", query)
    assert response.status_code == 200
    assert response.context["rows"] == []
    assert response.context["form"].errors


def test_csv_export(admin_client_for, editor, views):
    first, _, third = views
    response = admin_client_for(editor).get("/admin/views/", {"period": "7d", "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["Page ID", "Title", "Edition", "Address", "Views"]
    assert [(int(row[0]), row[1], row[2], int(row[4])) for row in rows[1:]] == [
        (first.pk, first.title, "en", 40),
        (third.pk, third.title, "en", 7),
    ]


def test_article_chart_shows_daily_views(admin_client_for, editor, views):
    first = views[0]
    response = admin_client_for(editor).get(f"/admin/views/article/{first.pk}/")
    assert response.status_code == 200
    series = response.context["series"]
    assert len(series) == 30
    assert series[-1] == (timezone.localdate(), 30)
    assert response.context["total"] == 40
    html = response.content.decode()
    assert "<svg" in html
    assert html.count("<rect") == 30
    assert "<script>" not in html.replace(" ", "")


def test_article_chart_of_unknown_page_is_404(admin_client_for, editor, views):
    # LocaleMiddleware may first redirect an unprefixed 404 to /en/...; it ends in a 404.
    response = admin_client_for(editor).get("/admin/views/article/999999/", follow=True)
    assert response.status_code == 404


def test_users_without_the_permission_are_refused(admin_client_for, django_user_model, views):
    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = admin_client_for(user)
    assert client.get("/admin/views/").status_code in {302, 403}
    assert client.get(f"/admin/views/article/{views[0].pk}/").status_code in {302, 403}
    home = client.get("/admin/")
    assert "/admin/views/" not in home.content.decode()


def test_anonymous_users_are_sent_to_login(client, views):
    response = client.get("/admin/views/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_editors_have_the_menu_item(admin_client_for, editor, views):
    assert "/admin/views/" in admin_client_for(editor).get("/admin/").content.decode()


def test_dashboard_query_count_does_not_grow_with_rows(
    admin_client_for, editor, views, django_assert_max_num_queries
):
    client = admin_client_for(editor)
    client.get("/admin/views/")
    with django_assert_max_num_queries(20):
        client.get("/admin/views/", {"period": "30d"})
