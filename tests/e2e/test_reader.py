"""A reader on an article page: theme, text size, copy, print, share, continuous reading."""

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e

# Records, before any page script runs, what <html> carried when <body> first appeared.
RECORD_FIRST_PAINT = """
window.__atBody = null;
new MutationObserver((_, observer) => {
  if (document.body && window.__atBody === null) {
    const root = document.documentElement;
    window.__atBody = {theme: root.dataset.theme || null, step: root.dataset.fontStep || null};
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""

COLLECT_SHOWN = """
window.__shown = [];
document.addEventListener("masthead:article-shown",
  (event) => window.__shown.push(event.detail.article.dataset.pageId));
"""


def test_night_theme_is_kept_and_on_the_first_paint(page, reader_site):
    page.add_init_script(RECORD_FIRST_PAINT)
    article = reader_site["articles"][2]
    page.goto(article.url)
    root = page.locator("html")
    expect(root).to_have_attribute("data-theme", "light")  # follows the system (light)
    toggle = page.get_by_role("button", name="Night theme")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    toggle.click()
    expect(root).to_have_attribute("data-theme", "dark")
    expect(toggle).to_have_attribute("aria-pressed", "true")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(18, 20, 22)"

    page.reload()
    expect(root).to_have_attribute("data-theme", "dark")
    assert page.evaluate("window.__atBody.theme") == "dark"

    # Another page, with the reader script blocked: the tiny head script alone applies it.
    page.route(re.compile(r".*/core/masthead\.js$"), lambda route: route.abort())
    page.goto(reader_site["home"].url)
    assert page.evaluate("window.__atBody.theme") == "dark"
    expect(root).to_have_attribute("data-theme", "dark")


def test_theme_follows_the_system_until_the_reader_chooses(browser, live_server, reader_site):
    context = browser.new_context(base_url=live_server.url, color_scheme="dark")
    page = context.new_page()
    page.goto(reader_site["articles"][0].url)
    expect(page.locator("html")).to_have_attribute("data-theme", "dark")
    page.get_by_role("button", name="Night theme").click()
    expect(page.locator("html")).to_have_attribute("data-theme", "light")
    page.reload()
    expect(page.locator("html")).to_have_attribute("data-theme", "light")
    context.close()


def test_text_size_steps_are_bounded_and_kept_across_pages(page, reader_site):
    page.add_init_script(RECORD_FIRST_PAINT)
    page.goto(reader_site["articles"][2].url)
    body = page.locator(".article__body").first
    base_size = float(body.evaluate("node => parseFloat(getComputedStyle(node).fontSize)"))
    larger = page.get_by_role("button", name="Larger text").first
    larger.click()
    larger.click()
    expect(page.locator("html")).to_have_attribute("data-font-step", "2")
    grown = float(body.evaluate("node => parseFloat(getComputedStyle(node).fontSize)"))
    assert grown > base_size * 1.15

    page.reload()
    expect(page.locator("html")).to_have_attribute("data-font-step", "2")
    assert page.evaluate("window.__atBody.step") == "2"
    page.goto(reader_site["articles"][1].url)
    expect(page.locator("html")).to_have_attribute("data-font-step", "2")

    for _ in range(6):
        if larger.is_enabled():
            larger.click()
    expect(page.locator("html")).to_have_attribute("data-font-step", "4")
    expect(larger).to_be_disabled()
    smaller = page.get_by_role("button", name="Smaller text").first
    for _ in range(10):
        if smaller.is_enabled():
            smaller.click()
    expect(page.locator("html")).to_have_attribute("data-font-step", "-2")
    expect(smaller).to_be_disabled()


def test_copy_link_fills_the_clipboard_and_says_so(page, reader_site, live_server):
    article = reader_site["articles"][2]
    page.goto(article.url)
    page.get_by_role("button", name="Copy link").first.click()
    expect(page.get_by_role("status").filter(has_text="Link copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == live_server.url + article.url


def test_print_shows_the_article_alone(page, reader_site):
    page.goto(reader_site["articles"][2].url)
    page.emulate_media(media="print")
    for selector in (
        ".site-header",
        ".share",
        ".ad",
        ".site-footer",
        ".follow",
        ".sidebar",
        'nav[aria-label="Sections"]',
        ".next-article",
        ".text-size",
    ):
        for node in page.locator(selector).all():
            expect(node).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator(".article__body")).to_be_visible()
    page.emulate_media(media="screen")
    expect(page.locator(".site-header")).to_be_visible()
    expect(page.locator(".share").first).to_be_visible()


def test_share_links_carry_the_encoded_address(page, reader_site, live_server):
    article = reader_site["articles"][1]
    page.goto(article.url)
    encoded = quote(live_server.url + article.url, safe="")
    for name in ("X", "Facebook", "Telegram", "WhatsApp", "VK", "E-mail"):
        href = (
            page.locator(".share__links")
            .get_by_role("link", name=name, exact=True)
            .get_attribute("href")
        )
        assert encoded in href, (name, href)


def test_copying_article_text_adds_the_source(page, reader_site, live_server):
    article = reader_site["articles"][2]
    page.goto(article.url)
    paragraph = page.locator(".article__body p").first
    paragraph.click(click_count=3)  # select the paragraph
    selected = page.evaluate("getSelection().toString()").strip()
    assert selected
    page.keyboard.press("ControlOrMeta+c")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(selected[:40])
    assert copied.rstrip().endswith(f"Source: {live_server.url}{article.url}")


def test_scrolling_to_the_end_appends_the_next_article(page, reader_site, live_server):
    page.add_init_script(COLLECT_SHOWN)
    newest, older = reader_site["articles"][2], reader_site["articles"][1]
    page.goto(newest.url)
    expect(page.locator('a[rel="next"]')).to_have_attribute("href", older.url)
    articles = page.locator("article[data-page-id]")
    expect(articles).to_have_count(1)
    page.locator(".next-article").scroll_into_view_if_needed()
    expect(articles).to_have_count(2)
    appended = articles.nth(1)
    expect(appended).to_have_attribute("data-page-id", str(older.pk))
    expect(page.locator("h1")).to_have_count(1)
    assert page.evaluate("window.__shown") == [str(older.pk)]

    appended.locator(".article__body").scroll_into_view_if_needed()
    page.mouse.wheel(0, 200)
    page.wait_for_function(f"location.pathname === {older.url!r}")
    expect(page).to_have_title(re.compile(re.escape(older.title)))

    # The appended article's own controls work (event delegation).
    appended.get_by_role("button", name="Copy link").click()
    assert page.evaluate("navigator.clipboard.readText()") == live_server.url + older.url

    # Back up: the address follows the first article again.
    page.locator("h1").scroll_into_view_if_needed()
    page.mouse.wheel(0, -100)
    page.wait_for_function(f"location.pathname === {newest.url!r}")


def test_copy_link_toast_speaks_the_pages_language(page, reader_site, live_server):
    from wagtail.models import Locale

    ru = Locale.objects.get_or_create(language_code="ru")[0]
    for original in (reader_site["home"], reader_site["sections"][0], reader_site["articles"][2]):
        original.copy_for_translation(ru).save_revision().publish()
    article_ru = reader_site["articles"][2].get_translation(ru)
    assert article_ru.url.startswith("/ru/")
    page.goto(article_ru.url)
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.get_by_role("button", name="Скопировать ссылку").click()
    expect(page.get_by_role("status").filter(has_text="Ссылка скопирована")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == live_server.url + article_ru.url
