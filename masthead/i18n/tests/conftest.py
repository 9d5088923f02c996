"""Fixtures for the editions' tests: an English newsroom with some pages translated."""

from wagtail.models import Locale

import pytest


def translate(page, language_code: str, title: str, **fields):
    """Copy a page into another locale (its parent's translation must exist) and publish it."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.specific.copy_for_translation(locale)
    translation.title = title
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def editions(newsroom):
    """The newsroom, with Russian home, first section and first article, and an Armenian home.

    Returns the newsroom dict plus "ru" and "hy" dicts of the translated pages.
    """
    home = newsroom["home"]
    section = newsroom["sections"][0]
    article = newsroom["articles"][0]
    ru_home = translate(home, "ru", "Главная")
    ru_section = translate(section, "ru", "Аналитика")
    ru_article = translate(article, "ru", "Армения надеялась на мир")
    hy_home = translate(home, "hy", "Գլխավոր")
    return {
        **newsroom,
        "ru": {"home": ru_home, "section": ru_section, "article": ru_article},
        "hy": {"home": hy_home},
    }
