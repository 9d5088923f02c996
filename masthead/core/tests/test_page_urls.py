"""Page addresses built from a once-reversed prefix equal Wagtail's own, in every language."""

from django.test import RequestFactory, override_settings
from django.utils import translation

from wagtail.models import Page

import pytest

from masthead.core.page_urls import QuickUrlPageMixin


@pytest.mark.django_db
def test_every_demo_page_has_wagtails_own_address(demo):
    pages = [page for page in Page.objects.live().specific() if isinstance(page, QuickUrlPageMixin)]
    assert len({page.locale.language_code for page in pages}) == 4
    request = RequestFactory().get("/")
    for language in ("en", "ru", "hy", "az"):
        with translation.override(language):
            for page in pages:
                for req in (None, request):
                    assert page.get_url_parts(req) == Page.get_url_parts(page, req), page.url_path
                assert page.get_url_parts()[2].startswith(f"/{page.locale.language_code}/")


@pytest.mark.django_db
def test_addresses_follow_the_script_prefix_and_odd_paths_fall_back(demo):
    from masthead.news.models import ArticlePage

    article = ArticlePage.objects.live().first()
    with override_settings(FORCE_SCRIPT_NAME="/news/"):
        from django.urls import set_script_prefix

        set_script_prefix("/news/")
        try:
            assert article.get_url_parts() == Page.get_url_parts(article)
            assert article.get_url_parts()[2].startswith("/news/")
        finally:
            set_script_prefix("/")
    article.url_path = article.url_path.replace(article.slug, "has space")
    assert article.get_url_parts() == Page.get_url_parts(article)


@pytest.mark.parametrize(
    ("viewname", "kwargs"),
    [
        ("feeds:edition_rss", {}),
        ("feeds:section_atom", {"slug": "politics"}),
        ("distribution:publisher_logo", {}),
    ],
)
def test_reverse_once_answers_what_reverse_does_in_each_language(viewname, kwargs):
    from django.conf import settings
    from django.urls import reverse, set_script_prefix

    from masthead.core.page_urls import reverse_once

    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            assert reverse_once(viewname, **kwargs) == reverse(viewname, kwargs=kwargs or None)
    set_script_prefix("/news/")
    try:
        with translation.override("ru"):
            assert reverse_once(viewname, **kwargs) == reverse(viewname, kwargs=kwargs or None)
            assert reverse_once(viewname, **kwargs).startswith("/news/")
    finally:
        set_script_prefix("/")
