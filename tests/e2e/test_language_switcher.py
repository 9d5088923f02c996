"""A reader switches editions from the header's language switcher."""

import pytest
from playwright.sync_api import expect

from masthead.i18n.tests.conftest import translate

pytestmark = pytest.mark.e2e


@pytest.fixture
def editions_site(transactional_db, django_db_serialized_rollback, live_server):
    """An English newsroom; Russian home, section and first article; Armenian home and section."""
    from masthead.news.tests.factories import build_newsroom

    newsroom = build_newsroom()
    home, section, article = newsroom["home"], newsroom["sections"][0], newsroom["articles"][0]
    translate(home, "ru", "Главная")
    translate(section, "ru", "Аналитика")
    russian_article = translate(article, "ru", "Армения надеялась на мир")
    translate(home, "hy", "Գլխավոր")
    armenian_section = translate(section, "hy", "Վերլուծություն")
    return {
        **newsroom,
        "ru_article": russian_article,
        "hy_section": armenian_section,
        "live_server_url": live_server.url,
    }


def test_choosing_russian_on_an_english_article_opens_its_translation(page, editions_site):
    page.goto(editions_site["articles"][0].url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    switcher = page.locator("nav.language-switcher")
    expect(switcher.get_by_role("link", name="English")).to_have_attribute("aria-current", "true")
    switcher.get_by_role("link", name="Русский").click()
    expect(page).to_have_url(
        editions_site["live_server_url"] + "/ru/analitika/armeniya-nadeyalas-na-mir/"
    )
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    expect(page.locator("h1")).to_have_text("Армения надеялась на мир")
    expect(switcher.get_by_role("link", name="Русский")).to_have_attribute("aria-current", "true")


def test_choosing_armenian_without_a_translation_opens_the_armenian_section(page, editions_site):
    page.goto(editions_site["articles"][1].url)  # no Armenian translation
    page.locator("nav.language-switcher").get_by_role("link", name="Հայերեն").click()
    expect(page).to_have_url(editions_site["live_server_url"] + editions_site["hy_section"].url)
    expect(page.locator("html")).to_have_attribute("lang", "hy")
    assert page.title()  # a real page, not an error
    expect(page.locator("h1")).to_contain_text("Վերլուծություն")


def test_choosing_armenian_on_an_untranslated_section_opens_the_armenian_home(page, editions_site):
    page.goto(editions_site["sections"][1].url)
    page.locator("nav.language-switcher").get_by_role("link", name="Հայերեն").click()
    expect(page).to_have_url(editions_site["live_server_url"] + "/hy/")
    expect(page.locator("html")).to_have_attribute("lang", "hy")
