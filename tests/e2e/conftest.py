"""Browser tests: a reader drives the live_server site (pytest-django) in the system Chromium."""

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by fixtures
# in that thread are still synchronous, so Django's async-safety guard must not block them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("MASTHEAD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}; run `make chromium`.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def wagtail_tree_root(transactional_db):
    """Recreate the page tree's root and the default locale when an earlier flush removed them.

    Every browser test runs against the live server, so it is transactional: the database is
    flushed after each one, and what Wagtail's migrations created is not always restored.
    """
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Locale, Page

    # A flush re-creates the content types under new ids; forget the cached old ones.
    ContentType.objects.clear_cache()
    # A flush after serialized rollback skips post_migrate, which makes the editions' locales.
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


@pytest.fixture
def reader_site(transactional_db, django_db_serialized_rollback):
    """The reader site (tests/reader_site.py) built inside the live server's database."""
    from masthead.news.tests.reader_site import build_reader_site

    return build_reader_site(sections=2, articles_per_section=3)


@pytest.fixture
def context(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 1280, "height": 900},
        color_scheme="light",
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    # Let requests still in flight (appended articles, images whose renditions the server is
    # creating) finish before the test database is flushed under the live server.
    page.wait_for_load_state("networkidle")
    assert not errors, f"JavaScript errors: {errors}"
