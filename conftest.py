"""Fixtures shared by every app's tests."""

import pytest


@pytest.fixture(scope="session", autouse=True)
def _files_in_tmp(tmp_path_factory):
    """Write media files and the page cache's purge journal under this run's temporary folder.

    Not under var/, where a developer's site keeps its own, and where parallel runs (or
    pytest-xdist workers) would read each other's purges and files.
    """
    from django.test import override_settings

    base = tmp_path_factory.mktemp("var")
    journal = str(base / "pagecache.journal")
    with override_settings(MEDIA_ROOT=base / "media", MASTHEAD_PAGECACHE_JOURNAL=journal):
        yield


@pytest.fixture(autouse=True)
def _isolated_state(settings):
    """Start every test with empty caches and the default language.

    The database is rolled back after each test, but caches (process memory, or Redis in
    the PostgreSQL + Redis run) and the active language would otherwise carry one test's
    rows and language into the next.
    """
    from django.core.cache import caches
    from django.utils import translation

    from masthead.pagecache.generation import forget_cached_values

    for cache in caches.all(initialized_only=True):
        cache.clear()
    forget_cached_values()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def newsroom(db):
    """A small English edition: home page, two sections, three articles each."""
    from masthead.news.tests.factories import build_newsroom

    return build_newsroom()


# --- The demo content, loaded once (masthead/news/tests/demo_site.py) -----------------------

DEMO_FIXTURE = "demo_site"


def uses_demo(item) -> bool:
    return DEMO_FIXTURE in getattr(item, "fixturenames", ())


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Run the tests that read the demo one after another, on one pytest-xdist worker.

    tryfirst: pytest-django's stable sort by kind of database use and pytest-xdist's reading
    of the xdist_group marks (--dist loadgroup) come after this.
    """
    demo_items = [item for item in items if uses_demo(item)]
    if not demo_items:
        return
    if config.pluginmanager.hasplugin("xdist"):  # absent with -p no:xdist
        for item in demo_items:
            item.add_marker(pytest.mark.xdist_group(DEMO_FIXTURE))
    first = items.index(demo_items[0])
    others = [item for item in items if not uses_demo(item)]
    items[:] = others[:first] + demo_items + others[first:]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Roll the demo back after the last test of a run of tests that read it."""
    result = yield
    if uses_demo(item) and (nextitem is None or not uses_demo(nextitem)):
        site = (item.funcargs or {}).get(DEMO_FIXTURE)
        if site is not None:
            site.unload()
    return result


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo loaded before the first test that asks for `demo` (see demo_site.py)."""
    from masthead.news.tests.demo_site import DemoSite

    site = DemoSite(django_db_blocker, tmp_path_factory.mktemp("demo-media"))
    site.load()
    yield site
    site.unload()


@pytest.fixture
def demo(demo_site):
    """The loaded demo (DemoSite); its rows are there for the test, in the test's savepoint.

    Tests that ask for it run one after another with the demo loaded once; if one ever runs
    apart from the others (after the demo was rolled back), it loads the demo for itself.
    """
    if demo_site.loaded:
        yield demo_site
        return
    demo_site.load()
    try:
        yield demo_site
    finally:
        demo_site.unload()


# --- A copy of the just-migrated test database, for tests that start their own servers ------

MIGRATED_FIXTURE = "migrated_database"


@pytest.fixture(scope="session", autouse=True)
def _migrated_database_copy(request, django_db_blocker, tmp_path_factory):
    """Copy the test database as soon as migrations made it, when a collected test needs that.

    Tests that run the app in other processes (gunicorn) need a migrated database of their
    own; copying this one saves them running every migration again. The copy is taken before
    any test runs, as PostgreSQL copies a database only while nobody is connected to it.
    """
    if not any(
        MIGRATED_FIXTURE in getattr(item, "fixturenames", ()) for item in request.session.items
    ):
        yield None
        return
    request.getfixturevalue("django_db_setup")
    from masthead.analytics.tests import servers

    with django_db_blocker.unblock():
        url = servers.copy_test_database(tmp_path_factory.mktemp("migrated") / "db.sqlite3")
    if url.startswith("sqlite"):
        servers.keep_migrated_sqlite(url)
    yield url
    if url.startswith("postgres"):
        servers.drop_postgres_database(url)


@pytest.fixture(scope="session")
def migrated_database(_migrated_database_copy):
    """DATABASE_URL of a migrated database holding no test's rows: copy it, never write to it."""
    return _migrated_database_copy
