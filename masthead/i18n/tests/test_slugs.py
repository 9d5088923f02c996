import re

import pytest

from masthead.i18n.slugs import slugify_title, transliterate
from masthead.news.tests.factories import ArticlePageFactory

from .conftest import translate


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Армения надеялась на мир", "armeniya-nadeyalas-na-mir"),
        ("Хачатурян и цены: щедрый выход", "khachaturyan-i-tseny-shchedryy-vykhod"),
        ("Объём, жильё и Юрьев день", "obyom-zhilyo-i-yurev-den"),
        ("Հայաստանը և Ադրբեջանը", "hayastany-yev-adrbejany"),
        ("Երևանի ճանապարհները", "yerevani-chanaparhnery"),
        ("Azərbaycan şəhərləri, ğ və ı", "azerbaycan-sheherleri-gh-ve-i"),
        ("Mixed English title: 2024!", "mixed-english-title-2024"),
    ],
)
def test_titles_in_every_script_get_readable_ascii_slugs(title, slug):
    assert slugify_title(title) == slug


def test_transliteration_is_ascii():
    assert transliterate("Шуша — Şuşa — Շուշի").isascii()


def test_long_titles_are_cut_at_a_word_boundary():
    slug = slugify_title("Армения " * 60, max_length=50)
    assert len(slug) <= 50
    assert not slug.endswith("-")
    assert slug.split("-")[-1] == "armeniya"


@pytest.mark.django_db
def test_a_page_with_a_cyrillic_title_and_no_slug_gets_a_transliterated_one(newsroom):
    section = newsroom["sections"][0]
    article = ArticlePageFactory.build(title="Армения надеялась на мир", slug="")
    section.add_child(instance=article)
    assert article.slug == "armeniya-nadeyalas-na-mir"


@pytest.mark.django_db
def test_transliterated_slugs_are_unique_among_siblings(newsroom):
    section = newsroom["sections"][0]
    slugs = []
    for _ in range(3):
        article = ArticlePageFactory.build(title="Армения надеялась", slug="")
        section.add_child(instance=article)
        slugs.append(article.slug)
    assert slugs == ["armeniya-nadeyalas", "armeniya-nadeyalas-2", "armeniya-nadeyalas-3"]


@pytest.mark.django_db
def test_a_non_ascii_slug_is_transliterated(newsroom):
    section = newsroom["sections"][0]
    article = ArticlePageFactory.build(title="Что угодно", slug="выборы-в-ереване")
    section.add_child(instance=article)
    assert article.slug == "vybory-v-erevane"


@pytest.mark.django_db
def test_an_ascii_slug_chosen_by_the_editor_is_kept(newsroom):
    section = newsroom["sections"][0]
    article = ArticlePageFactory.build(title="Армения надеялась", slug="armenia-hoped")
    section.add_child(instance=article)
    article.title = "Армения надеялась на мир"
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.slug == "armenia-hoped"


@pytest.mark.django_db
def test_a_translation_gets_a_slug_from_its_own_title(editions):
    assert editions["ru"]["article"].slug == "armeniya-nadeyalas-na-mir"
    assert editions["ru"]["section"].slug == "analitika"
    assert editions["ru"]["article"].url == "/ru/analitika/armeniya-nadeyalas-na-mir/"


@pytest.mark.django_db
def test_a_published_translation_keeps_its_address_when_the_source_slug_comes_back(editions):
    ru_article = editions["ru"]["article"]
    ru_article.slug = editions["articles"][0].slug  # what a sync with an untranslated slug does
    ru_article.save_revision().publish()
    ru_article.refresh_from_db()
    assert ru_article.slug == "armeniya-nadeyalas-na-mir"


@pytest.mark.django_db
def test_an_armenian_translation_of_an_article(editions):
    hy_section = translate(editions["sections"][0], "hy", "Վերլուծություն")
    hy_article = translate(editions["articles"][0], "hy", "Հայաստանը հույս ուներ")
    assert hy_section.slug == "verlutsutyun"
    assert hy_article.url == "/hy/verlutsutyun/hayastany-huys-uner/"


def _apply_formatters(title: str) -> str:
    """Do in Python what the admin's slug widget does in the browser with the formatters."""
    from django.utils.text import slugify

    from masthead.i18n.slugs import get_slug_formatters

    for pattern, replacement, flags in get_slug_formatters():
        title = re.sub(pattern, replacement, title, flags=re.IGNORECASE if "i" in flags else 0)
    return slugify(title)


@pytest.mark.parametrize(
    "title",
    ["Армения надеялась на мир", "ЩУКА И ХЛЕБ", "Երևանի ճանապարհները", "Azərbaycan şəhərləri"],
)
def test_admin_slug_formatters_match_the_server_transliteration(title):
    assert _apply_formatters(title) == slugify_title(title)


@pytest.mark.django_db
def test_admin_page_form_carries_the_transliteration(client, django_user_model, newsroom):
    client.force_login(django_user_model.objects.create_superuser("ed", "ed@example.com", "pw"))
    section = newsroom["sections"][0]
    response = client.get(f"/admin/pages/add/news/articlepage/{section.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-controller="w-slug"' in html
    formatters = re.search(r'data-w-slug-formatters-value="([^"]+)"', html)
    assert formatters is not None
    assert "shch" in formatters.group(1) and "kh" in formatters.group(1)
