from django.core.cache import cache

from wagtail.models import Locale

import pytest

from masthead.core.models import SiteSettings
from masthead.i18n.models import EditionTexts


@pytest.fixture
def site_settings(newsroom):
    from wagtail.models import Site

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.publication_name = "Masthead Daily"
    settings.reuse_notice = "Reuse with a link, please."
    settings.save()
    cache.clear()
    return settings


@pytest.mark.django_db
def test_pages_show_the_active_edition_texts(client, editions, site_settings):
    english = EditionTexts.objects.create(publication_name="Masthead Daily")
    russian = english.copy_for_translation(Locale.objects.get(language_code="ru"))
    russian.publication_name = "Мастхэд"
    russian.reuse_notice = "Перепечатка только со ссылкой на источник."
    russian.save()

    page = client.get(editions["ru"]["article"].url).content.decode()
    assert "Мастхэд" in page
    assert "Перепечатка только со ссылкой на источник." in page
    assert "Masthead Daily" not in page

    page = client.get(editions["articles"][0].url).content.decode()
    assert "Masthead Daily" in page
    assert "Reuse with a link, please." in page  # no English notice: the site settings' one
    assert "Мастхэд" not in page


@pytest.mark.django_db
def test_an_edition_without_texts_falls_back_to_the_site_settings(client, editions, site_settings):
    page = client.get(editions["ru"]["article"].url).content.decode()
    assert "Masthead Daily" in page


@pytest.mark.django_db
def test_saving_edition_texts_shows_at_once(client, editions, site_settings):
    client.get(editions["ru"]["article"].url)  # cached: no texts for Russian
    texts = EditionTexts.objects.create(
        publication_name="Мастхэд", locale=Locale.objects.get(language_code="ru")
    )
    assert "Мастхэд" in client.get(editions["ru"]["article"].url).content.decode()
    texts.delete()
    assert "Мастхэд" not in client.get(editions["ru"]["article"].url).content.decode()
