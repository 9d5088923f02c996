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


# One edition's worth of original text per language, so that pages carry no other language.
EDITION_TEXTS = {
    "ru": {
        "home": "Главная",
        "section": "Аналитика",
        "description": "Аналитические материалы наших авторов.",
        "article": "Армения надеялась на мир",
        "lead": "Переговоры продолжатся осенью.",
        "body": "<p>Комиссия собралась во вторник и обсудила предложение.</p>",
        "author": "Анна Петросян",
        "tag": "политика",
    },
    "hy": {
        "home": "Գլխավոր",
        "section": "Վերլուծություն",
        "description": "Մեր հեղինակների վերլուծական նյութերը։",
        "article": "Հայաստանը հույս ուներ",
        "lead": "Բանակցությունները կշարունակվեն աշնանը։",
        "body": "<p>Հանձնաժողովը հավաքվեց երեքշաբթի և քննարկեց առաջարկը։</p>",
        "author": "Աննա Պետրոսյան",
        "tag": "քաղաքականություն",
    },
    "az": {
        "home": "Ana səhifə",
        "section": "Təhlil",
        "description": "Müəlliflərimizin analitik materialları.",
        "article": "Ermənistan sülhə ümid edirdi",
        "lead": "Danışıqlar payızda davam edəcək.",
        "body": "<p>Komissiya çərşənbə axşamı toplaşdı və təklifi müzakirə etdi.</p>",
        "author": "Anna Petrosyan",
        "tag": "siyasət",
    },
}


@pytest.fixture
def four_editions(newsroom):
    """Every page type in every language: home, section, article with author and tag.

    Returns {language: {"home", "section", "article", "author", "tag"}}.
    """
    from masthead.news.models import ArticleAuthor
    from masthead.news.tests.factories import AuthorFactory

    home, section, article = newsroom["home"], newsroom["sections"][0], newsroom["articles"][0]
    english_author = AuthorFactory(name="Anna Petrosyan", slug="anna-petrosyan")
    ArticleAuthor.objects.create(article=article, author=english_author)
    article.tags.add("politics")
    article.save_revision().publish()
    result = {
        "en": {
            "home": home,
            "section": section,
            "article": article,
            "author": english_author,
            "tag": "politics",
        }
    }
    for language, texts in EDITION_TEXTS.items():
        locale = Locale.objects.get(language_code=language)
        author = AuthorFactory(name=texts["author"], slug="anna-petrosyan", locale=locale)
        pages = {
            "home": translate(home, language, texts["home"]),
            "section": translate(
                section, language, texts["section"], description=texts["description"]
            ),
        }
        translated = article.specific.copy_for_translation(locale)
        translated.title = texts["article"]
        translated.lead = texts["lead"]
        translated.body = [("paragraph", texts["body"])]
        translated.article_authors.all().delete()
        translated.save()
        ArticleAuthor.objects.create(article=translated, author=author)
        translated.tags.set([texts["tag"]])
        translated.save_revision().publish()
        translated.refresh_from_db()
        result[language] = {
            **pages,
            "article": translated,
            "author": author,
            "tag": texts["tag"],
        }
    return result
