from wagtail.models import Locale, Site

import pytest

from masthead.news.models import ArticleAuthor
from masthead.news.tests.factories import AuthorFactory, build_newsroom

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(db):
    return build_newsroom(sections=2, articles_per_section=4)


@pytest.fixture
def probe(wsgi, render_counter):
    """Return a function telling which of the given pages Django had to render again."""

    def rerendered(pages) -> set:
        before = len(render_counter)
        for page in pages:
            assert wsgi.get(page.url).status_code in {200, 404}
        return set(render_counter[before:])

    return rerendered


def all_pages(site):
    return [site["home"], *site["sections"], *site["articles"]]


def test_published_correction_is_served_on_the_next_request(
    wsgi, site, django_capture_on_commit_callbacks
):
    article = site["articles"][1]
    assert b"Story 0-1" in wsgi.get(article.url).body
    article.title = "Story 0-1, corrected"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert b"Story 0-1, corrected" in wsgi.get(article.url).body
    assert b"Story 0-1, corrected" in wsgi.get(article.url, accept_encoding="br").body or (
        wsgi.get(article.url, accept_encoding="br").header("Content-Encoding") == "br"
    )


def test_publishing_purges_exactly_the_pages_that_show_the_article(
    probe, site, django_capture_on_commit_callbacks
):
    home, (section, other_section), articles = site["home"], site["sections"], site["articles"]
    probe(all_pages(site))
    assert probe(all_pages(site)) == set()  # everything is cached
    article = articles[1]  # its neighbours in the section are articles 0 and 2
    article.lead = "A corrected lead."
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    expected = {home.pk, section.pk, article.pk, articles[0].pk, articles[2].pk}
    assert probe(all_pages(site)) == expected
    assert other_section.pk not in expected and articles[3].pk not in expected


def test_unpublished_article_is_gone_on_the_next_request(
    wsgi, probe, site, django_capture_on_commit_callbacks
):
    article = site["articles"][5]
    probe(all_pages(site))
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert wsgi.get(article.url).status_code == 404
    assert {site["home"].pk, site["sections"][1].pk} <= probe([site["home"], *site["sections"]])


def test_moved_article_leaves_its_old_address_and_both_sections(
    wsgi, probe, site, django_capture_on_commit_callbacks
):
    article = site["articles"][1]
    old_url = article.url
    probe(all_pages(site))
    with django_capture_on_commit_callbacks(execute=True):
        article.move(site["sections"][1], pos="last-child")
    assert wsgi.get(old_url).status_code == 301  # Wagtail's automatic redirect, not the old page
    article.refresh_from_db()
    assert wsgi.get(article.url).status_code == 200
    assert {s.pk for s in site["sections"]} <= probe(site["sections"])


def test_deleted_article_is_gone_on_the_next_request(
    wsgi, probe, site, django_capture_on_commit_callbacks
):
    article = site["articles"][2]
    url = article.url
    probe(all_pages(site))
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert wsgi.get(url).status_code == 404
    assert site["sections"][0].pk in probe([site["sections"][0]])
    assert probe([site["sections"][1]]) == set()


def test_renamed_section_purges_its_whole_edition(probe, site, django_capture_on_commit_callbacks):
    probe(all_pages(site))
    section = site["sections"][0]
    section.title = "Renamed"
    with django_capture_on_commit_callbacks(execute=True):
        section.save_revision().publish()
    assert probe(all_pages(site)) == {p.pk for p in all_pages(site)}


def test_site_settings_change_purges_every_page(probe, site, django_capture_on_commit_callbacks):
    from masthead.core.models import SiteSettings

    probe(all_pages(site))
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.publication_name = "The Daily Test"
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()
    assert probe(all_pages(site)) == {p.pk for p in all_pages(site)}


def test_ad_slot_change_purges_its_edition(probe, site, django_capture_on_commit_callbacks):
    from django.apps import apps

    ad_slot = apps.get_model("ads", "AdSlot")
    probe(all_pages(site))
    with django_capture_on_commit_callbacks(execute=True):
        ad_slot.objects.create(name="Spring", placement="sidebar", locale=Locale.get_default())
    assert probe(all_pages(site)) == {p.pk for p in all_pages(site)}


def test_author_change_purges_the_articles_with_their_byline(
    probe, site, django_capture_on_commit_callbacks
):
    author = AuthorFactory(name="Ann Writer", slug="ann")
    article = site["articles"][6]
    ArticleAuthor.objects.create(article=article, author=author)
    probe(all_pages(site))
    author.name = "Ann B. Writer"
    with django_capture_on_commit_callbacks(execute=True):
        author.save()
    assert probe(all_pages(site)) == {article.pk}


def test_nothing_is_purged_before_the_transaction_commits(pagecache, wsgi, site, render_counter):
    from masthead.pagecache.invalidation import purge_tags

    url = site["articles"][0].url
    wsgi.get(url)
    purge_tags({"all"})  # inside the test's transaction: waits for the commit
    wsgi.get(url)
    assert len(render_counter) == 1
