"""Base layout, footer lines and error pages."""

from django.test import RequestFactory
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from masthead.core.views import server_error


def test_server_error_page_renders_without_the_database():
    # No django_db mark: pytest-django makes any query here fail the test.
    response = server_error(RequestFactory().get("/en/broken/"))
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html5lib")
    assert soup.h1.get_text(strip=True) == "Something went wrong"
    assert soup.select_one('link[rel="stylesheet"]')["href"].endswith("core/masthead.css")
    assert soup.find("main") is not None


@pytest.mark.django_db
def test_not_found_page_is_in_the_sites_design(client, newsroom):
    response = client.get("/en/this/does/not/exist/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html5lib")
    assert soup.h1.get_text(strip=True) == "Page not found"
    assert soup.select_one("header.site-header") and soup.select_one("footer.site-footer")
    assert soup.select_one('nav[aria-label="Sections"]')


@pytest.mark.django_db
def test_footer_has_name_year_holder_and_default_reuse_notice(client, newsroom):
    soup = BeautifulSoup(client.get("/en/").content, "html5lib")
    footer = soup.select_one("footer.site-footer")
    year = timezone.localtime().year
    assert footer.select_one(".site-footer__copyright").get_text(strip=True) == f"© {year} Masthead"
    assert footer.select_one(".site-footer__reuse").get_text(strip=True) == (
        "Any use of materials is allowed only with a hyperlink to testserver"
    )


@pytest.mark.django_db
def test_footer_uses_the_editors_holder_and_notice(client, newsroom):
    from wagtail.models import Site

    from masthead.core.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.copyright_holder = "Ledger Media LLC"
    settings.reuse_notice = "Quote us freely, with a link."
    settings.twitter_url = "https://x.com/ledger"
    settings.save()
    soup = BeautifulSoup(client.get("/en/").content, "html5lib")
    footer = soup.select_one("footer.site-footer")
    assert "Ledger Media LLC" in footer.select_one(".site-footer__copyright").get_text()
    assert footer.select_one(".site-footer__reuse").get_text(strip=True) == (
        "Quote us freely, with a link."
    )
    assert footer.select_one('a[href="https://x.com/ledger"]')


@pytest.mark.django_db
def test_head_applies_preferences_before_styles_and_carries_no_inline_code(client, newsroom):
    soup = BeautifulSoup(client.get(newsroom["articles"][0].url).content, "html5lib")
    head = list(soup.head.find_all(["script", "link"]))
    first_script = next(node for node in head if node.name == "script")
    stylesheet = next(node for node in head if node.get("rel") == ["stylesheet"])
    assert first_script["src"].endswith("core/preferences.js")
    assert not first_script.get("type") and not first_script.get("defer")
    assert head.index(first_script) < head.index(stylesheet)
    strings = soup.select_one("script#masthead-strings")
    assert strings["type"] == "application/json"
    assert "Link copied" in strings.string


@pytest.mark.django_db
def test_header_has_sections_search_theme_toggle_and_links(client, newsroom):
    from wagtail.models import Site

    from masthead.core.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.app_store_url = "https://apps.apple.com/app/id1"
    settings.google_play_url = "https://play.google.com/store/apps/details?id=x"
    settings.telegram_url = "https://t.me/x"
    settings.save()
    soup = BeautifulSoup(client.get("/en/").content, "html5lib")
    header = soup.select_one("header.site-header")
    nav = [a.get_text(strip=True) for a in header.select('nav[aria-label="Sections"] a')]
    assert nav == ["Section 0", "Section 1"]
    assert header.select_one('form[role="search"]')["action"] == "/en/search/"
    assert header.select_one('button[data-action="toggle-theme"]')["aria-pressed"] == "false"
    assert header.select_one('a[href="https://apps.apple.com/app/id1"]').get_text() == "App Store"
    assert header.select_one('a[href="https://t.me/x"]')


@pytest.mark.django_db
def test_unpublished_section_is_not_in_navigation(client, newsroom):
    newsroom["sections"][1].unpublish()
    soup = BeautifulSoup(client.get("/en/").content, "html5lib")
    nav = [a.get_text(strip=True) for a in soup.select('nav[aria-label="Sections"] a')]
    assert nav == ["Section 0"]
